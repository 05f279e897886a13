/**
 * "Great, thanks" right after the news of an order that has not shipped ("being prepared",
 * "waiting for payment"): a reaction to that news, read as about the order (`reaction_reading`),
 * was answered "I couldn't check the tracking of order ORD-1003: it has not shipped yet" — a
 * look-up nobody asked for. It is thanks (or, read negative, disappointment): answered in a
 * word, the news not told again. Pure.
 */
import { bareReaction } from "../../domain/reaction.ts";
import { CHANGEABLE_STATUSES } from "../../domain/policy.ts";
import { closer } from "./tone.ts";
import { type Draft, draft, say, type TurnView } from "./view.ts";

/** The reply to a bare reaction to an unshipped order's news, or null for anything else. */
export function reactionToUnshipped(v: TurnView): Draft | null {
  const told = v.told?.order_id;
  const order = told ? v.context?.orders.find((o) => o.id === told) : undefined;
  if (!order || !CHANGEABLE_STATUSES.includes(order.status) || !bareReaction(v.text)) return null;
  if (v.sentiment?.label === "negative") {
    return draft("reaction_unshipped", "empathetic", [
      "I'm sorry — I know that's not the news you were hoping for.",
      closer(v),
    ]);
  }
  return draft("reaction_unshipped", "friendly", [
    say(v, "good-news", ["You're welcome!", "Glad to help!"]),
    closer(v),
  ]);
}
