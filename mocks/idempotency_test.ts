import assert from "node:assert/strict";
import { post, testStore } from "../tests/helpers/store_rig.ts";

Deno.test("concurrent duplicates with one Idempotency-Key make exactly one change", async () => {
  const store = testStore();
  const body = { customer_id: "CUST-0001", reason: "Faulty" };
  const answers = await Promise.all(
    Array.from(
      { length: 12 },
      () => post(store, "/orders/ORD-1002/refund", body, { key: "dup-1" }),
    ),
  );
  assert.equal(store.ledger().length, 1);
  assert.equal(store.ledger()[0].idempotency_key, "dup-1");
  for (const a of answers) {
    assert.equal(a.status, 200);
    assert.deepEqual(a.body, answers[0].body);
  }
  assert.equal(answers.filter((a) => a.headers.get("idempotent-replayed") === "true").length, 11);
  const order = store.state.order("ORD-1002");
  assert.equal(order.refunds.length, 1);
});

Deno.test("a repeated key returns the first answer, a refusal included, and changes nothing", async () => {
  const store = testStore();
  const first = await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0001" }, {
    key: "k-cancel",
  });
  const again = await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0001" }, {
    key: "k-cancel",
  });
  assert.equal(first.status, 200);
  assert.deepEqual(again.body, first.body);
  assert.equal(store.ledger().length, 1);

  const refused = await post(store, "/orders/ORD-1001/cancel", { customer_id: "CUST-0001" }, {
    key: "k-refused",
  });
  const replay = await post(store, "/orders/ORD-1001/cancel", { customer_id: "CUST-0001" }, {
    key: "k-refused",
  });
  assert.equal(refused.status, 409);
  assert.equal(replay.status, 409);
  assert.deepEqual(replay.body, refused.body);
  assert.equal(replay.headers.get("content-type"), "application/problem+json");
});

Deno.test("a change without an Idempotency-Key is a 400 problem", async () => {
  const store = testStore();
  const res = await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0001" }, {
    key: null,
  });
  assert.equal(res.status, 400);
  assert.equal(res.body.code, "idempotency_key_required");
  assert.match(res.body.detail, /needs an Idempotency-Key header/);
  assert.equal(store.ledger().length, 0);
});

Deno.test("reusing a key for a different request is refused", async () => {
  const store = testStore();
  await post(store, "/orders/ORD-1003/notes", { customer_id: "CUST-0001", text: "a" }, {
    key: "k",
  });
  const other = await post(
    store,
    "/orders/ORD-1003/notes",
    { customer_id: "CUST-0001", text: "b" },
    {
      key: "k",
    },
  );
  assert.equal(other.status, 422);
  assert.equal(
    other.body.detail,
    "Cannot accept POST /orders/ORD-1003/notes: Idempotency-Key k was first used for a different request",
  );
  // The same body with its keys in another order is the same request.
  const same = await post(
    store,
    "/orders/ORD-1003/notes",
    { text: "a", customer_id: "CUST-0001" },
    {
      key: "k",
    },
  );
  assert.equal(same.status, 200);
  assert.equal(store.ledger().length, 1);
});

Deno.test("a request failed by an injected fault can be retried with the same key", async () => {
  const store = testStore({ faults: { orders: { error_rate: 1 } } });
  const body = { customer_id: "CUST-0001" };
  const failed = await post(store, "/orders/ORD-1003/cancel", body, { key: "retry-me" });
  assert.equal(failed.status, 503);
  store.faults.update({ orders: { error_rate: 0 } });
  const ok = await post(store, "/orders/ORD-1003/cancel", body, { key: "retry-me" });
  assert.equal(ok.status, 200);
  assert.equal(store.ledger().length, 1);
});
