import assert from "node:assert/strict";
import { contextActor, type ContextDeps } from "./context.ts";
import { type Rig, startRig, turn } from "../tests/helpers/context_rig.ts";
import { RetryableError } from "../shared/errors.ts";
import type { ContextEnrichment, Message } from "../shared/protocol.ts";
import type { BreakerOptions } from "../shared/circuit_breaker.ts";

function deps(rig: Rig, over: Partial<ContextDeps> = {}): ContextDeps {
  return {
    store: rig.client,
    cache: rig.kv,
    breakers: rig.breakers,
    ttlMs: 60_000,
    timeoutMs: 1500,
    ...over,
  };
}

async function run(
  rig: Rig,
  msg: Message,
  over?: Partial<ContextDeps>,
): Promise<ContextEnrichment> {
  const r = await contextActor.process(msg, deps(rig, over), rig.ctx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

async function withRig(fn: (rig: Rig) => Promise<void>, breakers?: BreakerOptions) {
  await using rig = await startRig({ breakers });
  await fn(rig);
}

Deno.test("context gives sarah her profile, orders newest first, and ORD-1001 with its tracking", () =>
  withRig(async (rig) => {
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-1001"] } }));
    assert.equal(c.guest, false);
    assert.equal(c.customer?.name, "Sarah Chen");
    assert.equal(c.customer?.tier, "gold");
    assert.deepEqual(c.orders.map((o) => o.id), ["ORD-1003", "ORD-1001", "ORD-1002"]);
    assert.equal(c.order_lookup, "found");
    assert.equal(c.order?.id, "ORD-1001");
    assert.equal(c.order?.status, "shipped");
    assert.equal(c.tracking?.number, "TRK8800001001");
    assert.equal(c.tracking?.carrier, "UPS");
    assert.equal(c.tracking?.last_event?.location, "Dallas, TX");
    assert.equal(c.tracking?.days_since_last_scan, 0);
    assert.ok(c.history.length >= 2);
    assert.equal(c.risk.level, "low");
    assert.match(c.summary, /Sarah Chen \(gold/);
    assert.match(c.summary, /ORD-1001/);
    assert.deepEqual(c.notes, []);
    assert.equal(c.cached, false);
    assert.ok(!JSON.stringify(c).includes("1420 Maple"), "no street address in the context");
  }));

Deno.test("context says not_yours for another customer's order and keeps nothing of it", () =>
  withRig(async (rig) => {
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-2001"] } }));
    assert.equal(c.order_lookup, "not_yours");
    assert.equal(c.order, null);
    assert.equal(c.tracking, null);
    const text = JSON.stringify(c);
    for (
      const leak of ["Mechanical Keyboard", "TRK8800002001", "FedEx", "Memphis", "Mike", "Austin"]
    ) {
      assert.ok(!text.includes(leak), `context leaks ${leak}`);
    }
  }));

Deno.test("context says not_yours for another customer's tracking number", () =>
  withRig(async (rig) => {
    const c = await run(rig, turn({ entities: { tracking_numbers: ["TRK8800003001"] } }));
    assert.equal(c.order_lookup, "not_yours");
    assert.equal(c.order, null);
    assert.equal(c.tracking, null);
    assert.ok(!JSON.stringify(c).includes("Robot Vacuum"));
  }));

Deno.test("context finds an order through its tracking number", () =>
  withRig(async (rig) => {
    const c = await run(rig, turn({ entities: { tracking_numbers: ["TRK8800001002"] } }));
    assert.equal(c.order_lookup, "found");
    assert.equal(c.order?.id, "ORD-1002");
    assert.equal(c.tracking?.status, "delivered");
  }));

Deno.test("context says not_found for an order that does not exist", () =>
  withRig(async (rig) => {
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-999999"] } }));
    assert.equal(c.order_lookup, "not_found");
    assert.equal(c.order, null);
    assert.match(c.summary, /ORD-999999, which does not exist/);
  }));

Deno.test("context falls back to the session's last order, then the pending action's", () =>
  withRig(async (rig) => {
    const a = await run(rig, turn({ lastOrderId: "ORD-1003", intent: "order_status" }));
    assert.equal(a.order?.id, "ORD-1003");
    assert.equal(a.tracking, null, "an unshipped order has no tracking");
    const chat = await run(rig, turn({ lastOrderId: "ORD-1003", intent: "other" }));
    assert.equal(chat.order, null, "a question off the subject is not about that order");
    const b = await run(
      rig,
      turn({
        intent: "affirm",
        pending: {
          id: "p1",
          action: {
            type: "cancel_order",
            order_id: "ORD-1002",
            params: {},
            requires_confirmation: true,
          },
          proposed_in: "m0",
          expires_at: new Date(Date.now() + 60_000).toISOString(),
          summary: "Cancel order ORD-1002",
        },
      }),
    );
    assert.equal(b.order?.id, "ORD-1002");
  }));

Deno.test("context picks the only open order for an order question, none when there are two", () =>
  withRig(async (rig) => {
    const emma = await run(rig, turn({ customerId: "CUST-0003", intent: "order_status" }));
    assert.equal(emma.order_lookup, "found");
    assert.equal(emma.order?.id, "ORD-3001");
    const ret = await run(rig, turn({ customerId: "CUST-0003", intent: "return_item" }));
    assert.equal(ret.order?.id, "ORD-3002", "a return is about the delivered order");
    const sarah = await run(rig, turn({ intent: "order_status" }));
    assert.equal(sarah.order_lookup, "none", "sarah has two open orders");
    assert.equal(sarah.order, null);
    const chat = await run(rig, turn({ customerId: "CUST-0003", intent: "small_talk" }));
    assert.equal(chat.order_lookup, "none");
  }));

Deno.test("context gives a guest no customer, no orders and does not look a named order up", () =>
  withRig(async (rig) => {
    let calls = 0;
    const counting = new Proxy(rig.client, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? (...a: unknown[]) => (calls++, v.apply(target, a)) : v;
      },
    });
    const c = await run(
      rig,
      turn({ customerId: null, entities: { order_ids: ["ORD-1001"] } }),
      { store: counting },
    );
    assert.equal(c.guest, true);
    assert.equal(c.customer, null);
    assert.deepEqual(c.orders, []);
    assert.equal(c.order, null);
    assert.equal(c.order_lookup, "none");
    assert.equal(calls, 0, "a guest's context calls nothing");
    assert.match(c.notes.join(" "), /ORD-1001 not looked up: guests cannot see orders/);
    assert.match(c.summary, /^Guest/);
  }));

Deno.test("context gives partial context with a note when the orders service fails", () =>
  withRig(async (rig) => {
    await rig.faults({ orders: { error_rate: 1 } });
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-1001"] } }));
    assert.equal(c.customer?.name, "Sarah Chen");
    assert.match(c.notes.join(" "), /orders service unavailable \(order\): /);
    // The customer's own orders list (customers service) still names ORD-1001.
    assert.equal(c.order?.id, "ORD-1001");
    assert.match(c.summary, /partial context/);
  }));

Deno.test("context gives partial context when tracking fails", () =>
  withRig(async (rig) => {
    await rig.faults({ tracking: { error_rate: 1 } });
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-1001"] } }));
    assert.equal(c.order?.id, "ORD-1001");
    assert.equal(c.tracking, null);
    assert.match(c.notes.join(" "), /tracking service unavailable/);
  }));

Deno.test("context retries the turn when the customer cannot be read and nothing is cached", () =>
  withRig(async (rig) => {
    await rig.faults({ customers: { error_rate: 1 } });
    await assert.rejects(
      contextActor.process(turn(), deps(rig), rig.ctx()) as Promise<unknown>,
      RetryableError,
    );
  }));

Deno.test("context opens the orders breaker after failures and the snapshot shows it", () =>
  withRig(async (rig) => {
    await rig.faults({ orders: { error_rate: 1 } });
    for (let i = 0; i < 3; i++) await run(rig, turn({ entities: { order_ids: ["ORD-1001"] } }));
    const snap = rig.breakers.snapshot();
    assert.equal(snap.orders.state, "open");
    assert.equal(snap.customers.state, "closed");
    const c = await run(rig, turn({ entities: { order_ids: ["ORD-1001"] } }));
    assert.match(c.notes.join(" "), /circuit open/);
    assert.ok(rig.breakers.snapshot().orders.rejected >= 1);
  }, { failureThreshold: 3 }));

Deno.test("context serves the customer part from the cache the second time", () =>
  withRig(async (rig) => {
    const first = await run(rig, turn());
    assert.equal(first.cached, false);
    assert.ok(await rig.kv.cacheGet("ctx:CUST-0001"));
    await rig.faults({ customers: { error_rate: 1 } });
    const second = await run(rig, turn());
    assert.equal(second.cached, true);
    assert.deepEqual(second.orders, first.orders);
    assert.equal(second.customer?.tier, "gold");
    await rig.kv.cacheDeletePrefix("ctx:CUST-0001");
    await assert.rejects(
      contextActor.process(turn(), deps(rig), rig.ctx()) as Promise<unknown>,
      RetryableError,
    );
  }));

Deno.test("context rates a customer with many complaints and refunds as risky", () =>
  withRig(async (rig) => {
    // Find a generated customer with many complaints (the seeded "risky" ones).
    let risky: ContextEnrichment | null = null;
    for (let i = 4; i <= 240 && !risky; i++) {
      const id = `CUST-${String(i).padStart(4, "0")}`;
      const c = await rig.client.getCustomer(id);
      if (c && c.stats.complaints >= 5) {
        risky = await run(rig, turn({ customerId: id, intent: "complaint" }));
      }
    }
    assert.ok(risky, "the seeded data has a risky customer");
    assert.equal(risky.risk.level, "high");
    assert.match(risky.risk.reasons.join(" "), /complaints on record/);
  }));

Deno.test("context marks emma, who complained days ago, as medium risk", () =>
  withRig(async (rig) => {
    const c = await run(
      rig,
      turn({ customerId: "CUST-0003", entities: { order_ids: ["ORD-3001"] } }),
    );
    assert.equal(c.customer?.tier, "vip");
    assert.equal(c.risk.level, "medium");
    assert.match(c.risk.reasons.join(" "), /complained 3 days ago/);
    assert.equal(c.tracking?.status, "lost");
    assert.equal(c.tracking?.days_since_last_scan, 9);
  }));
