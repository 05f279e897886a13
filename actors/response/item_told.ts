/**
 * "Add 1 to my order", "one more please", "can you add another" right after we told the
 * shopper about one product (its price, its stock): the count is of that product, when the
 * order has it, rather than "which item?" asked over the whole order. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** A change of a count with no item of its own: "add 1", "another", "2 more", "one less". */
const COUNT_ONLY =
  /\b(?:add|another|more|extra|additional|less|fewer|remove|take (?:it|one) off)\b/i;

/**
 * The line of `order` that is the one product the turn before told about, when this message
 * changes a count and names no product itself; else null.
 */
export function itemToldBefore(v: TurnView, order: OrderView): OrderView["items"][number] | null {
  const told = v.told?.products ?? [];
  if (told.length !== 1 || v.entities.products.length > 0 || !COUNT_ONLY.test(v.text)) {
    return null;
  }
  return order.items.find((it) => it.sku === told[0]) ?? null;
}
