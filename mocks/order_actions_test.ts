import assert from "node:assert/strict";
import { get, post, testStore } from "../tests/helpers/store_rig.ts";

const SARAH = { customer_id: "CUST-0001" };
const ADDRESS = {
  name: "Sarah Chen",
  line1: "500 Pine Road",
  city: "Portland",
  region: "OR",
  postcode: "97201",
  country: "US",
};

Deno.test("cancel is allowed before shipping and refunds what was paid", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1003/cancel", { ...SARAH, reason: "Changed my mind" });
  assert.equal(res.status, 200);
  assert.equal(res.body.action, "cancel_order");
  assert.equal(res.body.order.status, "cancelled");
  assert.equal(res.body.order.payment_status, "refunded");
  assert.equal(res.body.refund.amount, res.body.order.paid_amount);
  assert.match(res.body.detail, /^Order ORD-1003 was cancelled; .* will be back on the card/);
  assert.equal(store.ledger().length, 1);
  assert.equal(store.ledger()[0].target, "ORD-1003");
});

Deno.test("cancel is refused once the order has shipped", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1001/cancel", SARAH);
  assert.equal(res.status, 409);
  assert.equal(res.headers.get("content-type"), "application/problem+json");
  assert.equal(res.body.detail, "Cannot cancel order ORD-1001: it has already shipped");
  assert.equal(res.body.code, "already_shipped");
  assert.equal(res.body.instance, "/orders/ORD-1001/cancel");
  assert.equal(store.ledger().length, 0);
  const again = await post(store, "/orders/ORD-1002/cancel", SARAH);
  assert.equal(again.body.detail, "Cannot cancel order ORD-1002: it has already been delivered");
});

Deno.test("an unpaid pending order can be cancelled without a refund", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-2002/cancel", { customer_id: "CUST-0002" });
  assert.equal(res.status, 200);
  assert.equal(res.body.refund, null);
  const twice = await post(store, "/orders/ORD-2002/cancel", { customer_id: "CUST-0002" });
  assert.equal(twice.body.detail, "Cannot cancel order ORD-2002: it is already cancelled");
});

Deno.test("a change to another customer's order is refused with 403", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0002" });
  assert.equal(res.status, 403);
  assert.equal(res.body.detail, "Cannot cancel order ORD-1003: it belongs to another customer");
  const header = await post(store, "/orders/ORD-1003/cancel", {}, {
    headers: { "x-customer-id": "CUST-0003" },
  });
  assert.equal(header.status, 403);
  assert.equal(store.ledger().length, 0);
  assert.equal((await get(store, "/orders/ORD-1003")).body.status, "processing");
});

Deno.test("the address can change before shipping, not after", async () => {
  const store = testStore();
  const ok = await post(store, "/orders/ORD-1003/address", { ...SARAH, address: ADDRESS });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.order.shipping_address.city, "Portland");
  assert.equal(ok.body.order.shipping_address.line2, null);
  assert.match(ok.body.detail, /will ship to 500 Pine Road, Portland 97201, US/);
  const refused = await post(store, "/orders/ORD-1001/address", { ...SARAH, address: ADDRESS });
  assert.equal(refused.status, 409);
  assert.equal(
    refused.body.detail,
    "Cannot change the shipping address of order ORD-1001: it has already shipped",
  );
});

Deno.test("items can change before shipping: quantities, new products, totals", async () => {
  const store = testStore();
  const before = (await get(store, "/orders/ORD-1003")).body;
  const res = await post(store, "/orders/ORD-1003/items", {
    ...SARAH,
    items: [{ sku: "OUT-102", quantity: 1 }, { sku: "OUT-108", quantity: 1 }],
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const items = res.body.order.items.map((
    i: { sku: string; quantity: number },
  ) => [i.sku, i.quantity]);
  assert.deepEqual(items, [["OUT-101", 1], ["OUT-102", 1], ["OUT-108", 1]]);
  assert.ok(res.body.order.total < before.total);
  assert.match(res.body.detail, /is refunded to the card/);
});

Deno.test("items are refused after shipping, for unknown products and when nothing is left", async () => {
  const store = testStore();
  const shipped = await post(store, "/orders/ORD-1002/items", {
    ...SARAH,
    items: [{ sku: "KIT-110", quantity: 2 }],
  });
  assert.equal(shipped.status, 409);
  assert.equal(
    shipped.body.detail,
    "Cannot change the items of order ORD-1002: it has already been delivered",
  );
  const unknown = await post(store, "/orders/ORD-1003/items", {
    ...SARAH,
    items: [{ sku: "XXX-999", quantity: 1 }],
  });
  assert.equal(unknown.status, 422);
  assert.equal(
    unknown.body.detail,
    "Cannot change the items of order ORD-1003: product XXX-999 does not exist",
  );
  const empty = await post(store, "/orders/ORD-1003/items", {
    ...SARAH,
    items: [{ sku: "OUT-101", quantity: 0 }, { sku: "OUT-102", quantity: 0 }],
  });
  assert.equal(empty.status, 422);
  assert.match(empty.body.detail, /it would leave the order empty; cancel it instead$/);
});

Deno.test("notes can be added to any order of the customer", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1002/notes", { ...SARAH, text: "Customer called" });
  assert.equal(res.status, 200);
  assert.equal(res.body.note.text, "Customer called");
  assert.equal(res.body.order.notes.length, 1);
  assert.equal(store.ledger()[0].action, "order_note");
});

Deno.test("a malformed change is a 400 problem naming the field", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1003/items", {
    ...SARAH,
    items: [{ sku: "OUT-101" }],
  });
  assert.equal(res.status, 400);
  assert.equal(res.headers.get("content-type"), "application/problem+json");
  assert.match(
    res.body.detail,
    /^Cannot accept POST \/orders\/ORD-1003\/items: items\.0\.quantity/,
  );
  const bad = await store.app.request("/orders/ORD-1003/cancel", {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": "bad-json" },
    body: "{not json",
  });
  assert.equal(bad.status, 400);
  assert.equal(bad.headers.get("content-type"), "application/problem+json");
});
