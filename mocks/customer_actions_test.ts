import assert from "node:assert/strict";
import { DEFAULT_STAFF_TOKEN } from "./app.ts";
import { get, post, testStore } from "../tests/helpers/store_rig.ts";

Deno.test("a goodwill credit is allowed up to the tier's 30-day limit", async () => {
  const store = testStore();
  const vip = await post(store, "/customers/CUST-0003/credit", {
    customer_id: "CUST-0003",
    amount: 100,
    reason: "Lost parcel",
    order_id: "ORD-3001",
  });
  assert.equal(vip.status, 200);
  assert.equal(vip.body.credit.amount, 100);
  assert.equal(vip.body.customer.credit_balance, 100);
  const more = await post(store, "/customers/CUST-0003/credit", {
    customer_id: "CUST-0003",
    amount: 5,
    reason: "More",
  });
  assert.equal(more.status, 422);
  assert.equal(
    more.body.detail,
    "Cannot issue a goodwill credit of 5.00 USD to CUST-0003: vip customers can receive up to 100.00 USD in 30 days and 100.00 USD was already issued",
  );
  const credits = (await get(store, "/customers/CUST-0003/credits")).body;
  assert.equal(credits.issued_30d, 100);
  assert.equal(credits.limit_30d, 100);
});

Deno.test("a goodwill credit above a standard customer's limit is refused", async () => {
  const store = testStore();
  const res = await post(store, "/customers/CUST-0002/credit", {
    customer_id: "CUST-0002",
    amount: 15,
    reason: "Delay",
  });
  assert.equal(res.status, 422);
  assert.equal(res.body.code, "credit_limit");
  assert.match(res.body.detail, /standard customers can receive up to 10\.00 USD in 30 days/);
  const ok = await post(store, "/customers/CUST-0002/credit", {
    customer_id: "CUST-0002",
    amount: 10,
    reason: "Delay",
  });
  assert.equal(ok.status, 200);
});

Deno.test("a credit for someone else's account or order is refused with 403", async () => {
  const store = testStore();
  const other = await post(store, "/customers/CUST-0001/credit", {
    customer_id: "CUST-0002",
    amount: 5,
    reason: "x",
  });
  assert.equal(other.status, 403);
  const order = await post(store, "/customers/CUST-0002/credit", {
    customer_id: "CUST-0002",
    amount: 5,
    reason: "x",
    order_id: "ORD-1001",
  });
  assert.equal(order.status, 403);
  assert.equal(
    order.body.detail,
    "Cannot issue a goodwill credit for order ORD-1001: it belongs to another customer",
  );
});

Deno.test("changing a tier needs the staff token", async () => {
  const store = testStore();
  const none = await post(store, "/customers/CUST-0002/tier", { tier: "silver" });
  assert.equal(none.status, 403);
  assert.equal(
    none.body.detail,
    "Cannot change the tier of CUST-0002: only staff can, and the X-Staff-Token header is missing or wrong",
  );
  const staff = { headers: { "x-staff-token": DEFAULT_STAFF_TOKEN } };
  const ok = await post(store, "/customers/CUST-0002/tier", { tier: "silver" }, staff);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.customer.tier, "silver");
  const same = await post(store, "/customers/CUST-0002/tier", { tier: "silver" }, staff);
  assert.equal(same.status, 409);
  assert.equal(
    same.body.detail,
    "Cannot change the tier of CUST-0002: the customer is already silver",
  );
  const custom = testStore({ staffToken: "s3cret" });
  assert.equal(
    (await post(custom, "/customers/CUST-0002/tier", { tier: "gold" }, staff)).status,
    403,
  );
});

Deno.test("a call back is scheduled ahead, not in the past or too far", async () => {
  const store = testStore();
  const ok = await post(store, "/customers/CUST-0001/callbacks", {
    customer_id: "CUST-0001",
    topic: "Refund question",
  });
  assert.equal(ok.status, 200);
  assert.equal(ok.body.callback.phone, "+1 206 555 0142");
  assert.equal(ok.body.callback.scheduled_for, "2025-06-02T14:00:00.000Z");
  const past = await post(store, "/customers/CUST-0001/callbacks", {
    customer_id: "CUST-0001",
    topic: "x",
    at: "2025-06-01T10:00:00Z",
  });
  assert.equal(past.status, 422);
  assert.equal(
    past.body.detail,
    "Cannot schedule a call back for CUST-0001: 2025-06-01T10:00:00.000Z is in the past",
  );
  const far = await post(store, "/customers/CUST-0001/callbacks", {
    customer_id: "CUST-0001",
    topic: "x",
    at: "2025-07-01T10:00:00Z",
  });
  assert.equal(far.status, 422);
  assert.match(far.body.detail, /calls can be scheduled up to 14 days ahead$/);
});

Deno.test("a customer note is kept in the ledger and the history", async () => {
  const store = testStore();
  const res = await post(store, "/customers/CUST-0002/notes", {
    customer_id: "CUST-0002",
    text: "Prefers email",
  });
  assert.equal(res.status, 200);
  assert.equal(store.ledger()[0].action, "customer_note");
  const history = (await get(store, "/customers/CUST-0002/history")).body;
  assert.equal(history[0].summary, "Prefers email");
});

Deno.test("products are searched by words of their name or category", async () => {
  const store = testStore();
  const res = await get(store, "/products?q=headphones");
  assert.equal(res.status, 200);
  assert.ok(res.body.length >= 2);
  assert.ok(res.body.every((p: { name: string }) => /headphone/i.test(p.name)));
  const kitchen = await get(store, "/products?category=kitchen&limit=3");
  assert.equal(kitchen.body.length, 3);
  assert.equal((await get(store, "/products/AUD-101")).body.name, "Wireless Earbuds Pro");
  assert.equal((await get(store, "/products/NOPE-1")).status, 404);
});
