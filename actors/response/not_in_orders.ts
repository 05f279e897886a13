/**
 * Goods the customer names that none of their orders holds: "the espresso machine I got last
 * month stopped working" from a customer whose orders are a keyboard and a monitor. The
 * request fitted the one order it could apply to (the shipped keyboard), and the reply spoke
 * of that parcel as if it were the machine. Now the reply says it cannot see those goods in
 * their orders, lists the orders and asks which it was (or to sign in with the email the
 * goods were bought with). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** True when an item of `o` is the product, by its SKU or by its name. */
function holds(o: OrderView, sku: string | null, name: string): boolean {
  const lower = name.toLowerCase();
  return o.items.some((it) => it.sku === sku || it.name.toLowerCase().includes(lower));
}

/**
 * The goods the message names ("the Espresso Machine", "any headphones") when none of them is
 * in the customer's recent orders and no order was named or found; else null.
 */
export function goodsInNoOrder(v: TurnView): string[] | null {
  const c = v.context;
  if (!c || v.guest || c.order_lookup !== "none" || v.entities.order_ids.length > 0) return null;
  const products = v.entities.products;
  // "Where are my headphones": a word of several catalogue products, none of them named.
  const words = v.entities.item_refs ?? [];
  if ((products.length === 0 && words.length === 0) || c.orders.length === 0) return null;
  const owned = products.some((p) => c.orders.some((o) => holds(o, p.sku, p.name))) ||
    (v.entities.item_refs ?? []).some((r) => c.orders.some((o) => holds(o, r.sku ?? null, r.name)));
  if (owned) return null;
  // "the headphones" fits three of the catalogue's: the customer's own words name them.
  if (products.length === 1) return [`the ${products[0].name}`];
  const said = words.map((r) => `any ${r.name}`);
  return said.length > 0 ? [...new Set(said)] : products.map((p) => `the ${p.name}`);
}

/** "I can't see the Espresso Machine in your recent orders." */
export function notInOrdersLine(goods: readonly string[]): string {
  const said = goods.length === 1
    ? goods[0]
    : `${goods.slice(0, -1).join(", ")} or ${goods[goods.length - 1]}`;
  return `I can't see ${said} in your recent orders.`;
}

/** Said after the list of their orders: the goods may be on another account. */
export const ANOTHER_ACCOUNT =
  "If you ordered it with another email address, sign in with that one and I'll take a look.";
