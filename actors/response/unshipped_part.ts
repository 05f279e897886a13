/**
 * A return asked of part of an order that hasn't shipped: "return one of the two water
 * bottles from 1003", "send back just the bottles". Nothing can be sent back yet, and
 * cancelling the whole order would take what the customer keeps; what is offered instead is
 * the change of its items that takes off those lines or units — the rest stays. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { unitsMeant } from "../../domain/units_meant.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { namedLines, returnedLines } from "./return_items.ts";
import type { Alternative } from "./alternatives.ts";
import { confirmPrompt } from "./tone.ts";
import { propose, type TurnView } from "./view.ts";

/** The items change that takes the part meant off an unshipped order; null for all of it. */
export function unshippedPart(v: TurnView, order: OrderView): Alternative | null {
  const refs = v.entities.item_refs ?? [];
  // "One of the 2 bottles": goods named with a count, not as a reference of their own.
  const found = returnedLines(v.text, refs, order, v.requests) ?? namedLines(refs, order);
  const lines = found.length > 0 ? found : linesNamed(v.text, order.items);
  if (lines.length === 0) return null;
  const one = lines.length === 1 ? lines[0] : null;
  const units = one ? unitsMeant(v.text, one.quantity) : null;
  if (one && units !== null) {
    const left = one.quantity - units;
    return {
      sentences: [
        `I can take ${units === 1 ? "one" : units} of the ${one.quantity} ${one.name}s off the ` +
        `order instead, leaving ${left}; the rest of the order stays as it is. The new total ` +
        "and any difference in payment are settled automatically.",
        confirmPrompt(v),
      ],
      actions: [
        propose("modify_items", order.id, {
          items: [{ sku: one.sku, quantity: left, name: one.name }],
        }),
      ],
    };
  }
  if (lines.length === order.items.length) return null;
  const names = lines.map((l) => l.quantity > 1 ? `${l.quantity}× ${l.name}` : `the ${l.name}`);
  return {
    sentences: [
      `I can take ${names.join(" and ")} off the order instead; the rest of the order stays ` +
      "as it is. The new total and any difference in payment are settled automatically.",
      confirmPrompt(v),
    ],
    actions: [
      propose("modify_items", order.id, {
        items: lines.map((l) => ({ sku: l.sku, quantity: 0, name: l.name })),
      }),
    ],
  };
}
