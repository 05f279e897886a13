import assert from "node:assert/strict";
import { get, post, testStore } from "../tests/helpers/store_rig.ts";

Deno.test("expediting costs a standard customer a fee", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-2001/expedite", { customer_id: "CUST-0002" });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.fee, {
    amount: 9.99,
    currency: "USD",
    waived: false,
    reason: "Express shipping fee",
  });
  assert.equal(res.body.order.shipping_method, "express");
  assert.equal(res.body.tracking.service, "express");
  assert.match(res.body.detail, /now ships express .*; a fee of 9\.99 USD is charged to the card$/);
  assert.equal(store.ledger()[0].details.fee, 9.99);
});

Deno.test("expediting is free for gold and vip customers", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1003/expedite", {
    customer_id: "CUST-0001",
    method: "overnight",
  });
  assert.equal(res.status, 200);
  assert.equal(res.body.fee.amount, 0);
  assert.equal(res.body.fee.waived, true);
  assert.match(res.body.detail, /no fee for gold customers$/);
  assert.equal(res.body.tracking, null);
});

Deno.test("expediting is refused after delivery, when already as fast, and for a lost parcel", async () => {
  const store = testStore();
  const delivered = await post(store, "/orders/ORD-1002/expedite", { customer_id: "CUST-0001" });
  assert.equal(delivered.status, 409);
  assert.equal(
    delivered.body.detail,
    "Cannot expedite order ORD-1002: it has already been delivered",
  );
  await post(store, "/orders/ORD-1003/expedite", { customer_id: "CUST-0001" });
  const again = await post(store, "/orders/ORD-1003/expedite", { customer_id: "CUST-0001" });
  assert.equal(again.status, 409);
  assert.equal(again.body.detail, "Cannot expedite order ORD-1003: it already ships express");
  const lost = await post(store, "/orders/ORD-3001/expedite", {
    customer_id: "CUST-0003",
    method: "overnight",
  });
  assert.equal(lost.status, 409);
  assert.equal(
    lost.body.detail,
    "Cannot expedite order ORD-3001: the parcel is lost; open a carrier investigation instead",
  );
});

Deno.test("a parcel on its way can be expedited, a delivered one cannot", async () => {
  const store = testStore();
  const ok = await post(store, "/tracking/TRK8800001001/expedite", { customer_id: "CUST-0001" });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.action, "expedite_tracking");
  assert.equal(ok.body.target, "TRK8800001001");
  assert.equal(ok.body.fee.waived, true);
  const done = await post(store, "/tracking/TRK8800001002/expedite", { customer_id: "CUST-0001" });
  assert.equal(done.status, 409);
  assert.match(
    done.body.detail,
    /^Cannot expedite parcel TRK8800001002: it was delivered on \d{4}-\d\d-\d\d$/,
  );
});

Deno.test("a carrier investigation opens for a lost parcel, once", async () => {
  const store = testStore();
  const res = await post(store, "/tracking/TRK8800003001/investigation", {
    customer_id: "CUST-0003",
  });
  assert.equal(res.status, 200);
  assert.match(res.body.investigation.id, /^INV-\d{6}$/);
  assert.equal(res.body.investigation.reason, "Parcel lost in transit");
  assert.match(
    res.body.detail,
    /^Carrier investigation INV-\d+ for parcel TRK8800003001 is open; DHL answers by /,
  );
  const twice = await post(store, "/tracking/TRK8800003001/investigation", {
    customer_id: "CUST-0003",
  });
  assert.equal(twice.status, 409);
  assert.match(twice.body.detail, /: investigation INV-\d+ is already open$/);
  const parcel = (await get(store, "/tracking/TRK8800003001")).body;
  assert.equal(parcel.investigation.status, "open");
});

Deno.test("a carrier investigation is refused for a delivered parcel", async () => {
  const store = testStore();
  const res = await post(store, "/tracking/TRK8800001002/investigation", {
    customer_id: "CUST-0001",
  });
  assert.equal(res.status, 409);
  assert.match(
    res.body.detail,
    /^Cannot open a carrier investigation for parcel TRK8800001002: it was delivered on /,
  );
  const delayed = await post(store, "/tracking/TRK8800002001/investigation", {
    customer_id: "CUST-0002",
  });
  assert.equal(delayed.status, 200);
});

Deno.test("an order comes with its parcel's tracking on request, and alone without", async () => {
  const store = testStore();
  const plain = await get(store, "/orders/ORD-1001");
  assert.equal(plain.status, 200);
  assert.equal("tracking" in plain.body, false);
  const asked = await get(store, "/orders/ORD-1001?include=tracking", {
    "x-customer-id": "CUST-0001",
  });
  assert.equal(asked.status, 200);
  assert.equal(asked.body.id, "ORD-1001");
  assert.deepEqual(asked.body.tracking, (await get(store, "/tracking/TRK8800001001")).body);
  assert.equal(asked.body.tracking_error, null);
  const unshipped = await get(store, "/orders/ORD-1003?include=tracking");
  assert.equal(unshipped.body.tracking, null, "no parcel yet");
  const other = await get(store, "/orders/ORD-1001?include=tracking", {
    "x-customer-id": "CUST-0002",
  });
  assert.equal(other.status, 403, "another customer's order is refused, tracking and all");
});

Deno.test("a tracking fault fails the tracking part of an order, not the order", async () => {
  const store = testStore({ faults: { tracking: { error_rate: 1 } } });
  const res = await get(store, "/orders/ORD-1001?include=tracking");
  assert.equal(res.status, 200);
  assert.equal(res.body.id, "ORD-1001");
  assert.equal(res.body.tracking, null);
  assert.match(res.body.tracking_error, /tracking service is unavailable/);
  assert.equal((await get(store, "/tracking/TRK8800001001")).status, 503);
  const orders = testStore({ faults: { orders: { error_rate: 1 } } });
  assert.equal((await get(orders, "/orders/ORD-1001?include=tracking")).status, 503);
});
