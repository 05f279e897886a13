/**
 * The execution actor: carries out what the reply proposed and the customer agreed to.
 * Look-ups run at once; a change is stored as pending and runs on the customer's yes.
 * Redelivery-safe: the outcome of a turn that proposes a change or answers one is cached
 * per message before the pending action is removed, and every store change carries the
 * key `${msg.id}:${action.type}`; look-ups alone are simply run again.
 */
import type { ActorContext, ActorDef, StepResult } from "../shared/actor.ts";
import { EARLIER_NO_ANSWER, unanswered } from "../domain/failed_change.ts";
import type { BreakerRegistry } from "../shared/circuit_breaker.ts";
import type {
  ActionResult,
  ExecutionEnrichment,
  Message,
  PendingAction,
} from "../shared/protocol.ts";
import type { StoreWrite } from "../shared/store/types.ts";
import { contextCacheKeys } from "../shared/store/context_keys.ts";
import { ACTIONS } from "./execution/actions.ts";
import { defaultRenderOutcome, type OutcomeRenderer } from "./execution/outcome_text.ts";
import { renderActionOutcome } from "../domain/outcomes.ts";
import {
  confirmPending,
  declineEach,
  type ExecutionSessions,
  outcomeWrite,
  settlePending,
} from "./execution/pending.ts";
import { GUEST_DETAIL, proposeActions } from "./execution/propose.ts";
import { result } from "./execution/run.ts";
import type { ExecutionStore, RunEnv } from "./execution/types.ts";
import { toldMadeMeanwhile } from "../shared/pending_after.ts";

export type { ExecutionSessions, ExecutionStore, OutcomeRenderer };

/** What the execution actor needs. */
export interface ExecutionDeps {
  /** The store's API: the look-ups and changes execution uses. */
  store: ExecutionStore;
  /** Pending actions, the per-message outcome cache, context invalidation, run claims. */
  sessions: ExecutionSessions;
  /** One breaker per store service. */
  breakers: BreakerRegistry;
  /** How long a proposed change waits for the customer's yes, in ms. */
  pendingTtlMs: number;
  /** Deadline of each store call in ms. */
  timeoutMs: number;
  /**
   * Reply text of an outcome; default the response actor's outcome templates, with
   * `defaultRenderOutcome` where they have no text.
   */
  renderOutcome?: OutcomeRenderer;
}

/** How long the outcome of a message is remembered for its redeliveries. */
export const EXEC_CACHE_TTL_MS = 86_400_000;
/** Detail of every action not carried out because the guardrail saw an attempt at abuse. */
export const INJECTION_REFUSAL =
  "Not carried out: the message looked like an attempt to override our rules";

/** What is cached per message: the enrichment and the pending action it consumed. */
interface CachedRun {
  enrichment: ExecutionEnrichment;
  consumed: string | null;
}

/** Carries out the turn's actions and adds `execution`. */
export const executionActor: ActorDef<"execution", ExecutionDeps> = {
  name: "execution",
  key: "execution",
  process: execute,
};

/** The cache key of a message's outcome. */
export function execCacheKey(msgId: string): string {
  return `exec:${msgId}`;
}

async function execute(
  msg: Message,
  deps: ExecutionDeps,
  ctx: ActorContext,
): Promise<StepResult<"execution">> {
  const { sessions } = deps;
  const sessionId = msg.session.session_id;
  const proposed = msg.payload.response?.proposed_actions ?? [];
  const guardrail = msg.payload.guardrail;
  if (guardrail && (guardrail.verdict === "blocked" || guardrail.injection_detected)) {
    // Decided by the message alone, the same on every delivery: nothing to remember.
    const results = proposed.map((a) => result(a, "refused", INJECTION_REFUSAL));
    return { enrichment: { results, pending: null, text: null } };
  }
  const intent = msg.payload.intent?.intent;
  const customerId = msg.session.customer_id;
  const pending = msg.session.pending_action;
  // "Sounds good. Also, where is ORD-1001?": a yes besides a question carries the change out.
  const confirms = !!pending && msg.payload.intent?.confirms_pending === true;
  const answering = !!pending && (intent === "affirm" || intent === "deny" || confirms);
  // Only a yes, a no or a proposed change touches state a redelivery must not touch again;
  // look-ups alone run again on a redelivery (reads, or keyed by the store), so a turn
  // without those reads and writes nothing in the session store.
  const remembered = answering || proposed.some((a) => ACTIONS[a.type]?.change);
  if (remembered) {
    const cached = await sessions.cacheGet<CachedRun>(execCacheKey(msg.id));
    if (cached) {
      await settlePending(sessions, { sessionId, pendingId: cached.consumed });
      return { enrichment: cached.enrichment };
    }
  }

  const env = (m: Message, type: string): RunEnv => ({
    store: deps.store,
    idempotencyKey: `${m.id}:${type}`,
    call: (service, fn) =>
      deps.breakers.run(service, fn, { signal: ctx.signal, timeoutMs: deps.timeoutMs }),
  });
  let run: CachedRun;
  let proposal: PendingAction | null = null;
  if (pending && (intent === "affirm" || confirms)) {
    if (!customerId || !sessionId) {
      run = only(result(pending.action, "refused", GUEST_DETAIL), null);
    } else {
      const c = await confirmPending({ msg, sessions, env, now: ctx.now() }).catch(async (err) => {
        // The store may have made the change before the call failed (it timed out after
        // acting): the customer's orders cached for the context may be stale now.
        const keys = contextCacheKeys(customerId);
        const stale: StoreWrite[] = [
          { op: "cacheDelete", key: keys.version },
          { op: "cacheDelete", key: keys.part },
        ];
        // A try with no answer in time is remembered for the deliveries after it: a later
        // "unavailable" does not make the change undone.
        const message = err instanceof Error ? err.message : String(err);
        const noAnswer = unanswered(message);
        const marker = `exec:unanswered:${msg.id}`;
        if (noAnswer) {
          stale.push({ op: "cacheSet", key: marker, value: 1, ttlMs: EXEC_CACHE_TTL_MS });
        }
        await sessions.write(stale).catch(() => {});
        if (
          !noAnswer && err instanceof Error && await sessions.cacheGet(marker).catch(() => null)
        ) {
          err.message += EARLIER_NO_ANSWER;
        }
        throw err;
      });
      run = { enrichment: { results: c.results, pending: null, text: null }, consumed: c.consumed };
      // "Yes, and can you also expedite it": the yes carried out, the other change proposed.
      const more = confirms
        ? proposed.filter((a) => a.type !== pending.action.type && ACTIONS[a.type]?.change)
        : [];
      if (more.length > 0) {
        const now = ctx.now();
        const p = await proposeActions({
          msg,
          proposed: more,
          env,
          now,
          pendingTtlMs: deps.pendingTtlMs,
        });
        proposal = p.pending;
        run.enrichment = {
          ...run.enrichment,
          results: [...c.results, ...p.results],
          pending: p.pending,
        };
      }
    }
  } else if (pending && intent === "deny") {
    const results = await declineEach({ msg, sessions });
    run = { enrichment: { results, pending: null, text: null }, consumed: null };
  } else {
    const p = await proposeActions({
      msg,
      proposed,
      env,
      now: ctx.now(),
      pendingTtlMs: deps.pendingTtlMs,
    });
    proposal = p.pending;
    run = { enrichment: { results: p.results, pending: p.pending, text: null }, consumed: null };
    if (!proposal) await dropWithdrawn(msg, sessions);
  }
  const render = deps.renderOutcome ?? templates(ctx.now());
  run.enrichment.text = replyText(run, msg, render);
  if (!remembered) return { enrichment: run.enrichment };

  // One commit: the outcome for redeliveries, the pending change it proposed, the cached
  // context it made stale, and the outcome a later yes to the same change is given.
  const writes: StoreWrite[] = [];
  if (
    customerId && run.enrichment.results.some((r) => r.status === "done" && ACTIONS[r.type].change)
  ) {
    const keys = contextCacheKeys(customerId);
    writes.push({ op: "cacheDelete", key: keys.version }, { op: "cacheDelete", key: keys.part });
  }
  if (proposal && sessionId) {
    writes.push({
      op: "putPending",
      sessionId,
      action: proposal,
      ttlMs: deps.pendingTtlMs,
    });
  }
  writes.push({ op: "cacheSet", key: execCacheKey(msg.id), value: run, ttlMs: EXEC_CACHE_TTL_MS });
  if (sessionId && run.consumed) {
    writes.push(outcomeWrite(run.consumed, run.enrichment.results, EXEC_CACHE_TTL_MS));
  }
  await sessions.write(writes);
  await settlePending(sessions, { sessionId, pendingId: run.consumed });
  return { enrichment: run.enrichment };
}

/**
 * "Sorry, I meant the other order" while a change waits: the change for the order first
 * named is dropped when nothing new was proposed in its place (a new proposal replaces it).
 */
async function dropWithdrawn(msg: Message, sessions: ExecutionDeps["sessions"]): Promise<void> {
  const pending = msg.session.pending_action;
  // "Did it go through?" told it did after all: nothing is left to say yes to.
  if (!pending || (msg.payload.intent?.withdraws_pending !== true && !toldMadeMeanwhile(msg))) {
    return;
  }
  await settlePending(sessions, { sessionId: msg.session.session_id, pendingId: pending.id });
}

function only(r: ActionResult, consumed: string | null): CachedRun {
  return { enrichment: { results: [r], pending: null, text: null }, consumed };
}

/** The response actor's outcome templates, falling back to the plain default. */
function templates(now: Date): OutcomeRenderer {
  return (r, msg) => {
    const currency = msg.payload.context?.order?.currency ??
      msg.payload.context?.orders[0]?.currency;
    const said = msg.payload.customer_message.text;
    return renderActionOutcome(r, { currency, now, said }) || defaultRenderOutcome(r);
  };
}

/** Outcomes the reply must state: everything but proposals and plain look-ups. */
function toTell(r: ActionResult): boolean {
  if (r.status === "proposed") return false;
  // A re-sent return label's link comes from the store: the response cannot have said it.
  return !(r.status === "done" && !ACTIONS[r.type].change && r.type !== "return_label");
}

/**
 * The reply after execution: null when nothing but look-ups and proposals happened (the
 * response already said those). A yes or no gets the outcome alone; a turn whose reply
 * proposed or looked something up keeps that reply and adds the outcomes after it.
 */
function replyText(run: CachedRun, msg: Message, render: OutcomeRenderer): string | null {
  const results = run.enrichment.results;
  const told = results.filter(toTell);
  if (told.length === 0) return null;
  const outcomes = told.map((r) => render(r, msg)).filter((t) => t.length > 0).join("\n\n");
  const confirming = msg.session.pending_action !== null &&
    (msg.payload.intent?.intent === "affirm" || msg.payload.intent?.intent === "deny");
  const base = msg.payload.guardrail?.text ?? msg.payload.response?.text ?? null;
  // A yes besides a question: what was done, then the answer to the question.
  if (msg.payload.intent?.confirms_pending && base) return `${outcomes}\n\n${base}`;
  const kept = !confirming && told.length < results.length && base ? base : null;
  return [kept, outcomes].filter(Boolean).join("\n\n") || null;
}
