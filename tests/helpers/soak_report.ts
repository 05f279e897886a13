/**
 * Writes the soak run's figures as `docs/reliability.md`: the machine, then one table per
 * fault scenario.
 */
import type { ScenarioFigures } from "./reliability.ts";

/** One scenario of a soak run: its figures, or why there are none. */
export interface SoakRun {
  name: string;
  what: string;
  figures: ScenarioFigures | null;
  error: string | null;
}

/** What the run ran on. */
export async function machine(): Promise<string> {
  let cpu = "unknown CPU";
  try {
    const info = await Deno.readTextFile("/proc/cpuinfo");
    cpu = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const mem = Deno.systemMemoryInfo();
  const load = Deno.loadavg().map((x) => x.toFixed(1)).join(" ");
  return `${navigator.hardwareConcurrency} × ${cpu}, ${Math.round(mem.total / 2 ** 30)} GiB, ` +
    `${Deno.build.os} ${Deno.osRelease()}, Deno ${Deno.version.deno}, load average at the end ${load}`;
}

function ms(x: number | null): string {
  return x === null ? "–" : `${x.toLocaleString("en-US")} ms`;
}

const ROWS: [string, (f: ScenarioFigures) => string][] = [
  ["shoppers (HTTP and WebSocket)", (f) => String(f.shoppers)],
  ["turns sent", (f) => String(f.turns)],
  ["accepted", (f) => String(f.accepted)],
  ["answered (reply or handoff)", (f) => `${f.answered} of ${f.accepted}`],
  ["of which handed to a person", (f) => String(f.handoffs)],
  ["unanswered", (f) => String(f.unanswered)],
  ["reply seen ≠ reply stored", (f) => String(f.mismatched)],
  ["turns answered more than once", (f) => String(f.answered_twice ?? 0)],
  ["duplicate changes in the store's ledger", (f) => String(f.duplicates)],
  ["max deliveries of one step", (f) => String(f.max_deliveries)],
  ["steps delivered more than once", (f) => String(f.redelivered_steps)],
  ["dead letters", (f) => String(f.dead_letters)],
  ["turns re-sent by recovery", (f) => String(f.recovered_turns)],
  ["turn latency p50 / p95", (f) => `${ms(f.p50_ms)} / ${ms(f.p95_ms)}`],
  ["HTTP statuses (0: no connection; socket acks count as 200)", (f) => statusList(f.statuses)],
];

function statusList(s: Record<string, number>): string {
  return Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(", ");
}

/** Figures a scenario adds to the common ones, shown under its table. */
function extras(f: ScenarioFigures): string[] {
  const common = new Set([
    "scenario",
    "shoppers",
    "turns",
    "accepted",
    "answered",
    "handoffs",
    "unanswered",
    "mismatched",
    "answered_twice",
    "duplicates",
    "max_deliveries",
    "redelivered_steps",
    "dead_letters",
    "recovered_turns",
    "statuses",
    "p50_ms",
    "p95_ms",
  ]);
  return Object.entries(f).filter(([k]) => !common.has(k)).map(([k, v]) =>
    `\`${k}\`: ${describe(v)}`
  );
}

/** A value for prose: lists of equal records are counted, not repeated. */
function describe(v: unknown): string {
  if (Array.isArray(v) && v.some((x) => typeof x === "object")) {
    const counts = new Map<string, number>();
    for (const x of v) counts.set(JSON.stringify(x), (counts.get(JSON.stringify(x)) ?? 0) + 1);
    return [...counts].map(([json, n]) => `${n} × \`${json}\``).join(", ");
  }
  return typeof v === "object" ? `\`${JSON.stringify(v)}\`` : String(v);
}

/** The markdown of `docs/reliability.md`. */
export async function reliabilityMarkdown(o: {
  runs: SoakRun[];
  started: Date;
  finished: Date;
  minutes: number;
}): Promise<string> {
  const lines = [
    "# Reliability figures",
    "",
    "Written by `deno task soak` (`tests/soak.ts`): the fault scenarios of",
    "`tests/faults_test.ts`, run longer and with more shoppers. Shoppers (the demo cast,",
    "generated customers and guests) talk over HTTP and WebSocket like people do — one turn",
    "after the other, looking orders up, cancelling, returning and refunding (each confirmed",
    "with a yes), small talk, complaints — while the fault plays out. A turn counts as answered",
    "when its reply or handoff is in the conversation's history; a duplicate is the same change",
    "to the same order twice in the store's ledger.",
    "",
    "CI runs the same scenarios once, smaller (`tests/faults_test.ts`), beside",
    "`tests/bad_input_test.ts` (5,000 seeded hostile requests: only 4xx problems or safe",
    "replies), `tests/access_test.ts` (guests, other customers' orders, session ids, tampered",
    "and expired tokens, the agent token) and `tests/rate_limit_test.ts`; each prints its",
    "figures as one JSON line. Every scenario must end with nothing unanswered, no reply seen",
    "that differs from the one stored, no duplicate change and no step delivered more often",
    "than `MAX_DELIVER` (5).",
    "",
    `- Run: ${o.started.toISOString()} to ${o.finished.toISOString()} (asked for ${o.minutes} min)`,
    `- Machine: ${await machine()}`,
    "- All on loopback; NATS, Redis and the LLM are real local processes or a local fake.",
    "",
    "| scenario | accepted | answered | handoffs | duplicates | max deliveries | p50 | p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of o.runs) {
    const f = r.figures;
    lines.push(
      f
        ? `| ${r.name} | ${f.accepted} | ${f.answered} | ${f.handoffs} | ${f.duplicates} | ` +
          `${f.max_deliveries} | ${ms(f.p50_ms)} | ${ms(f.p95_ms)} |`
        : `| ${r.name} | – | – | – | – | – | – | – |`,
    );
  }
  for (const r of o.runs) {
    lines.push("", `## ${r.name}`, "", `${r.what}.`, "");
    if (!r.figures) {
      lines.push(`Not run: ${r.error}`);
      continue;
    }
    lines.push("| figure | value |", "| --- | --- |");
    for (const [label, value] of ROWS) lines.push(`| ${label} | ${value(r.figures)} |`);
    const more = extras(r.figures);
    if (more.length) lines.push("", `Also: ${more.join("; ")}.`);
  }
  lines.push("");
  return lines.join("\n");
}
