/**
 * The reply to the customer's apology ("sorry for being rude earlier"): no need, and the
 * frustration understood when the conversation had trouble in it; thanks answered too. Pure.
 */
import { customerApologises } from "../../domain/own_apology.ts";
import { ownSlip } from "../../domain/own_slip.ts";
import { saysThanks } from "./closing.ts";
import { type Draft, draft, say, type TurnView } from "./view.ts";

/** The reply, or null when the message is no apology of the customer's. */
export function apologyAccepted(v: TurnView): Draft | null {
  // "Oh right the frother, my bad" after a charge explained: nothing to forgive, nothing wrong.
  if (!customerApologises(v.text) && ownSlip(v.text)) {
    return draft("small_talk_slip", "friendly", [
      "No problem at all — that's easy to miss.",
      v.openHandoff
        ? "A member of our team is still on the way and will reply right here."
        : "Is there anything else I can help with?",
    ]);
  }
  if (!customerApologises(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  // After trouble with an order, the frustration was ours to cause, not theirs to excuse.
  const trouble = v.done != null || (v.mentioned?.length ?? 0) > 0;
  return draft("small_talk_apology", "friendly", [
    say(v, "st-apology", [
      `No need to apologise${name}`,
      `No apology needed${name}`,
    ]) + (trouble ? " — I understand it's been frustrating, and that's on us, not you." : "."),
    saysThanks(v.text) ? "I'm glad I could help." : null,
    v.openHandoff
      ? "A member of our team is still on the way and will reply right here."
      : "Is there anything else I can do for you?",
  ]);
}
