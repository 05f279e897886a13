/**
 * "Both", "can i have both?", "why not both lol" when we offered a lost parcel's refund or a
 * replacement: the shopper is told why it is one or the other (the money back, or the goods
 * sent again — both would pay for the goods once and send them twice) and asked again, rather
 * than "tell me a little more". Pure.
 */
import { itemsText } from "../../domain/format.ts";
import { asksForBoth } from "../../domain/both_asked.ts";
import { asking, type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The reply to "both" after a refund-or-replacement choice, or null for anything else. */
export function bothChosen(v: TurnView, tone: Tone): Draft | null {
  const asked = v.asked;
  const options = asked?.slot === "choice" ? asked.options ?? [] : [];
  if (!asked || !options.includes("refund") || !options.includes("replacement")) return null;
  if (v.entities.order_ids.some((id) => id !== asked.order_id) || !asksForBoth(v.text)) {
    return null;
  }
  const order = v.context?.orders.find((o) => o.id === asked.order_id);
  if (!order) return null;
  return asking(
    draft("choice_both", tone, [
      `I can do one or the other for order ${order.id}, not both: a refund gives you your ` +
      `money back, and a replacement sends you the ${itemsText(order)} again, free of charge. ` +
      "Having both would mean getting the goods without paying for them.",
      "Which would you prefer — the refund or the replacement?",
    ]),
    asked,
  );
}
