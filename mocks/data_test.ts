import assert from "node:assert/strict";
import { countByStatus, generateDataset } from "./data.ts";
import { NOW, testStore } from "../tests/helpers/store_rig.ts";
import { CAST, CAST_TRACKING } from "./cast.ts";

Deno.test("the store holds the same data on every start", async () => {
  const a = testStore();
  const b = testStore();
  assert.equal(await a.hash(), await b.hash());
  const other = testStore({ seed: 1 });
  assert.notEqual(await a.hash(), await other.hash());
});

Deno.test("seeded data has hundreds of customers in every tier and over a thousand orders", () => {
  const ds = generateDataset({ now: NOW });
  assert.ok(ds.customers.length >= 200, `${ds.customers.length} customers`);
  const tiers = new Set(ds.customers.map((c) => c.tier));
  assert.deepEqual([...tiers].sort(), ["gold", "silver", "standard", "vip"]);
  assert.ok(ds.orders.length >= 1000, `${ds.orders.length} orders`);
  const statuses = countByStatus(ds);
  for (
    const s of [
      "pending",
      "processing",
      "shipped",
      "delivered",
      "cancelled",
      "returned",
      "refunded",
    ] as const
  ) {
    assert.ok((statuses[s] ?? 0) > 0, `no ${s} orders`);
  }
  const parcels = new Set(ds.tracking.map((t) => t.status));
  for (const s of ["in_transit", "exception", "out_for_delivery", "delivered", "lost"] as const) {
    assert.ok(parcels.has(s), `no ${s} parcels`);
  }
  assert.ok(ds.products.length >= 45 && ds.products.length <= 60);
  assert.ok(ds.history.length > ds.customers.length, "support history for customers");
});

Deno.test("order ids, tracking numbers and emails are unique and never collide with the cast", () => {
  const ds = generateDataset({ now: NOW });
  const ids = ds.orders.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^ORD-\d+$/);
  const numbers = ds.tracking.map((t) => t.number);
  assert.equal(new Set(numbers).size, numbers.length);
  for (const n of numbers) assert.match(n, /^TRK\d{10}$/);
  const emails = ds.customers.map((c) => c.email);
  assert.equal(new Set(emails).size, emails.length);
  const castOrders = ds.orders.filter((o) => /^ORD-\d{4}$/.test(o.id));
  assert.deepEqual(castOrders.map((o) => o.id).sort(), [
    "ORD-1001",
    "ORD-1002",
    "ORD-1003",
    "ORD-2001",
    "ORD-2002",
    "ORD-3001",
    "ORD-3002",
  ]);
  const castIds: string[] = Object.values(CAST).map((c) => c.id);
  for (const o of ds.orders) {
    if (!/^ORD-\d{4}$/.test(o.id)) assert.ok(!castIds.includes(o.customer_id), o.id);
  }
  const castNumbers: string[] = Object.values(CAST_TRACKING);
  assert.equal(numbers.filter((n) => castNumbers.includes(n)).length, castNumbers.length);
});

Deno.test("seeded orders are consistent: totals, payments, refunds, parcels and dates", () => {
  const ds = generateDataset({ now: NOW });
  const parcels = new Map(ds.tracking.map((t) => [t.number, t]));
  for (const o of ds.orders) {
    const subtotal = o.items.reduce((s, it) => s + it.price * it.quantity, 0);
    assert.ok(Math.abs(subtotal - o.subtotal) < 0.011, `${o.id} subtotal`);
    assert.ok(Math.abs(o.subtotal + o.shipping_fee - o.total) < 0.011, `${o.id} total`);
    assert.ok(o.refunded_amount <= o.paid_amount + 0.001, `${o.id} refunded more than paid`);
    assert.ok(o.placed_at <= NOW.toISOString(), `${o.id} placed in the future`);
    const shipped = ["shipped", "delivered", "returned", "refunded"].includes(o.status);
    assert.equal(o.tracking_number !== null, shipped, `${o.id} tracking`);
    if (o.tracking_number) assert.equal(parcels.get(o.tracking_number)?.order_id, o.id);
    if (o.status === "delivered") assert.ok(o.delivered_at && o.delivered_at <= NOW.toISOString());
    if (o.status === "pending" && o.payment_status === "pending") assert.equal(o.paid_amount, 0);
  }
});

Deno.test("some customers complain often and have a high refund rate", async () => {
  const store = testStore();
  const views = store.state.data.customers.map((c) => store.state.customerView(c));
  const risky = views.filter((v) => v.stats.complaints >= 5);
  assert.ok(risky.length >= 5, `${risky.length} frequent complainers`);
  assert.ok(views.some((v) => v.stats.refund_rate >= 0.5 && v.stats.orders >= 3));
  assert.ok(views.filter((v) => v.stats.complaints === 0).length > views.length / 3);
  const res = await store.app.request("/customers/CUST-0010/history");
  assert.equal(res.status, 200);
  assert.ok(Array.isArray(await res.json()));
});
