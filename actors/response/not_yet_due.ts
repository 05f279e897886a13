/**
 * "They havent come yet" right after we told where the parcel is and that it is within the
 * carrier's estimate: the same news was told again in full, with an apology for a delivery
 * nothing is wrong with. Said in two lines: not late yet, when it is due, and what we do if it
 * does not come by then. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { formatDate } from "../../domain/format.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** "They havent come yet", "still not here", "nothing yet": the parcel said not to have come. */
const NOT_COME =
  /\b(?:hasn'?t|hasnt|haven'?t|havent|has not|have not|didn'?t|didnt|did not|never|still not|not)\s+(?:yet\s+|even\s+)?(?:come|came|arrived?|turned up|shown up|showed up|got here|been delivered|reached me|here)\b|\b(?:still nothing|nothing yet|not here yet)\b/i;

/** The reply to "not here yet" about a parcel on time whose news we just told, or null. */
export function notYetDue(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): Draft | null {
  const eta = tracking?.eta ?? order.eta;
  if (!eta || v.told?.order_id !== order.id || v.pending || !NOT_COME.test(v.text)) return null;
  if (v.lastIntent !== "order_status" && v.lastIntent !== "delivery_problem") return null;
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
  return draft("delivery_not_yet_due", "empathetic", [
    `I know it's frustrating to wait. It isn't late yet — ${carrier} expects to deliver it by ` +
    `${formatDate(eta, v.now)}.`,
    `If it hasn't arrived by then, tell me and I'll open an investigation with ${carrier} right away.`,
  ]);
}
