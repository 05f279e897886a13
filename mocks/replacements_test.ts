import assert from "node:assert/strict";
import { get, post, testStore } from "../tests/helpers/store_rig.ts";

const EMMA = { customer_id: "CUST-0003" };
const SARAH = { customer_id: "CUST-0001" };

Deno.test("Emma's lost ORD-3001 is replaced once, and then not refunded as well", async () => {
  const store = testStore();
  const before = await get(store, "/orders/ORD-3001", { "x-customer-id": "CUST-0003" });
  assert.equal(before.body.policy.can_replace, true);
  assert.equal(before.body.policy.can_refund, true, "a lost parcel is refundable too");
  const res = await post(store, "/orders/ORD-3001/replacement", {
    ...EMMA,
    reason: "Parcel lost in transit",
  }, { key: "rpl-1" });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.action, "replacement");
  assert.match(res.body.replacement.id, /^RPL-\d{6}$/);
  assert.equal(res.body.replacement.issue, "lost");
  assert.deepEqual(res.body.replacement.items, [{ sku: "HOM-102", quantity: 1 }]);
  assert.match(res.body.detail, /^Replacement RPL-\d+ for order ORD-3001 leaves our warehouse/);
  // The same key again is the same answer, and one ledger entry.
  const again = await post(store, "/orders/ORD-3001/replacement", {
    ...EMMA,
    reason: "Parcel lost in transit",
  }, { key: "rpl-1" });
  assert.equal(again.body.replacement.id, res.body.replacement.id);
  const ledger = await get(store, "/admin/ledger");
  const entries = ledger.body as { action: string; target: string }[];
  assert.deepEqual(entries.map((e) => `${e.action} ${e.target}`), ["replacement ORD-3001"]);
  // A new key is a new request: refused, the order is replaced once.
  const twice = await post(store, "/orders/ORD-3001/replacement", { ...EMMA, reason: "Again" });
  assert.equal(twice.status, 409);
  assert.match(twice.body.detail, /replacement RPL-\d+ was already sent/);
  const refund = await post(store, "/orders/ORD-3001/refund", { ...EMMA, reason: "Lost" });
  assert.equal(refund.status, 409);
  assert.match(
    refund.body.detail,
    /^Cannot refund order ORD-3001: replacement RPL-\d+ was already/,
  );
});

Deno.test("a refunded lost parcel is not replaced as well", async () => {
  const store = testStore();
  const refund = await post(store, "/orders/ORD-3001/refund", { ...EMMA, reason: "Lost" });
  assert.equal(refund.status, 200, JSON.stringify(refund.body));
  const r = await post(store, "/orders/ORD-3001/replacement", { ...EMMA, reason: "Lost" });
  assert.equal(r.status, 409);
  assert.equal(r.body.code ?? r.body.type?.split("/").pop(), "already_refunded");
});

Deno.test("a damaged delivery is replaced; an undamaged or moving one is not", async () => {
  const store = testStore();
  const damaged = await post(store, "/orders/ORD-3002/replacement", {
    ...EMMA,
    reason: "Arrived damaged",
  });
  assert.equal(damaged.status, 200, JSON.stringify(damaged.body));
  assert.equal(damaged.body.replacement.issue, "damaged");
  const fine = await post(store, "/orders/ORD-1002/replacement", { ...SARAH, reason: "Broken" });
  assert.equal(fine.status, 409);
  assert.match(
    fine.body.detail,
    /replaced only when it arrived damaged, wrong or incomplete; return it instead/,
  );
  // The customer's report of damage is the report the rule needs.
  const reported = await post(store, "/orders/ORD-1002/replacement", {
    ...SARAH,
    reason: "The frother arrived cracked",
    reported_issue: "damaged",
  });
  assert.equal(reported.status, 200, JSON.stringify(reported.body));
  const moving = await post(store, "/orders/ORD-1001/replacement", { ...SARAH, reason: "Late" });
  assert.equal(moving.status, 409);
  assert.match(moving.body.detail, /still on its way/);
  const early = await post(store, "/orders/ORD-1003/replacement", { ...SARAH, reason: "x" });
  assert.match(early.body.detail, /has not shipped yet/);
});

Deno.test("a delivery with the wrong or missing items is replaced, and the store records what was reported", async () => {
  const store = testStore();
  const wrong = await post(store, "/orders/ORD-1002/replacement", {
    ...SARAH,
    reason: "Wrong or missing item",
    reported_issue: "wrong_item",
  });
  assert.equal(wrong.status, 200, JSON.stringify(wrong.body));
  assert.equal(wrong.body.replacement.issue, "wrong_item");
  assert.equal(wrong.body.order.reported_issue, "wrong_item");
  // Once: a second replacement of the same order is refused.
  const again = await post(store, "/orders/ORD-1002/replacement", {
    ...SARAH,
    reason: "Wrong or missing item",
    reported_issue: "missing_item",
  });
  assert.equal(again.status, 409);
});

Deno.test("nobody gets a replacement of another customer's order", async () => {
  const store = testStore();
  const r = await post(store, "/orders/ORD-3001/replacement", { ...SARAH, reason: "Mine now" });
  assert.equal(r.status, 403);
});

Deno.test("only the item that came wrong is sent again; an item of no line is refused", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1002/replacement", {
    ...SARAH,
    reason: "Wrong or missing item",
    reported_issue: "wrong_item",
    items: [{ sku: "KIT-110", quantity: 1 }],
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.replacement.items, [{ sku: "KIT-110", quantity: 1 }]);
  const other = testStore();
  const wrong = await post(other, "/orders/ORD-1002/replacement", {
    ...SARAH,
    reason: "Wrong or missing item",
    reported_issue: "wrong_item",
    items: [{ sku: "AUD-101", quantity: 1 }],
  });
  assert.equal(wrong.status, 422);
  assert.match(wrong.body.detail, /has no item AUD-101/);
});
