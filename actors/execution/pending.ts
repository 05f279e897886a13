/**
 * Confirm before act: a change is stored as the session's pending action; the
 * customer's yes runs it (once, even when two turns race or a message comes twice),
 * their no drops it.
 */
import { RetryableError } from "../../shared/errors.ts";
import type { ActionResult, Message, PendingAction } from "../../shared/protocol.ts";
import type { Store, StoreWrite } from "../../shared/store/types.ts";
import { prepare, result, runPrepared } from "./run.ts";
import type { RunEnv } from "./types.ts";

/** The session store's part execution uses. */
export type ExecutionSessions = Pick<
  Store,
  | "putPending"
  | "getPending"
  | "takePending"
  | "cacheGet"
  | "cacheSet"
  | "write"
  | "claim"
>;

/** How long a claim on a pending action holds while it runs. */
export const RUN_CLAIM_MS = 60_000;
/** Owner value meaning "the last run failed: anyone may take over". */
const RELEASED = "released";

/**
 * What confirming gave: the result (one per order when the change covers several, the
 * first as `result`) and the pending action it consumed, if any.
 */
export interface Confirmed {
  result: ActionResult;
  results: ActionResult[];
  consumed: string | null;
}

function one(r: ActionResult, consumed: string | null): Confirmed {
  return { result: r, results: [r], consumed };
}

/** The outcome remembered for a pending change: one result, or one per order. */
function remembered(value: ActionResult | ActionResult[], consumed: string | null): Confirmed {
  const results = Array.isArray(value) ? value : [value];
  return { result: results[0], results, consumed };
}

/** Runs the session's pending action on the customer's yes. */
export async function confirmPending(o: {
  msg: Message;
  sessions: ExecutionSessions;
  env: (msg: Message, type: string) => RunEnv;
  now: Date;
}): Promise<Confirmed> {
  const { msg, sessions } = o;
  const sessionId = msg.session.session_id!;
  const customerId = msg.session.customer_id!;
  const known = msg.session.pending_action!;
  const fresh = await sessions.getPending(sessionId);
  if (!fresh) {
    // Another yes (a double click, a second tab) already ran it: give the same outcome.
    const earlier = await sessions.cacheGet<ActionResult | ActionResult[]>(outcomeKey(known.id));
    if (earlier) return remembered(earlier, null);
  }
  if (!fresh || Date.parse(fresh.expires_at) <= o.now.getTime()) {
    const what = (fresh ?? known).summary;
    const detail = `The request to ${lower(what)} has expired, so nothing was changed`;
    return one(result(known.action, "expired", detail), null);
  }
  await claimRun(sessions, fresh, msg.id);
  try {
    // "Refund both": each order's change runs on its own, under its own idempotency key.
    const results: ActionResult[] = [];
    const actions = [fresh.action, ...(fresh.also ?? []).map((a) => a.action)];
    for (const [i, action] of actions.entries()) {
      const prepared = prepare(action, msg, customerId);
      if (!prepared.ok) {
        results.push(prepared.result);
        continue;
      }
      const key = i === 0 ? action.type : `${action.type}:${action.order_id}`;
      results.push(await runPrepared(prepared, o.env(msg, key)));
    }
    return { result: results[0], results, consumed: fresh.id };
  } catch (err) {
    // Let the redelivery, or the customer's next yes, take the run over.
    await sessions.cacheSet(ownerKey(fresh.id), RELEASED, RUN_CLAIM_MS).catch(() => {});
    throw err;
  }
}

/** Drops the session's pending action on the customer's no. */
export async function declinePending(o: {
  msg: Message;
  sessions: ExecutionSessions;
}): Promise<ActionResult> {
  const known = o.msg.session.pending_action!;
  const taken = o.msg.session.session_id
    ? await o.sessions.takePending(o.msg.session.session_id)
    : null;
  const p = taken ?? known;
  return result(p.action, "declined", `As you asked, I did not ${lower(p.summary)}`);
}

/**
 * The no to a change proposed for several orders ("speed up 1001 and 1003", "nah leave
 * it"): the first order's result, then one for each other order, so the reply names each.
 */
export async function declineEach(o: {
  msg: Message;
  sessions: ExecutionSessions;
}): Promise<ActionResult[]> {
  const also = o.msg.session.pending_action?.also ?? [];
  const first = await declinePending(o);
  return [
    first,
    ...also.map((a) => result(a.action, "declined", `As you asked, I did not ${lower(a.summary)}`)),
  ];
}

/**
 * The write that remembers the outcome of a pending change, for a later yes to the same
 * change; made with the message's outcome, before `settlePending`.
 */
export function outcomeWrite(
  pendingId: string,
  result: ActionResult | ActionResult[],
  ttlMs: number,
): StoreWrite {
  const value = Array.isArray(result) && result.length === 1 ? result[0] : result;
  return { op: "cacheSet", key: outcomeKey(pendingId), value, ttlMs };
}

/**
 * Removes the pending action once its outcome is safely cached (`outcomeWrite`), if it is
 * still the same one.
 */
export async function settlePending(
  sessions: ExecutionSessions,
  o: { sessionId: string | null; pendingId: string | null },
): Promise<void> {
  const { sessionId, pendingId } = o;
  if (!sessionId || !pendingId) return;
  const current = await sessions.getPending(sessionId);
  if (current?.id === pendingId) await sessions.takePending(sessionId);
}

/**
 * Makes this message the one that runs `pending`: a second message confirming the same
 * change at the same time is told to try again later; the same message redelivered
 * carries on (the store's idempotency key makes its repeat harmless).
 */
async function claimRun(sessions: ExecutionSessions, pending: PendingAction, msgId: string) {
  const key = ownerKey(pending.id);
  if (await sessions.claim(`exec:claim:${pending.id}`, RUN_CLAIM_MS)) {
    await sessions.cacheSet(key, msgId, RUN_CLAIM_MS);
    return;
  }
  const owner = await sessions.cacheGet<string>(key);
  if (owner === msgId) return;
  if (owner === RELEASED) {
    await sessions.cacheSet(key, msgId, RUN_CLAIM_MS);
    return;
  }
  throw new RetryableError(
    `Cannot confirm ${pending.summary}: another message is carrying it out`,
    { retryAfterMs: 1000 },
  );
}

function outcomeKey(pendingId: string): string {
  return `exec:outcome:${pendingId}`;
}

function ownerKey(pendingId: string): string {
  return `exec:owner:${pendingId}`;
}

function lower(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}
