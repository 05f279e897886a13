/**
 * "My robot vacuum never arrived and nobody has told me anything. I would appreciate an
 * explanation." — told politely and at length, the classifier read it as nothing it knows
 * (`other`), so the lost parcel's own remedy (a refund or a replacement, `own_remedy.ts`) was
 * passed over and an upset VIP was queued for a person. The words say the parcel never came;
 * the carrier says it is lost: the remedy is offered first. Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";

/** "Never arrived", "hasn't come", "didn't turn up", "still not here". */
const NEVER_CAME =
  /\b(?:never (?:arrived|came|showed(?: up)?|turned up|got here|reached me)|(?:has ?n[o']t|have ?n[o']t|did ?n[o']t|did not|has not|have not) (?:yet )?(?:arrived|come|turned up|shown up|been delivered|received)|still (?:not|hasn'?t) (?:here|arrived|come))\b/i;

/** The reason to offer a lost parcel's remedy to a message read as nothing known; else null. */
export function lostUnreadRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || intent.intent !== "other" || !context || context.guest) return null;
  if (context.order_lookup !== "found" || !context.order) return null;
  if (!NEVER_CAME.test(msg.payload.customer_message.text)) return null;
  if (!parcelLost(context.order, context.tracking)) return null;
  return `says ${context.order.id} never came, and the carrier lost it: a refund or a ` +
    "replacement is offered before a person";
}
