/**
 * "Where is 1001 btw", "wheres 1001?", "is 1001 arriving tomorrow?" while a change of another
 * order waits: a question about another order named by its bare digits. The confirmation
 * reader knows an order by "ORD-1001" or "order 1001", and the bare number leaves the
 * classifier unsure, so the question was "not sure whether that's a yes or a no" and went
 * unanswered. An unclear reading is read again with the number written as the order's id;
 * only a request of its own is taken from it (never a yes or a no). Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import {
  type ConfirmationReading,
  readReplyToPending,
  type ScoredRequest,
} from "./confirmation.ts";
import { OWN_REQUEST } from "./own_request.ts";

/** Four to six digits standing alone, not an amount, a count of something or a time. */
const BARE =
  /(?<![\w$£€#.,:-])(\d{4,6})(?![\w%.,:]\d|\s*(?:usd|eur|gbp|dollars?|euros?|pounds?)\b)/gi;

/** The reading with a bare order number read as the order's id, or null when nothing changes. */
export function bareOrderOverPending(
  read: ConfirmationReading,
  text: string,
  pending: PendingAction["action"],
  classify: (t: string) => ScoredRequest,
): ConfirmationReading | null {
  if (read.label !== "unclear" || /\bORD-?\s?\d/i.test(text)) return null;
  const own = (pending.order_id ?? "").replace(/^ORD-/i, "");
  const numbers = [...text.matchAll(BARE)].map((m) => m[1]);
  if (numbers.length === 0 || numbers.every((n) => n === own)) return null;
  const written = text.replace(BARE, (n) => n === own ? n : `ORD-${n}`);
  const again = readReplyToPending(written, { pending, classify });
  // A request read in it, not only "another order" (a year, "by 2026", names none).
  return again.label === "new_request" && again.request !== null
    ? { ...again, reason: OWN_REQUEST }
    : null;
}
