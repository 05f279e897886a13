import assert from "node:assert/strict";
import { createStoreApp } from "./app.ts";
import { get, post, TestClock, testStore } from "../tests/helpers/store_rig.ts";

const SARAH = { customer_id: "CUST-0001" };

Deno.test("a delivered order can be returned within 30 days and gets a label", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1002/return", { ...SARAH, reason: "Too loud" });
  assert.equal(res.status, 200);
  assert.match(res.body.return_request.id, /^RMA-\d{6}$/);
  assert.equal(res.body.return_request.status, "label_issued");
  assert.equal(res.body.return_request.items.length, 2);
  assert.match(
    res.body.detail,
    /^Return RMA-\d+ for order ORD-1002 is open: print the prepaid label/,
  );
  const label = await post(store, "/orders/ORD-1002/return-label", SARAH);
  assert.equal(label.status, 200);
  assert.equal(label.body.return_request.label_url, res.body.return_request.label_url);
  const twice = await post(store, "/orders/ORD-1002/return", { ...SARAH, reason: "Again" });
  assert.equal(twice.status, 409);
  assert.match(
    twice.body.detail,
    /^Cannot return order ORD-1002: return RMA-\d+ was already opened on /,
  );
});

Deno.test("a return is refused before delivery and after 30 days", async () => {
  const clock = new TestClock();
  const store = createStoreApp({ clock: clock.now });
  const early = await post(store, "/orders/ORD-1001/return", { ...SARAH, reason: "Not needed" });
  assert.equal(early.status, 409);
  assert.equal(early.body.detail, "Cannot return order ORD-1001: it has not been delivered yet");
  clock.advanceDays(25);
  const late = await post(store, "/orders/ORD-1002/return", { ...SARAH, reason: "Not needed" });
  assert.equal(late.status, 409);
  assert.equal(
    late.body.detail,
    "Cannot return order ORD-1002: it was delivered 35 days ago and returns are accepted within 30 days of delivery",
  );
  const label = await post(store, "/orders/ORD-1002/return-label", SARAH);
  assert.equal(
    label.body.detail,
    "Cannot issue a return label for order ORD-1002: no return has been opened",
  );
});

Deno.test("a return names only items of the order", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1002/return", {
    ...SARAH,
    reason: "Wrong colour",
    items: [{ sku: "AUD-101", quantity: 1 }],
  });
  assert.equal(res.status, 422);
  assert.equal(res.body.detail, "Cannot return order ORD-1002: it has no item AUD-101");
});

Deno.test("a delivered order is refunded in full, once", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1002/refund", { ...SARAH, reason: "Faulty" });
  assert.equal(res.status, 200);
  assert.equal(res.body.refund.amount, res.body.order.total);
  assert.equal(res.body.order.status, "refunded");
  assert.equal(res.body.order.payment_status, "refunded");
  assert.match(res.body.detail, /^Refund RF-\d+ of \d+\.\d\d USD for order ORD-1002 is on its way/);
  const twice = await post(store, "/orders/ORD-1002/refund", { ...SARAH, reason: "Again" });
  assert.equal(twice.status, 409);
  assert.equal(twice.body.detail, "Cannot refund order ORD-1002: it has already been refunded");
  const status = await get(store, "/orders/ORD-1002/refund");
  assert.equal(status.body.refunds.length, 1);
  assert.equal(status.body.refundable_amount, 0);
});

Deno.test("a partial refund is allowed up to what was paid, and only once", async () => {
  const store = testStore();
  const total = (await get(store, "/orders/ORD-1002")).body.total;
  const tooMuch = await post(store, "/orders/ORD-1002/refund", {
    ...SARAH,
    amount: total + 100,
    reason: "Faulty",
  });
  assert.equal(tooMuch.status, 422);
  assert.equal(
    tooMuch.body.detail,
    `Cannot refund order ORD-1002: ${(total + 100).toFixed(2)} USD is more than the ${
      total.toFixed(2)
    } USD paid`,
  );
  const part = await post(store, "/orders/ORD-1002/refund", {
    ...SARAH,
    amount: 29,
    reason: "Frother broken",
  });
  assert.equal(part.status, 200);
  assert.equal(part.body.order.status, "delivered");
  assert.equal(part.body.order.payment_status, "partially_refunded");
  const again = await post(store, "/orders/ORD-1002/refund", {
    ...SARAH,
    amount: 10,
    reason: "More",
  });
  assert.equal(again.status, 409);
  assert.equal(
    again.body.detail,
    "Cannot refund order ORD-1002: it was already refunded 29.00 USD and an order is refunded only once",
  );
});

Deno.test("a refund is refused before delivery and after 30 days", async () => {
  const clock = new TestClock();
  const store = createStoreApp({ clock: clock.now });
  const early = await post(store, "/orders/ORD-1001/refund", { ...SARAH, reason: "Late" });
  assert.equal(early.status, 409);
  assert.equal(early.body.detail, "Cannot refund order ORD-1001: it has not been delivered yet");
  clock.advanceDays(21);
  const late = await post(store, "/orders/ORD-1002/refund", { ...SARAH, reason: "Faulty" });
  assert.equal(late.status, 409);
  assert.equal(
    late.body.detail,
    "Cannot refund order ORD-1002: it was delivered 31 days ago and refunds are allowed within 30 days of delivery",
  );
  assert.equal(store.ledger().length, 0);
});

Deno.test("a returned order that was not refunded yet can be refunded", async () => {
  const store = testStore();
  const returned = store.state.data.orders.find((o) =>
    o.status === "returned" && o.payment_status === "paid" &&
    store.state.orderView(o).policy.can_refund
  );
  assert.ok(returned, "the seed has a returned, unrefunded order within the window");
  const res = await post(store, `/orders/${returned.id}/refund`, {
    customer_id: returned.customer_id,
    reason: "Return received",
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.order.status, "refunded");
});
