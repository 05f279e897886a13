/**
 * The load generator, run as its own process (a shopper's browser is not inside the
 * server): starts sessions, then runs the plan — open-loop HTTP turns at fixed rates and
 * the live-chat socket test — and prints one JSON object with what it measured.
 *
 *   deno run -A bench/load_client.ts '<plan as JSON>'
 */
// deno-lint-ignore-file no-console
import { loadTexts, MessageMix, openSessions, personas } from "./population.ts";
import { type RateResult, runOpenLoop, runSequential } from "./open_loop.ts";
import { runSockets, type WsResult } from "./ws_load.ts";
import { note } from "./subprocess.ts";

/** What the client is asked to do. */
export interface ClientPlan {
  url: string;
  storeUrl: string;
  /** Sessions for the HTTP turns. */
  sessions: number;
  /** Unrecorded turns first (JIT, caches), at this rate for this long. */
  warmup: { rate: number; durationMs: number };
  /** Turns sent one at a time, each after the last reply (the unloaded latency). */
  sequentialTurns: number;
  /** Longest wait for the system to drain after an overload. */
  settleMs: number;
  rates: { rate: number; durationMs: number }[];
  /** Stop climbing after the first rate that is not sustained. */
  stopWhenSaturated: boolean;
  /** Then try this many rates between the last sustained one and the first that was not. */
  refineSteps: number;
  /** Pause between rates so queues empty. */
  pauseMs: number;
  requestTimeoutMs: number;
  /** Each shopper on its own loopback source address (false: all on 127.0.0.1). */
  spreadAddresses: boolean;
  ws: { sockets: number; turnsPerSocket: number; rate: number; drainMs: number } | null;
  /** Run last (after the sockets) when the climb stopped below it: how an overload looks. */
  targetProbe: { rate: number; durationMs: number } | null;
}

/** What the client prints. */
export interface ClientResult {
  sessions: { count: number; kinds: Record<string, number>; setup_ms: number };
  /** One turn at a time: what a turn costs with nothing else going on. */
  sequential: RateResult | null;
  /** Turns sent while warming up (not recorded). */
  warmup_sent: number;
  rates: RateResult[];
  skipped_rates: number[];
  ws: WsResult | null;
}

async function main(plan: ClientPlan): Promise<ClientResult> {
  const t0 = performance.now();
  const mix = new MessageMix(await loadTexts());
  const people = await personas(plan.storeUrl, plan.sessions);
  const sessions = await openSessions(plan.url, people, plan.spreadAddresses);
  const kinds: Record<string, number> = {};
  for (const p of people) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const setupMs = Math.round(performance.now() - t0);
  note(`client: ${sessions.length} sessions in ${setupMs} ms; warming up`);
  const common = { url: plan.url, sessions, mix, requestTimeoutMs: plan.requestTimeoutMs };
  const warmup = await runOpenLoop({ ...common, ...plan.warmup });
  await new Promise((r) => setTimeout(r, plan.pauseMs));
  const sequential = plan.sequentialTurns > 0
    ? await runSequential({ ...common, turns: plan.sequentialTurns })
    : null;
  if (sequential) {
    note(
      `client: one at a time p50=${sequential.latency.p50_ms} p99=${sequential.latency.p99_ms} ms`,
    );
  }
  // The sockets before the climb: at a rate well inside capacity, and before any overload
  // has grown the heap, so their latency and the memory they take are their own.
  let ws: WsResult | null = null;
  if (plan.ws) {
    const wsPeople = await personas(plan.storeUrl, plan.ws.sockets, 11);
    const wsSessions = await openSessions(plan.url, wsPeople);
    note(`client: ${wsSessions.length} socket sessions ready; opening sockets`);
    ws = await runSockets({ url: plan.url, sessions: wsSessions, mix, ...plan.ws });
    note(
      `client: sockets ${ws.connected}/${ws.sockets}, replies ${ws.replied}/${ws.sent}, ` +
        `p50=${ws.latency.p50_ms} p99=${ws.latency.p99_ms} ms`,
    );
    await new Promise((r) => setTimeout(r, plan.pauseMs));
  }
  const rates: RateResult[] = [];
  const skipped: number[] = [];
  for (const step of plan.rates) {
    if (plan.stopWhenSaturated && rates.length > 0 && !rates.at(-1)!.sustained) {
      skipped.push(step.rate);
      continue;
    }
    const r = await runOpenLoop({ ...common, ...step });
    rates.push(r);
    note(
      `client: ${r.offered_rate}/s → ${r.achieved_rate}/s ok=${r.ok}/${r.sent} ` +
        `p50=${r.latency.p50_ms} p99=${r.latency.p99_ms} max=${r.latency.max_ms} ms`,
    );
    await new Promise((res) => setTimeout(res, plan.pauseMs));
    if (!r.sustained) await settle(plan, sessions, mix);
  }
  // Narrow the highest sustained rate down between the last good and the first bad rate.
  let lo = rates.filter((r) => r.sustained).at(-1)?.offered_rate ?? 0;
  let hi = rates.find((r) => !r.sustained)?.offered_rate ?? 0;
  const duration = plan.rates[0]?.durationMs ?? 5000;
  // (With nothing sustained, lo is 0 and the search goes below the lowest rate.)
  for (let i = 0; i < plan.refineSteps && hi > lo; i++) {
    const rate = Math.round((lo + hi) / 2);
    if (rate === lo || rate === hi) break;
    const r = await runOpenLoop({ ...common, rate, durationMs: duration });
    rates.push(r);
    note(
      `client: ${r.offered_rate}/s (refining) → ${r.achieved_rate}/s p99=${r.latency.p99_ms} ms`,
    );
    await new Promise((res) => setTimeout(res, plan.pauseMs));
    if (r.sustained) lo = rate;
    else {
      hi = rate;
      await settle(plan, sessions, mix);
    }
  }
  rates.sort((a, b) => a.offered_rate - b.offered_rate);
  const ran = rates.some((r) => r.offered_rate === plan.targetProbe?.rate);
  if (plan.targetProbe && !ran) {
    const r = await runOpenLoop({ ...common, ...plan.targetProbe });
    rates.push(r);
    const k = skipped.indexOf(r.offered_rate);
    if (k >= 0) skipped.splice(k, 1);
    note(
      `client: ${r.offered_rate}/s (overload probe) → ${r.achieved_rate}/s ok=${r.ok}/${r.sent} ` +
        `p50=${r.latency.p50_ms} p99=${r.latency.p99_ms} ms`,
    );
  }
  return {
    sessions: { count: sessions.length, kinds, setup_ms: setupMs },
    sequential,
    warmup_sent: warmup.sent,
    rates,
    skipped_rates: skipped,
    ws,
  };
}

/** After an overload: waits (probing one turn at a time) until the backlog is gone. */
async function settle(
  plan: ClientPlan,
  sessions: Awaited<ReturnType<typeof openSessions>>,
  mix: MessageMix,
): Promise<void> {
  const until = Date.now() + plan.settleMs;
  while (Date.now() < until) {
    const probe = await runOpenLoop({
      url: plan.url,
      sessions,
      mix,
      rate: 10,
      durationMs: 100,
      requestTimeoutMs: plan.requestTimeoutMs,
    });
    if (probe.ok > 0 && probe.latency.max_ms < 250) return;
  }
  note(`client: the system did not settle within ${plan.settleMs} ms`);
}

if (import.meta.main) {
  const plan = JSON.parse(Deno.args[0]) as ClientPlan;
  const result = await main(plan);
  console.log(JSON.stringify(result));
  // Open keep-alive connections would keep the process alive.
  Deno.exit(0);
}
