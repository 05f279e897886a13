/**
 * Which items of a delivered order a replacement sends again, when only some came wrong or
 * damaged: the ones the customer names now ("the frother is a different model"), else the
 * ones the change still waiting was for — a refund of just the frother's price, a return of
 * just the frother. Null: the whole order (one line, everything named, nothing known). Pure.
 */
import { linesMeant } from "./lines_meant.ts";
import { unitsMeant } from "../../domain/units_meant.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** One line of an order. */
type Line = OrderView["items"][number];

/**
 * The lines a replacement of `order` is for, or null for all of them. A line keeps the units
 * meant when fewer than it holds: "one of the three" now, or the one unit the refund waiting
 * was for ("a new one please" after one of three headphones was offered its refund).
 */
export function replacedLines(v: TurnView, order: OrderView): Line[] | null {
  const some = (lines: Line[]) => {
    const fewer = lines.some((l) =>
      l.quantity < (order.items.find((o) => o.sku === l.sku)?.quantity ?? 0)
    );
    return lines.length > 0 && (lines.length < order.items.length || fewer) ? lines : null;
  };
  const units = (lines: Line[]) =>
    lines.map((l) => {
      const n = lines.length === 1 ? unitsMeant(v.text, l.quantity) : null;
      return n === null ? l : { ...l, quantity: n };
    });
  const meant = linesMeant(v, order);
  const named = order.items.length > 1 || meant.length === 1 ? some(units(meant)) : null;
  if (named) return named;
  const pending = v.pending?.action;
  if (!pending || pending.order_id !== order.id) return null;
  const items = pending.params.items;
  if (Array.isArray(items)) {
    const wanted = new Map(
      items.map((it) => {
        const { sku, quantity } = it as { sku?: unknown; quantity?: unknown };
        return [String(sku ?? "").toUpperCase(), Number(quantity)] as const;
      }),
    );
    return some(
      order.items.filter((l) => wanted.has(l.sku.toUpperCase())).map((l) => {
        const n = wanted.get(l.sku.toUpperCase())!;
        return Number.isInteger(n) && n >= 1 && n < l.quantity ? { ...l, quantity: n } : l;
      }),
    );
  }
  if (order.items.length < 2) return null;
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
