/**
 * A change of a delivered order that a return would not give: "can i add another mixer to my
 * order" wants more, not its money back; "change the address for my mixer order" cannot move
 * goods already there. The refusal says what can be done — a new order for more, nothing to
 * re-address — rather than proposing a return (which a bare "ok" then opened). Null for a
 * change a return does answer (fewer items, another size). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** More of something, asked: added, another, extra, doubled, a higher count. */
const WANTS_MORE =
  /\b(?:add(?:ing)?|another|one more|an? extra|extra|more|additional|a second|double)\b/i;
/** Fewer or none: a return does answer these. */
const WANTS_FEWER = /\b(?:remove|less|fewer|drop|take (?:off|out)|don'?t want|return)\b/i;

/** What to say instead of a return, or null when a return is the right offer. */
export function noReturnFor(
  v: TurnView,
  order: OrderView,
): { sentences: string[]; actions: [] } | null {
  if (order.status !== "delivered") return null;
  if (v.intent === "change_address") {
    return {
      sentences: [
        "It was delivered to the address on the order, so there is nothing left to send " +
        "elsewhere. For your next order, you can set the new address at checkout.",
      ],
      actions: [],
    };
  }
  if (v.intent === "modify_order" && WANTS_MORE.test(v.text) && !WANTS_FEWER.test(v.text)) {
    return {
      sentences: [
        "To get more, please place a new order: add it to your cart from its product page " +
        "and check out.",
      ],
      actions: [],
    };
  }
  return null;
}
