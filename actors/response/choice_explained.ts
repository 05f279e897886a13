/**
 * "What would you suggest?", "what are my options?" right after we asked "a refund or a
 * replacement — which would you prefer?": each way said with what it means (the money and
 * when; the new parcel and when), the choice left to them and asked again — not "would you
 * like to check where an order is?". Null for anything else.
 */
import { asksOptions } from "../../domain/assistant_asked.ts";
import { asksWhichOfChoice } from "./which_of_choice.ts";
import { REFUND_PROCESSING_DAYS, REPLACEMENT_DISPATCH_DAYS } from "../../domain/policy.ts";
import { formatMoney } from "../../domain/format.ts";
import { asking, type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The choice between a refund and a replacement, explained; else null. */
export function choiceExplained(v: TurnView, tone: Tone): Draft | null {
  const asked = v.asked;
  if (!asked || asked.slot !== "choice" || v.pending) return null;
  // "Which one?" after the choice: which of the two, as "what do you suggest?".
  if (!asksOptions(v.text) && !asksWhichOfChoice(v.text)) return null;
  const options = asked.options ?? [];
  if (!options.includes("refund") || !options.includes("replacement")) return null;
  const order = v.context?.orders?.find((o) => o.id === asked.order_id) ??
    (v.context?.order_lookup === "found" ? v.context.order : null);
  const amount = order && order.id === asked.order_id
    ? formatMoney(order.total, order.currency)
    : "what you paid";
  const which = asked.order_id ? ` for order ${asked.order_id}` : "";
  return asking(
    draft("choice_explained", tone, [
      `Either way is on us${which}, and it's entirely up to you:`,
      `a refund puts ${amount} back on your original payment method within ` +
      `${REFUND_PROCESSING_DAYS} business days;`,
      `a replacement leaves our warehouse within ${REPLACEMENT_DISPATCH_DAYS} business day, ` +
      "with a new tracking number by email.",
      "If you still want the item, the replacement is the quicker way to have it; if you'd " +
      "rather not wait, the refund. Which would you like?",
    ]),
    asked,
  );
}
