import assert from "node:assert/strict";
import { shippingBackWhilePending } from "./shipping_back.ts";
import { castContext, FIXTURE_NOW, pendingOf } from "../../tests/fixtures/turns.ts";
import type { Tone, TurnView } from "./view.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const tone = "neutral" as unknown as Tone;
const view = (text: string, pending: PendingAction, order: string) =>
  ({
    text,
    now: FIXTURE_NOW,
    pending,
    context: castContext("sarah", { order }),
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
  assert.match(d.text, /Milk Frother's price \(29\.00 USD\), not the whole order/);
  assert.match(d.text, /shipping fee included/);
  assert.match(d.text, /shall I refund order ORD-1002/);
});

Deno.test("a whole order cancelled: the shipping fee comes back with everything paid", () => {
  const p = pendingOf({ type: "cancel_order", order_id: "ORD-1003", requires_confirmation: true });
  const d = shippingBackWhilePending(view("does that include shipping", p, "ORD-1003"), tone);
  assert.ok(d);
  assert.match(d.text, /^Yes — a whole order's money back covers everything you paid/);
});

Deno.test("shipping asked of a speed-up, or a longer question, is no such question", () => {
  const p = pendingOf({
    type: "expedite_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  assert.equal(shippingBackWhilePending(view("and the shipping?", p, "ORD-1003"), tone), null);
  const r = pendingOf({ type: "refund", order_id: "ORD-1002", requires_confirmation: true });
  assert.equal(
    shippingBackWhilePending(view("can i get express shipping on 1001", r, "ORD-1002"), tone),
    null,
  );
});
