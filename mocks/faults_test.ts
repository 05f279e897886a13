import assert from "node:assert/strict";
import { get, post, testStore } from "../tests/helpers/store_rig.ts";

Deno.test("faults are off by default", async () => {
  const store = testStore();
  const faults = (await get(store, "/admin/faults")).body;
  for (const s of ["customers", "orders", "tracking", "products"]) {
    assert.deepEqual(faults[s], { latency_ms: 0, error_rate: 0 });
  }
});

Deno.test("latency set for one service delays its requests only", async () => {
  const store = testStore();
  const set = await store.app.request("/admin/faults", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orders: { latency_ms: 500 } }),
  });
  assert.equal(set.status, 200);
  assert.equal((await set.json()).orders.latency_ms, 500);
  let t = performance.now();
  assert.equal((await get(store, "/orders/ORD-1001")).status, 200);
  assert.ok(performance.now() - t >= 490, "orders are delayed");
  t = performance.now();
  await get(store, "/customers/CUST-0001");
  // A wide margin: on a loaded machine an undelayed request can still take tens of ms.
  assert.ok(performance.now() - t < 400, "customers are not");
});

Deno.test("the error rate fails about that share of requests with 503 problems", async () => {
  const store = testStore();
  store.faults.update({ tracking: { error_rate: 0.3 } });
  const n = 400;
  let failed = 0;
  for (let i = 0; i < n; i++) {
    const res = await store.app.request("/tracking/TRK8800001001");
    if (res.status === 503) {
      failed++;
      assert.equal(res.headers.get("content-type"), "application/problem+json");
      assert.equal(res.headers.get("retry-after"), "1");
      const p = await res.json();
      assert.match(p.detail, /the tracking service is unavailable \(injected fault\)$/);
    } else {
      assert.equal(res.status, 200);
      await res.body?.cancel();
    }
  }
  const rate = failed / n;
  assert.ok(rate > 0.2 && rate < 0.4, `rate ${rate}`);
  assert.equal((await get(store, "/orders/ORD-1001")).status, 200, "other services are fine");
});

Deno.test("faults set for all services at start apply everywhere but admin", async () => {
  const store = testStore({ faults: { all: { error_rate: 1 } } });
  for (
    const path of [
      "/customers/CUST-0001",
      "/orders/ORD-1001",
      "/tracking/TRK8800001001",
      "/products?q=mixer",
    ]
  ) {
    assert.equal((await get(store, path)).status, 503, path);
  }
  assert.equal((await get(store, "/health")).status, 200);
  assert.equal((await get(store, "/admin/ledger")).status, 200);
});

Deno.test("an invalid fault setting is a 400 problem", async () => {
  const store = testStore();
  const res = await store.app.request("/admin/faults", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orders: { error_rate: 2 } }),
  });
  assert.equal(res.status, 400);
  assert.equal(res.headers.get("content-type"), "application/problem+json");
  await res.body?.cancel();
});

Deno.test("reset restores the seeded data and clears ledger, keys and faults", async () => {
  const store = testStore();
  const seeded = await store.hash();
  await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0001" }, { key: "once" });
  await post(store, "/orders/ORD-1002/refund", { customer_id: "CUST-0001", reason: "x" });
  store.faults.update({ customers: { latency_ms: 5, error_rate: 0.5 } });
  assert.notEqual(await store.hash(), seeded);
  const ledger = (await get(store, "/admin/ledger")).body;
  assert.deepEqual(ledger.map((e: { action: string }) => e.action), ["cancel_order", "refund"]);
  assert.deepEqual(
    (await get(store, "/admin/ledger?action=refund")).body.map((e: { target: string }) => e.target),
    ["ORD-1002"],
  );

  const reset = await store.app.request("/admin/reset", { method: "POST" });
  assert.equal(reset.status, 200);
  assert.equal((await reset.json()).changes, 0);
  assert.equal(await store.hash(), seeded);
  assert.deepEqual((await get(store, "/admin/ledger")).body, []);
  assert.deepEqual((await get(store, "/admin/faults")).body.customers, {
    latency_ms: 0,
    error_rate: 0,
  });
  assert.equal((await get(store, "/orders/ORD-1003")).body.status, "processing");
  // The key was forgotten: the same key makes the change again.
  const again = await post(store, "/orders/ORD-1003/cancel", { customer_id: "CUST-0001" }, {
    key: "once",
  });
  assert.equal(again.headers.get("idempotent-replayed"), null);
  assert.equal(again.status, 200);
});

Deno.test("an injected random source decides which requests fail", async () => {
  const draws = [0.1, 0.9, 0.1, 0.9];
  const store = testStore({
    random: () => draws.shift() ?? 1,
    faults: { orders: { error_rate: 0.5 } },
  });
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await get(store, "/orders/ORD-1001")).status);
  assert.deepEqual(statuses, [503, 200, 503, 200]);
});
