/**
 * "I ordered the wrong size shoes, can I swap them for a 9?" of an order not shipped yet:
 * the store changes counts, never a size or a colour, so the one thing to offer is the
 * smallest change that lets the customer order the right one — that item taken off the
 * order (the rest kept), or the whole order cancelled when it is the only item. Proposed
 * for a yes, so "ok do it" acts; null when the item meant is not clear (then asked). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";
import { MODEL, namedItem, VARIANT } from "./items.ts";

/** "Swap", "exchange", "wrong size", "in a 9 instead": another variant of an item asked for. */
const SWAP =
  /\b(?:swap|switch|exchange|change|replace|wrong|different|another|instead|smaller|bigger|larger)\b/i;

/** Whether the message asks for another size or colour of something ordered. */
export function asksVariant(text: string): boolean {
  return (VARIANT.test(text) || MODEL.test(text)) && SWAP.test(text);
}

/**
 * The changes read from the message, or null when they are another size read as a count:
 * "wrong size, I need a 9 rather than an 8.5" sets no line to nine pairs.
 */
export function notSizeAsCount<T extends { items: { quantity: number }[] }>(
  text: string,
  changes: T | null,
): T | null {
  if (!changes || !asksVariant(text)) return changes;
  return changes.items.some((x) => x.quantity > 0) ? null : changes;
}

/** The item of `order` to take off (or the order to cancel) for another size, or null. */
export function variantSwap(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  if (!asksVariant(v.text)) return null;
  if (order.status !== "pending" && order.status !== "processing") return null;
  const only = order.items.length === 1 ? order.items[0] : null;
  // "Can i swap mine for a 9.5" after a question about the shoes: the product talked of.
  const talked = v.told?.products ?? [];
  const item = only ?? namedItem(v, order) ??
    (talked.length === 1 ? order.items.find((x) => x.sku === talked[0]) : undefined);
  if (!item) return null;
  // "Can i change the monitor to the 32 inch one": another model, not another size of it.
  const model = MODEL.test(v.text) && !VARIANT.test(v.text);
  const lead = `I can't ${
    model
      ? "swap an item in an order for another model"
      : "change the size or colour of an item in an order"
  }, but order ${order.id} hasn't shipped yet`;
  const theOne = model ? "the model you want" : `the ${item.name} in the one you want`;
  if (only) {
    return draft("variant_cancel", tone, [
      opener(v, tone),
      `${lead}, so I can cancel it for you and you can order ${theOne}.`,
      confirmPrompt(v),
    ], [propose("cancel_order", order.id, {
      reason: model ? "Another model wanted" : "Wrong size or colour ordered",
    })]);
  }
  return draft("variant_remove", tone, [
    opener(v, tone),
    `${lead}, so I can take the ${item.name} off it and you can order ${
      model ? "the model you want" : "the one you want"
    }; ` +
    "the rest of the order stays as it is. (If you'd rather cancel the whole order, just say so.)",
    confirmPrompt(v),
  ], [
    propose("modify_items", order.id, {
      items: [{ sku: item.sku, quantity: 0, name: item.name, was: item.quantity }],
    }),
  ]);
}
