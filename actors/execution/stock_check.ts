/**
 * Stock read before a quantity increase is proposed: "change the monitor to 2" while the
 * monitor is sold out is told so at once, rather than proposed and then refused by the store
 * after the customer's yes. Only the added units need stock (lowering a quantity, or removing
 * an item, needs none); the store checks again when the change runs.
 */
import type { ActionInput, RunEnv } from "./types.ts";

/** One line of a quantity change: the product and the new quantity. */
export interface ItemChange {
  sku: string;
  quantity: number;
}

/**
 * The refusal of a change that adds more units of a product than the store has, else null.
 * A product the store cannot be asked about is left to the store's own check on the yes.
 */
export async function stockRefusal(
  i: ActionInput<{ items: ItemChange[] }>,
  env: RunEnv,
): Promise<string | null> {
  const order = i.context?.orders.find((o) => o.id === i.orderId) ??
    (i.context?.order?.id === i.orderId ? i.context?.order : null);
  if (!order) return null;
  for (const change of i.params.items) {
    const sku = change.sku.toUpperCase();
    const had = order.items.find((it) => it.sku.toUpperCase() === sku)?.quantity ?? 0;
    const added = change.quantity - had;
    if (added <= 0) continue;
    const product = await env.call("products", (signal) => env.store.getProduct(sku, { signal }))
      .catch(() => null);
    if (!product || product.stock >= added) continue;
    const left = product.stock === 0
      ? "it is sold out right now"
      : `only ${product.stock} ${product.stock === 1 ? "is" : "are"} left in stock`;
    return `Cannot change the items of order ${i.orderId}: ${product.name} cannot be raised ` +
      `to ${change.quantity}, as ${left}; the order stays as it is`;
  }
  return null;
}
