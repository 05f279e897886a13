import assert from "node:assert/strict";
import { shippingBackWhilePending, withShippingBack } from "./shipping_back.ts";
import { castContext, FIXTURE_NOW, pendingOf } from "../../tests/fixtures/turns.ts";
import type { Draft, Tone, TurnView } from "./view.ts";
import type { OrderView, PendingAction } from "../../shared/protocol.ts";

const tone = "neutral" as unknown as Tone;
const view = (text: string, pending: PendingAction | null, order: string) =>
  ({
    text,
    now: FIXTURE_NOW,
    pending,
    confirmation: pending ? "unclear" : null,
    context: castContext("sarah", { order }),
  }) as unknown as TurnView;

/** An order with a shipping fee paid, for the amounts read from the order itself. */
const PAID_FEE: OrderView = {
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
const feeView = (text: string, amount: number, type = "refund") =>
  ({
    text,
    now: FIXTURE_NOW,
    confirmation: "unclear",
    pending: {
      action: { type, order_id: "ORD-1002", params: { amount } },
      summary: "Refund ORD-1002",
      expires_at: new Date(FIXTURE_NOW.getTime() + 3_600_000).toISOString(),
    },
    context: { orders: [PAID_FEE], order: null },
  }) as unknown as TurnView;

Deno.test("'and the shipping?' to a line's refund: that line's price, the whole order's rule", () => {
  const p = pendingOf({
    type: "refund",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { amount: 29, items: [{ sku: "KIT-110", quantity: 1 }] },
  });
  const d = shippingBackWhilePending(view("and the shipping?", p, "ORD-1002"), tone);
  assert.ok(d);
  assert.match(d.text, /29\.00 USD is the price of the items it's for \(the Milk Frother\)/);
  assert.match(d.text, /not the whole order/);
  assert.match(d.text, /shipping fee included/);
  assert.match(d.text, /shall I refund order ORD-1002/);
});

Deno.test("a whole order cancelled: everything paid, its shipping free or its fee included", () => {
  const p = pendingOf({ type: "cancel_order", order_id: "ORD-1003", requires_confirmation: true });
  const d = shippingBackWhilePending(view("does that include shipping", p, "ORD-1003"), tone);
  assert.ok(d);
  assert.match(d.text, /everything you paid, the shipping fee included: 192\.00 USD/);
  const paid = shippingBackWhilePending(feeView("is shipping included?", 433.99), tone)!;
  assert.match(paid.text, /433\.99 USD is everything paid for order ORD-1002, its 5\.99 USD/);
  assert.match(paid.text, /shall I refund/);
});

Deno.test("a refund of some lines is their price, the paid shipping fee not part of it", () => {
  for (
    const t of ["and the postage?", "what about delivery costs", "is the shipping refunded too"]
  ) {
    const d = shippingBackWhilePending(feeView(t, 29), tone);
    assert.ok(d, t);
    assert.match(d.text, /29\.00 USD is the price of the items it's for/, t);
    assert.match(d.text, /5\.99 USD shipping fee isn't part of it/, t);
  }
});

Deno.test("a speed, a place or a speed-up waiting is no question of the fee coming back", () => {
  const p = pendingOf({
    type: "expedite_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  assert.equal(shippingBackWhilePending(view("and the shipping?", p, "ORD-1003"), tone), null);
  const r = pendingOf({ type: "refund", order_id: "ORD-1002", requires_confirmation: true });
  for (const t of ["can i get express shipping on 1001", "how much is shipping to canada?"]) {
    assert.equal(shippingBackWhilePending(view(t, r, "ORD-1002"), tone), null, t);
  }
});

Deno.test("the shipping asked beside a cancellation proposed: answered before the yes asked", () => {
  const d: Draft = {
    text: "I can cancel order ORD-1003 for you. The 192.00 USD you paid goes back. That's only " +
      "what would happen — nothing has been changed. If you'd like me to go ahead, just say yes.",
    tone,
    template: "cancel",
    proposed_actions: [
      { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
    ],
  };
  const text = "if I cancel the shoes order will I get the shipping back too?";
  const out = withShippingBack(view(text, null, "ORD-1003"), d);
  assert.match(out.text, /goes back\. Yes — a whole order's money back covers everything you/);
  assert.match(out.text, /for order ORD-1003\. That's only what would happen/);
  // Nothing asked of the shipping: the draft as it was.
  assert.equal(withShippingBack(view("cancel the shoes order", null, "ORD-1003"), d), d);
});
