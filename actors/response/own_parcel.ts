/**
 * "Lol my parcel went on holiday without me", "my package has a mind of its own": their own
 * parcel, told in a joke or a figure of speech the classifier reads as nothing it knows. It
 * got "I can only help with orders, deliveries, …" — about a delivery. Taken as the question
 * it is: which order (theirs listed), or for a guest, how to look it up. Null otherwise.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { ordersList } from "./order_facts.ts";
import { askingWhichOrder } from "./settled.ts";

/** Their own parcel, named. */
const OWN_PARCEL = /\b(?:my|our)\s+(?:parcel|package|delivery|order|shipment|stuff|box)\b/i;

/** The reply to an unreadable message about their own parcel; null otherwise. */
export function ownParcelUnread(v: TurnView, tone: Tone): Draft | null {
  if (v.intent !== "other" || !OWN_PARCEL.test(v.text)) return null;
  if (v.context?.order_lookup === "found") return null;
  const lead = "Sounds like your parcel isn't where it should be — let me check.";
  if (v.guest) {
    return draft("own_parcel_unread", tone, [
      lead,
      "Please sign in, or tell me the email address you ordered with, and I'll look it up.",
    ]);
  }
  const orders = v.context?.orders ?? [];
  if (orders.length === 0) return null;
  const d = draft("own_parcel_unread", tone, [
    lead,
    orders.length === 1
      ? `Is it order ${orders[0].id}?`
      : `Which order is it — ${ordersList(orders, 3, "or")}?`,
  ]);
  return askingWhichOrder({ ...v, intent: "order_status" }, d);
}
