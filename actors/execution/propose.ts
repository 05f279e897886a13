/**
 * The reply's proposed actions: look-ups run at once; the first change is checked and
 * stored as the session's pending action, waiting for the customer's yes.
 */
import { sameKind } from "../../domain/change_kind.ts";
import type {
  ActionResult,
  Message,
  PendingAction,
  ProposedAction,
} from "../../shared/protocol.ts";
import { checkOwnership, prepare, result, runPrepared } from "./run.ts";
import { fillFromMessage } from "./fill.ts";
import type { RunEnv } from "./types.ts";

/** Detail of an action a guest asked for. */
export const GUEST_DETAIL =
  "Cannot act on orders for a guest: sign in with the email of your account first";
/** Detail of a second change in one turn. */
export const ONE_AT_A_TIME =
  "Cannot propose a second change in one turn: one change at a time, please confirm the first one";

/** What proposing gave: a result per action and the pending action stored, if any. */
export interface Proposed {
  results: ActionResult[];
  pending: PendingAction | null;
}

/**
 * Runs the look-ups and makes the first change the pending one; the caller stores it (with
 * the message's outcome, in one write).
 */
export async function proposeActions(o: {
  msg: Message;
  proposed: ProposedAction[];
  env: (msg: Message, type: string) => RunEnv;
  now: Date;
  pendingTtlMs: number;
}): Promise<Proposed> {
  const { msg } = o;
  const customerId = msg.session.customer_id;
  const sessionId = msg.session.session_id;
  const results: ActionResult[] = [];
  let pending: PendingAction | null = null;
  const used = new Map<string, number>();
  for (const action of o.proposed) {
    if (!customerId) {
      results.push(result(action, "refused", GUEST_DETAIL));
      continue;
    }
    // What the customer already said in this message fills what the proposal leaves out.
    const p = prepare(fillFromMessage(action, msg), msg, customerId);
    if (!p.ok) {
      results.push(p.result);
      continue;
    }
    // A second action of one type in a message gets its own key, so the store keeps both.
    const n = used.get(action.type) ?? 0;
    used.set(action.type, n + 1);
    const env = o.env(msg, n === 0 ? action.type : `${action.type}:${n + 1}`);
    const refusedFor = await checkOwnership(p.input, env);
    if (refusedFor) {
      results.push(result(p.input.action, "refused", refusedFor));
      continue;
    }
    if (!p.handler.change) {
      results.push(await runPrepared(p, env));
      continue;
    }
    const rule = p.handler.precheck && sessionId ? await p.handler.precheck(p.input, env) : null;
    if (rule) {
      results.push(result(p.input.action, "refused", rule));
      continue;
    }
    if (pending && sessionId && joinsPending(pending, p.input.action)) {
      // "Refund both": the same change for another order, carried out on the same yes.
      const summary = p.handler.describe(p.input);
      const action = { ...p.input.action, requires_confirmation: true };
      const base: PendingAction = pending;
      pending = {
        ...base,
        also: [...(base.also ?? []), { action, summary }],
        summary: `${base.summary} and ${lowerFirst(summary)}`,
      };
      results.push(
        result(p.input.action, "proposed", summary, {
          data: { pending_id: base.id, expires_at: base.expires_at },
        }),
      );
      continue;
    }
    if (pending || !sessionId) {
      const why = pending ? ONE_AT_A_TIME : "Cannot propose a change without a chat session";
      results.push(result(p.input.action, "refused", why));
      continue;
    }
    pending = {
      id: `${msg.id}:${action.type}`,
      action: { ...p.input.action, requires_confirmation: true },
      proposed_in: msg.id,
      expires_at: new Date(o.now.getTime() + o.pendingTtlMs).toISOString(),
      summary: p.handler.describe(p.input),
    };
    results.push(
      result(p.input.action, "proposed", pending.summary, {
        data: { pending_id: pending.id, expires_at: pending.expires_at },
      }),
    );
  }
  return { results, pending };
}

/** Whether `action` is the same change as the pending one for another order ("refund both"). */
export function joinsPending(pending: PendingAction, action: ProposedAction): boolean {
  if (action.together !== true || !sameKind(action.type, pending.action.type)) return false;
  if (!action.order_id) return false;
  const orders = [pending.action, ...(pending.also ?? []).map((a) => a.action)]
    .map((a) => a.order_id);
  return !orders.includes(action.order_id) && (pending.also?.length ?? 0) < 5;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}
