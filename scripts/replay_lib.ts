/**
 * The pure part of `deno task replay`: rebuilds a recorded turn's envelope so that it runs
 * through the mesh again from one step, and compares the replay with the original.
 *
 * What a replay keeps: the customer's message, the session and the conversation, and the
 * enrichments written before the step it starts from (with their route history and
 * errors). What it drops: every enrichment from that step on. It gets a new id, so the
 * runtime's de-duplication and the history database keep it beside the original.
 *
 * Execution acts on the store with idempotency keys `${msg.id}:${action}`; under a new id
 * those keys are new, so a replayed execution would act again. Replay therefore never runs
 * execution unless asked to (`allowActions`): it leaves the step out of the route, and when
 * the decision router would plan the route again (which may put execution back), the
 * replay applies the router's pure `decide()` itself and leaves execution out of its steps.
 */
import {
  ACTOR_NAMES,
  type ActorName,
  type EnrichmentKey,
  type HistoryEntry,
  Message,
} from "../shared/protocol.ts";
import { decide } from "../actors/decision_router.ts";

/** The payload key each actor writes its enrichment under. */
export const ENRICHMENT_KEY: Readonly<Record<ActorName, EnrichmentKey>> = {
  sentiment: "sentiment",
  intent: "intent",
  context: "context",
  decision_router: "decision",
  response: "response",
  guardrail: "guardrail",
  execution: "execution",
  escalation_router: "escalation",
  aggregator: "aggregation",
};

const DECISION_ROUTER = "decision_router";
const EXECUTION = "execution";

/** A replay that cannot be built or run, with what to do about it. */
export class ReplayError extends Error {
  override name = "ReplayError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause });
  }
}

/** Options of `rebuildForReplay`. */
export interface RebuildOptions {
  /** The replay's number: its id is `<original id>-replay-<n>`. */
  n: number;
  /** Subject the final message is answered on (`mesh.reply.replay-…`). */
  replyTo: string;
  /** Let execution run (it acts again, under new idempotency keys). Default false. */
  allowActions?: boolean;
  /** The replay's clock. */
  now?: Date;
  /** W3C trace context of the replay's own trace (never the original's). Default none. */
  traceparent?: string | null;
}

/** A replay ready to publish, and what was done to get there. */
export interface ReplayPlan {
  /** The envelope to publish to the actor its route points at. */
  message: Message;
  /** The step the replay starts from. */
  from: string;
  /** Enrichments taken over from the original. */
  kept: EnrichmentKey[];
  /** Enrichments of the original that the replay writes afresh. */
  dropped: EnrichmentKey[];
  /** True when execution was left out of the route (or of the decision's route). */
  skippedExecution: boolean;
  /**
   * True when the route stops before the decision router: when the first leg comes back,
   * `continueAfterDecision` plans the rest (without execution) and it is published again.
   */
  decideLocally: boolean;
}

function isActor(name: string): name is ActorName {
  return (ACTOR_NAMES as readonly string[]).includes(name);
}

/** Builds the envelope of a replay of `original` starting at step `from`. */
export function rebuildForReplay(
  original: Message,
  from: string | undefined,
  opts: RebuildOptions,
): ReplayPlan {
  const step = from ?? original.route.steps[0];
  const allowActions = opts.allowActions ?? false;
  if (!isActor(step)) {
    throw new ReplayError(
      `Cannot replay from ${step}: not an actor (actors: ${ACTOR_NAMES.join(", ")})`,
    );
  }
  if (step === EXECUTION && !allowActions) {
    throw new ReplayError(
      "Cannot replay from execution without --allow-actions: it would carry out the turn's " +
        "actions again under new idempotency keys",
    );
  }
  const history = original.route.history;
  let cut = history.findIndex((h) => h.actor === step);
  if (cut === -1 && history.length === 0 && step === original.route.steps[0]) cut = 0;
  if (cut === -1) {
    const ran = history.map((h) => h.actor).join(", ") || "nothing";
    throw new ReplayError(
      `Cannot replay turn ${original.id} from ${step}: it did not run in that turn (ran: ${ran})`,
    );
  }
  const before = history.slice(0, cut);
  const ranBefore = new Set(before.map((h) => h.actor));
  const ranAfter = new Set(history.slice(cut).map((h) => h.actor));

  const kept: EnrichmentKey[] = [];
  const dropped: EnrichmentKey[] = [];
  const payload: Message["payload"] = {
    customer_message: { ...original.payload.customer_message },
  };
  for (const actor of ACTOR_NAMES) {
    const key = ENRICHMENT_KEY[actor];
    const value = original.payload[key];
    if (value === undefined) continue;
    // An actor that also ran from the cut on may have written its key then: drop it.
    if (ranBefore.has(actor) && !ranAfter.has(actor)) {
      kept.push(key);
      Object.assign(payload, { [key]: value });
    } else {
      dropped.push(key);
    }
  }
  payload.customer_message.channel = "replay";

  // Errors go with the history entries that recorded them (a failed or escalated step).
  const errorsBefore = before.filter((h) => h.outcome === "error" || h.outcome === "escalated");
  const errors = original.errors.slice(0, errorsBefore.length);

  let remaining = plannedSteps(original, step, cut, kept.includes("decision"));
  let skippedExecution = false;
  if (!allowActions && remaining.includes(EXECUTION)) {
    remaining = remaining.filter((s) => s !== EXECUTION);
    skippedExecution = true;
  }
  const decideLocally = !allowActions && remaining.includes(DECISION_ROUTER);
  if (decideLocally) remaining = remaining.slice(0, remaining.indexOf(DECISION_ROUTER));

  const now = opts.now ?? new Date();
  let message = Message.parse(
    {
      id: `${original.id}-replay-${opts.n}`,
      conversation_id: original.conversation_id,
      customer: original.customer,
      created_at: now.toISOString(),
      attempt: 1,
      reply_to: opts.replyTo,
      progress: true,
      traceparent: opts.traceparent ?? null,
      session: original.session,
      route: {
        steps: [...before.map((h) => h.actor), ...remaining],
        current: before.length,
        error_handler: original.route.error_handler,
        history: before,
      },
      payload,
      errors,
    } satisfies Message,
  );
  let plan: ReplayPlan = {
    message,
    from: step,
    kept,
    dropped,
    skippedExecution,
    decideLocally,
  };
  if (decideLocally && remaining.length === 0) {
    // Starting at the decision router itself: nothing to run before deciding.
    const next = continueAfterDecision(message, { now });
    message = next.message;
    plan = {
      ...plan,
      message,
      decideLocally: false,
      skippedExecution: skippedExecution || next.skippedExecution,
    };
  }
  return plan;
}

/**
 * The steps the original planned from `step` on: the decision's route where the decision
 * is kept (without the error detours the original may have taken), else the original's
 * steps up to the decision router, which plans the rest again.
 */
function plannedSteps(original: Message, step: string, cut: number, decided: boolean): string[] {
  const steps = original.route.steps;
  const decision = original.payload.decision;
  if (decided && decision) {
    const at = decision.steps.indexOf(step);
    if (at !== -1) return decision.steps.slice(at);
  }
  let rest = steps.slice(cut);
  if (rest[0] !== step) rest = [step, ...rest];
  if (step !== original.route.error_handler) {
    rest = withoutDetours(rest, original.route.error_handler);
  }
  const router = rest.indexOf(DECISION_ROUTER);
  return router === -1 ? rest : rest.slice(0, router + 1);
}

/**
 * The steps without the error handler's detours: `divertTo` inserts the handler after a
 * failed step and the failed step again after it (`a, handler, a`), which becomes `a`.
 */
function withoutDetours(steps: readonly string[], errorHandler: string): string[] {
  const out: string[] = [];
  for (const s of steps) {
    if (s === errorHandler || s === out.at(-1)) continue;
    out.push(s);
  }
  return out;
}

/**
 * After the first leg of a replay (which stops before the decision router), applies the
 * decision router's pure `decide()` and routes the message on without execution. The
 * history entry is the decision router's, as the runtime would write it.
 */
export function continueAfterDecision(
  msg: Message,
  opts: { now?: Date } = {},
): { message: Message; skippedExecution: boolean } {
  const started = opts.now ?? new Date();
  const t0 = performance.now();
  const decision = decide(msg);
  const ms = Math.round((performance.now() - t0) * 100) / 100;
  const next = decision.steps.filter((s) => s !== EXECUTION);
  const done = msg.route.steps.slice(0, msg.route.current);
  const entry: HistoryEntry = {
    actor: DECISION_ROUTER,
    outcome: "ok",
    started: started.toISOString(),
    ms,
    attempt: 1,
  };
  const message = Message.parse({
    ...msg,
    route: {
      ...msg.route,
      steps: [...done, DECISION_ROUTER, ...next],
      current: done.length + 1,
      history: [...msg.route.history, entry],
    },
    payload: { ...msg.payload, decision },
  });
  return { message, skippedExecution: next.length !== decision.steps.length };
}

/** One actor's time in the original and in the replay. */
export interface TimingRow {
  actor: string;
  /** Total ms in the original (null: did not run). */
  original: number | null;
  /** Total ms in the replay; null: did not run; "kept": taken over from the original. */
  replay: number | null | "kept";
}

/** What changed between a turn and its replay. */
export interface TurnDiff {
  reply: { original: string | null; replay: string | null; changed: boolean };
  outcome: { original: string | null; replay: string | null };
  intent: { original: string | null; replay: string | null };
  /** Each actor once, in the order it first ran. */
  timings: TimingRow[];
  totalMs: { original: number | null; replay: number | null };
}

function finalText(m: Message): string | null {
  const p = m.payload;
  return p.aggregation?.reply ?? p.escalation?.text ?? p.execution?.text ?? p.guardrail?.text ??
    p.response?.text ?? null;
}

function sumByActor(entries: readonly HistoryEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of entries) {
    out.set(h.actor, Math.round(((out.get(h.actor) ?? 0) + h.ms) * 100) / 100);
  }
  return out;
}

/** Compares the original turn with its replay (`keptSteps`: history entries taken over). */
export function compareTurns(original: Message, replay: Message, keptSteps: number): TurnDiff {
  const a = finalText(original);
  const b = finalText(replay);
  const orig = sumByActor(original.route.history);
  const kept = new Set(replay.route.history.slice(0, keptSteps).map((h) => h.actor));
  const fresh = sumByActor(replay.route.history.slice(keptSteps));
  const actors = [
    ...new Set([...original.route.history, ...replay.route.history].map((h) => h.actor)),
  ];
  return {
    reply: { original: a, replay: b, changed: a !== b },
    outcome: {
      original: original.payload.aggregation?.outcome ?? null,
      replay: replay.payload.aggregation?.outcome ?? null,
    },
    intent: {
      original: original.payload.intent?.intent ?? null,
      replay: replay.payload.intent?.intent ?? null,
    },
    timings: actors.map((actor) => ({
      actor,
      original: orig.get(actor) ?? null,
      replay: fresh.get(actor) ?? (kept.has(actor) ? "kept" : null),
    })),
    totalMs: {
      original: original.payload.aggregation?.total_ms ?? null,
      replay: replay.payload.aggregation?.total_ms ?? null,
    },
  };
}

function ms(v: number | null | "kept"): string {
  return v === null ? "—" : v === "kept" ? "kept" : `${v} ms`;
}

function quote(text: string | null): string {
  return text === null ? "(no reply)" : `"${text.replace(/\s+/g, " ").slice(0, 400)}"`;
}

/** A short human-readable report of a replay. */
export function formatDiff(originalId: string, replayId: string, diff: TurnDiff): string {
  const lines = [
    `replay ${replayId} of ${originalId}`,
    `  outcome  ${diff.outcome.original ?? "—"} → ${diff.outcome.replay ?? "—"}`,
    `  intent   ${diff.intent.original ?? "—"} → ${diff.intent.replay ?? "—"}`,
  ];
  if (diff.reply.changed) {
    lines.push(`  reply    changed`, `    - ${quote(diff.reply.original)}`);
    lines.push(`    + ${quote(diff.reply.replay)}`);
  } else {
    lines.push(`  reply    unchanged: ${quote(diff.reply.replay)}`);
  }
  const width = Math.max(5, ...diff.timings.map((t) => t.actor.length));
  lines.push(`  ${"actor".padEnd(width)}  ${"original".padStart(10)}  ${"replay".padStart(10)}`);
  for (const t of diff.timings) {
    lines.push(
      `  ${t.actor.padEnd(width)}  ${ms(t.original).padStart(10)}  ${ms(t.replay).padStart(10)}`,
    );
  }
  lines.push(
    `  ${"total".padEnd(width)}  ${ms(diff.totalMs.original).padStart(10)}  ${
      ms(diff.totalMs.replay).padStart(10)
    }`,
  );
  return lines.join("\n");
}
