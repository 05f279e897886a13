/**
 * Which items of a delivered order a replacement sends again, when only some came wrong or
 * damaged: the ones the customer names now ("the frother is a different model"), else the
 * ones the change still waiting was for — a refund of just the frother's price, a return of
 * just the frother. Null: the whole order (one line, everything named, nothing known). Pure.
 */
import { linesMeant } from "./lines_meant.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** One line of an order. */
type Line = OrderView["items"][number];

/** The lines a replacement of `order` is for, or null for all of them. */
export function replacedLines(v: TurnView, order: OrderView): Line[] | null {
  if (order.items.length < 2) return null;
  const some = (lines: Line[]) =>
    lines.length > 0 && lines.length < order.items.length ? lines : null;
  const named = some(linesMeant(v, order));
  if (named) return named;
  const pending = v.pending?.action;
  if (!pending || pending.order_id !== order.id) return null;
  const items = pending.params.items;
  if (Array.isArray(items)) {
    const skus = items.map((it) => String((it as { sku?: unknown }).sku ?? "").toUpperCase());
    return some(order.items.filter((l) => skus.includes(l.sku.toUpperCase())));
  }
  const amount = Number(pending.params.amount);
  if (pending.type !== "refund" || !Number.isFinite(amount)) return null;
  const worth = (l: Line) => Math.round(l.price * l.quantity * 100);
  return some(order.items.filter((l) => worth(l) === Math.round(amount * 100)).slice(0, 1));
}

/** "the Milk Frother", "the Milk Frother and the Espresso Machine": the lines named. */
export function linesNamedText(lines: readonly Line[]): string {
  const names = lines.map((l) => `${l.quantity > 1 ? `${l.quantity}× ` : "the "}${l.name}`);
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
