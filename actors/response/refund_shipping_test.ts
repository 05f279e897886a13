import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import { refundShippingWhilePending } from "./refund_shipping.ts";
import type { TurnView } from "./view.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order: OrderView = {
  id: "ORD-1002",
  status: "delivered",
  placed_at: "2026-02-20T10:00:00Z",
  total: 433.99,
  currency: "USD",
  items: [
    { sku: "A", name: "Espresso Machine", quantity: 1, price: 399 },
    { sku: "B", name: "Milk Frother", quantity: 1, price: 29 },
  ],
  tracking_number: null,
  payment_status: "paid",
  shipping_fee: 5.99,
  refunded_amount: 0,
};
const view = (text: string, amount: number, type = "refund") =>
  ({
    text,
    now: NOW,
    pending: {
      action: { type, order_id: "ORD-1002", params: { amount } },
      summary: "Refund ORD-1002",
      expires_at: "2026-03-10T13:00:00Z",
    },
    context: { orders: [order], order: null },
  }) as unknown as TurnView;

Deno.test("'is shipping included?' while a whole refund waits: yes, its fee named", () => {
  const d = refundShippingWhilePending(view("is shipping included?", 433.99), "neutral")!;
  assert.match(d.text, /433\.99 USD is everything paid for order ORD-1002, its 5\.99 USD shipping/);
  assert.match(d.text, /shall I refund/);
});

Deno.test("a refund of some lines is their price, without the shipping fee", () => {
  const d = refundShippingWhilePending(view("and the postage?", 29), "neutral")!;
  assert.match(d.text, /29\.00 USD is the price of the items it's for/);
});

Deno.test("shipping asked with no refund waiting, or a faster speed asked, is not this", () => {
  assert.equal(
    refundShippingWhilePending(view("is shipping included?", 29, "return"), "neutral"),
    null,
  );
  assert.equal(
    refundShippingWhilePending(view("can I upgrade the shipping?", 29), "neutral"),
    null,
  );
});
