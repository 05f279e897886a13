/**
 * The days an order was said to be placed on ("the one from last week"), written by the intent
 * actor as UTC days `from/to` with a looser `from/to` after a comma, and read back by the
 * context actor to find which order that is. Pure.
 */

/** The orders placed within the window: the tight one first, else the looser one. */
export function placedOn<T extends { placed_at: string }>(
  orders: readonly T[],
  placed: string,
): T[] {
  const tight = orders.filter((o) => within(placed, o.placed_at, false));
  return tight.length > 0 ? tight : orders.filter((o) => within(placed, o.placed_at, true));
}

/** True when an order placed at `placedAt` lies in the window (tight, or the looser one). */
export function within(placed: string, placedAt: string, loose: boolean): boolean {
  const [tight, wide] = placed.split(",");
  const [from, to] = (loose ? wide ?? tight : tight).split("/");
  const day = placedAt.slice(0, 10);
  return day >= from && day <= to;
}
