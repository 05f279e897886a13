import assert from "node:assert/strict";
import { get, NOW, testStore } from "../tests/helpers/store_rig.ts";

const DAY = 86_400_000;
const daysAgo = (iso: string) => Math.round((NOW.getTime() - Date.parse(iso)) / DAY);

Deno.test("demo cast: Sarah Chen is gold with one order in transit, one delivered, one processing", async () => {
  const store = testStore();
  const sarah = (await get(store, "/customers/by-email/sarah.chen@example.com")).body;
  assert.equal(sarah.id, "CUST-0001");
  assert.equal(sarah.name, "Sarah Chen");
  assert.equal(sarah.tier, "gold");
  const orders = (await get(store, "/customers/CUST-0001/orders")).body;
  assert.deepEqual(orders.map((o: { id: string }) => o.id).sort(), [
    "ORD-1001",
    "ORD-1002",
    "ORD-1003",
  ]);

  const o1001 = (await get(store, "/orders/ORD-1001")).body;
  assert.equal(o1001.status, "shipped");
  assert.match(o1001.tracking_number, /^TRK\d{10}$/);
  const t1001 = (await get(store, `/tracking/${o1001.tracking_number}`)).body;
  assert.equal(t1001.status, "in_transit");
  assert.ok(Date.parse(t1001.eta) > NOW.getTime());

  const o1002 = (await get(store, "/orders/ORD-1002")).body;
  assert.equal(o1002.status, "delivered");
  assert.equal(daysAgo(o1002.delivered_at), 10);
  assert.equal(o1002.policy.can_return, true);
  assert.equal(o1002.policy.can_refund, true);
  assert.equal(o1002.policy.refundable_amount, o1002.total);

  const o1003 = (await get(store, "/orders/ORD-1003")).body;
  assert.equal(o1003.status, "processing");
  assert.equal(o1003.policy.can_cancel, true);
  assert.equal(o1003.tracking_number, null);
});

Deno.test("demo cast: Mike Johnson is standard with a delayed parcel and an unpaid order", async () => {
  const store = testStore();
  const mike = (await get(store, "/customers/by-email/mike.johnson@example.com")).body;
  assert.equal(mike.id, "CUST-0002");
  assert.equal(mike.tier, "standard");
  const orders = (await get(store, "/customers/CUST-0002/orders")).body;
  assert.deepEqual(orders.map((o: { id: string }) => o.id).sort(), ["ORD-2001", "ORD-2002"]);

  const o2001 = (await get(store, "/orders/ORD-2001")).body;
  assert.equal(o2001.status, "shipped");
  const t2001 = (await get(store, `/tracking/${o2001.tracking_number}`)).body;
  assert.equal(t2001.status, "exception");
  assert.match(t2001.events.at(-1).description, /delayed/i);

  const o2002 = (await get(store, "/orders/ORD-2002")).body;
  assert.equal(o2002.status, "pending");
  assert.equal(o2002.payment_status, "pending");
  assert.equal(o2002.paid_amount, 0);
});

Deno.test("demo cast: Emma Wilson is vip with a lost parcel and a damaged delivery", async () => {
  const store = testStore();
  const emma = (await get(store, "/customers/by-email/EMMA.WILSON@example.com")).body;
  assert.equal(emma.id, "CUST-0003");
  assert.equal(emma.tier, "vip");
  const orders = (await get(store, "/customers/CUST-0003/orders")).body;
  assert.deepEqual(orders.map((o: { id: string }) => o.id).sort(), ["ORD-3001", "ORD-3002"]);

  const o3001 = (await get(store, "/orders/ORD-3001")).body;
  const t3001 = (await get(store, `/tracking/${o3001.tracking_number}`)).body;
  assert.equal(t3001.status, "lost");
  assert.equal(t3001.days_since_last_scan, 9);
  assert.equal(daysAgo(t3001.last_scan_at), 9);

  const o3002 = (await get(store, "/orders/ORD-3002")).body;
  assert.equal(o3002.status, "delivered");
  assert.equal(o3002.reported_issue, "damaged");
  const history = (await get(store, "/customers/CUST-0003/history")).body;
  assert.ok(
    history.some((h: { kind: string; order_id: string }) =>
      h.kind === "complaint" && h.order_id === "ORD-3002"
    ),
  );
});

Deno.test("an unknown email, order or parcel is a 404 problem", async () => {
  const store = testStore();
  for (
    const path of [
      "/customers/by-email/nobody@example.com",
      "/orders/ORD-9",
      "/tracking/TRK0000000000",
    ]
  ) {
    const res = await store.app.request(path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers.get("content-type"), "application/problem+json");
    const p = await res.json();
    assert.equal(p.status, 404);
    assert.match(p.detail, /^Cannot find /);
    assert.equal(p.instance, path);
  }
});

Deno.test("an order or parcel of another customer is refused with 403", async () => {
  const store = testStore();
  const order = await get(store, "/orders/ORD-1001", { "x-customer-id": "CUST-0002" });
  assert.equal(order.status, 403);
  assert.equal(order.body.detail, "Cannot show order ORD-1001: it belongs to another customer");
  const parcel = await get(store, "/tracking/TRK8800001001", { "x-customer-id": "CUST-0002" });
  assert.equal(parcel.status, 403);
  assert.equal(
    (await get(store, "/orders/ORD-1001", { "x-customer-id": "CUST-0001" })).status,
    200,
  );
});
