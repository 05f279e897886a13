import assert from "node:assert/strict";
import type { ContextEnrichment, OrderView } from "../../shared/protocol.ts";
import { refundDestinationLines } from "./refund_destination.ts";
import type { TurnView } from "./view.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const paid: OrderView = {
  id: "ORD-1002",
  status: "delivered",
  placed_at: "2026-02-20T10:00:00Z",
  total: 428,
  currency: "USD",
  items: [],
  tracking_number: null,
  payment_status: "paid",
  payment_method: "card",
  refunded_amount: 0,
  refunds: [],
};
const view = (text: string, pendingOrder: string | null = null) =>
  ({
    text,
    now: NOW,
    guest: false,
    pending: pendingOrder ? { action: { order_id: pendingOrder } } : null,
    context: {
      order_lookup: "none",
      order: null,
      orders: [paid, { ...paid, id: "ORD-1003" }],
    } as unknown as ContextEnrichment,
  }) as unknown as TurnView;

Deno.test("where a refund goes is the rule, with the waiting refund's own way named", () => {
  const lines = refundDestinationLines(
    view("can it go on my paypal instead of the card?", "ORD-1002"),
  )!
    .join(" ");
  assert.match(lines, /only go back the way the order was paid/);
  assert.match(lines, /For order ORD-1002, that's the card you paid with/);
});

Deno.test("a card or account gone: the bank passes the refund on, a colleague if not", () => {
  const lines = refundDestinationLines(view("refund me to a different card, my old one expired"))!;
  assert.match(lines.join(" "), /your bank passes it on/);
});

Deno.test("a refund asked without a destination, or paying by another card, is not this", () => {
  assert.equal(refundDestinationLines(view("I want a refund for ORD-1002")), null);
  assert.equal(refundDestinationLines(view("can I pay with a different card?")), null);
});
