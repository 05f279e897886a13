import assert from "node:assert/strict";
import { startStore } from "../mocks/server.ts";
import { DEFAULT_STAFF_TOKEN } from "../mocks/app.ts";
import { NOW } from "../tests/helpers/store_rig.ts";
import { PermanentError, RetryableError } from "./errors.ts";
import { StoreClient, StoreRefusal } from "./store_client.ts";

async function served(opts: Parameters<typeof startStore>[0] = {}) {
  const running = await startStore({ port: 0, clock: () => NOW, ...opts });
  const client = new StoreClient({
    baseUrl: running.url,
    timeoutMs: 2000,
    staffToken: DEFAULT_STAFF_TOKEN,
  });
  return { running, client, [Symbol.asyncDispose]: () => running.close() };
}

Deno.test("the client reads customers, orders, tracking, history and products", async () => {
  await using s = await served();
  const { client } = s;
  const sarah = await client.getCustomerByEmail("sarah.chen@example.com");
  assert.equal(sarah?.id, "CUST-0001");
  assert.equal(sarah?.tier, "gold");
  assert.equal((await client.getCustomer("CUST-0002"))?.name, "Mike Johnson");
  const orders = await client.listOrders("CUST-0001");
  assert.deepEqual(orders?.map((o) => o.id).sort(), ["ORD-1001", "ORD-1002", "ORD-1003"]);
  const order = await client.getOrder("ORD-1001", { customerId: "CUST-0001" });
  assert.equal(order?.status, "shipped");
  const parcel = await client.getTracking(order!.tracking_number!);
  assert.equal(parcel?.status, "in_transit");
  assert.ok((await client.getHistory("CUST-0003"))!.length >= 2);
  assert.ok((await client.searchProducts("espresso")).some((p) => p.name === "Espresso Machine"));
  assert.equal((await client.getProduct("KIT-101"))?.name, "Espresso Machine");
  assert.equal((await client.getInvoice("ORD-1002"))?.order_id, "ORD-1002");
  assert.equal((await client.getRefundStatus("ORD-1002"))?.refunds.length, 0);
  assert.equal((await client.getCredits("CUST-0003"))?.limit_30d, 100);
});

Deno.test("the client returns null for unknown ids on look-ups", async () => {
  await using s = await served();
  assert.equal(await s.client.getCustomerByEmail("nobody@example.com"), null);
  assert.equal(await s.client.getCustomer("CUST-9999"), null);
  assert.equal(await s.client.getOrder("ORD-424242"), null);
  assert.equal(await s.client.getTracking("TRK0000000000"), null);
  assert.equal(await s.client.listOrders("CUST-9999"), null);
});

Deno.test("the client makes changes and a repeated key returns the same outcome", async () => {
  await using s = await served();
  const first = await s.client.cancelOrder("ORD-1003", {
    customerId: "CUST-0001",
    idempotencyKey: "msg-1:cancel",
    reason: "Changed my mind",
  });
  assert.equal(first.order?.status, "cancelled");
  const again = await s.client.cancelOrder("ORD-1003", {
    customerId: "CUST-0001",
    idempotencyKey: "msg-1:cancel",
    reason: "Changed my mind",
  });
  assert.equal(again.ledger_id, first.ledger_id);
  assert.equal(s.running.store.ledger().length, 1);

  const fee = await s.client.expediteOrder("ORD-2001", {
    customerId: "CUST-0002",
    idempotencyKey: "msg-2:expedite",
  });
  assert.equal(fee.fee?.amount, 9.99);
  const credit = await s.client.goodwillCredit({
    customerId: "CUST-0003",
    idempotencyKey: "msg-3:credit",
    amount: 25,
    reason: "Lost parcel",
    order_id: "ORD-3001",
  });
  assert.equal(credit.credit?.amount, 25);
  const trace = await s.client.investigation("TRK8800003001", {
    customerId: "CUST-0003",
    idempotencyKey: "msg-3:trace",
  });
  assert.equal(trace.investigation?.status, "open");
  const tier = await s.client.changeTier({
    customerId: "CUST-0002",
    idempotencyKey: "staff:tier",
    tier: "silver",
  });
  assert.equal(tier.customer?.tier, "silver");
});

Deno.test("a refused change is a permanent StoreRefusal with the rule", async () => {
  await using s = await served();
  const err = await s.client
    .cancelOrder("ORD-1001", { customerId: "CUST-0001", idempotencyKey: "k1" })
    .then(() => null, (e) => e);
  assert.ok(err instanceof StoreRefusal);
  assert.ok(err instanceof PermanentError);
  assert.equal(err.status, 409);
  assert.equal(err.code, "already_shipped");
  assert.equal(err.detail, "Cannot cancel order ORD-1001: it has already shipped");
  assert.equal(err.message, err.detail);

  const notYours = await s.client.getOrder("ORD-1001", { customerId: "CUST-0002" }).catch((e) => e);
  assert.ok(notYours instanceof StoreRefusal);
  assert.equal(notYours.status, 403);

  const missing = await s.client
    .refund("ORD-999999", { customerId: "CUST-0001", idempotencyKey: "k2", reason: "x" })
    .catch((e) => e);
  assert.ok(missing instanceof StoreRefusal);
  assert.equal(missing.status, 404);
});

Deno.test("a 503 from the store is retryable with its Retry-After", async () => {
  await using s = await served({ faults: { orders: { error_rate: 1 } } });
  const err = await s.client.getOrder("ORD-1001").catch((e) => e);
  assert.ok(err instanceof RetryableError);
  assert.equal(err.retryAfterMs, 1000);
  assert.match(err.message, /^Cannot GET \/orders\/ORD-1001: .*unavailable \(injected fault\)$/);
});

Deno.test("a slow store is a retryable timeout", async () => {
  await using s = await served({ faults: { customers: { latency_ms: 400 } } });
  const client = new StoreClient({ baseUrl: s.running.url, timeoutMs: 60 });
  const err = await client.getCustomer("CUST-0001").catch((e) => e);
  assert.ok(err instanceof RetryableError);
  assert.equal(
    err.message,
    "Cannot GET /customers/CUST-0001: the store did not answer within 60 ms",
  );
});

Deno.test("the caller's abort is passed on as it is, not as a store failure", async () => {
  await using s = await served({ faults: { customers: { latency_ms: 300 } } });
  const ctl = new AbortController();
  const pending = s.client.getCustomer("CUST-0001", { signal: ctl.signal });
  setTimeout(() => ctl.abort(new Error("turn cancelled")), 20);
  const err = await pending.catch((e) => e);
  assert.ok(!(err instanceof RetryableError));
  assert.equal(err.message, "turn cancelled");
});

Deno.test("an unreachable store is retryable", async () => {
  const running = await startStore({ port: 0, clock: () => NOW });
  const url = running.url;
  await running.close();
  const client = new StoreClient({ baseUrl: url, timeoutMs: 1000 });
  const err = await client.getCustomer("CUST-0001").catch((e) => e);
  assert.ok(err instanceof RetryableError);
  assert.equal(err.message, "Cannot GET /customers/CUST-0001: the store cannot be reached");
});

Deno.test("an answer that breaks the schema is a permanent error", async () => {
  const fake: typeof fetch = () =>
    Promise.resolve(new Response(JSON.stringify({ id: "CUST-1" }), { status: 200 }));
  const client = new StoreClient({ baseUrl: "http://store.invalid", fetch: fake });
  const err = await client.getCustomer("CUST-1").catch((e) => e);
  assert.ok(err instanceof PermanentError);
  assert.match(err.message, /^Cannot read GET \/customers\/CUST-1: unexpected answer/);
});

Deno.test("the client drives the demo store's operations: health, faults, ledger, reset", async () => {
  await using s = await served();
  const { client } = s;
  assert.equal((await client.health()).status, "ok");
  await client.orderNote("ORD-1001", { customerId: "CUST-0001", idempotencyKey: "n1", text: "Hi" });
  const ledger = await client.ledger({ action: "order_note" });
  assert.deepEqual(ledger.map((e) => [e.target, e.idempotency_key, e.customer_id]), [
    ["ORD-1001", "n1", "CUST-0001"],
  ]);
  const faults = await client.setFaults({ products: { error_rate: 1 } });
  assert.equal(faults.products.error_rate, 1);
  await assert.rejects(client.searchProducts("mixer"), RetryableError);
  await client.reset();
  assert.deepEqual(await client.ledger(), []);
  assert.ok((await client.searchProducts("mixer")).length > 0);
});
