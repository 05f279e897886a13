/**
 * The context's order look-up in one store call: the order with its parcel's tracking
 * while the tracking service's breaker is closed, two calls otherwise or from a store that
 * does not include the tracking.
 */
import assert from "node:assert/strict";
import { contextActor, type ContextDeps, type ContextStore } from "./context.ts";

/** The store the context actor takes: orders, customers, tracking and the catalogue. */
type Store = ContextDeps["store"];
import { type Rig, startRig, turn } from "../tests/helpers/context_rig.ts";
import type { ContextEnrichment } from "../shared/protocol.ts";

/** The rig's client, counting the calls of each method. */
function counting(store: Store, over: Partial<ContextStore> = {}) {
  const calls: Record<string, number> = {};
  const counted = new Proxy(store, {
    get(target, name: string) {
      const fn = (over as Record<string, unknown>)[name] ??
        (target as unknown as Record<string, unknown>)[name];
      if (typeof fn !== "function") return fn;
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        return fn.apply(over[name as keyof ContextStore] ? over : target, args);
      };
    },
  });
  return { store: counted, calls };
}

async function lookUp(rig: Rig, store: Store): Promise<ContextEnrichment> {
  const r = await contextActor.process(
    turn({ entities: { order_ids: ["ORD-1001"] } }),
    { store, cache: rig.kv, breakers: rig.breakers, ttlMs: 60_000, timeoutMs: 1500 },
    rig.ctx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("context asks the store once for an order and its tracking", async () => {
  await using rig = await startRig();
  const { store, calls } = counting(rig.client);
  const c = await lookUp(rig, store);
  assert.equal(c.order?.id, "ORD-1001");
  assert.equal(c.tracking?.number, "TRK8800001001");
  assert.equal(c.tracking?.last_event?.location, "Dallas, TX");
  assert.equal(calls.getOrderWithTracking, 1);
  assert.equal(calls.getTracking, undefined, "no second call for the tracking");
  assert.equal(calls.getOrder, undefined);
});

Deno.test("context notes a failed tracking part and counts it on the tracking breaker", async () => {
  await using rig = await startRig();
  await rig.faults({ tracking: { error_rate: 1 } });
  const c = await lookUp(rig, rig.client);
  assert.equal(c.order?.id, "ORD-1001");
  assert.equal(c.tracking, null);
  assert.match(c.notes.join(" "), /tracking service unavailable \(tracking\): .*injected fault/);
  assert.equal(rig.breakers.get("tracking").snapshot().consecutive_failures, 1);
  assert.equal(rig.breakers.get("orders").snapshot().consecutive_failures, 0);
});

Deno.test("context calls the tracking apart from a store that does not include it", async () => {
  await using rig = await startRig();
  const { store, calls } = counting(rig.client, {
    // An older store ignores `include`: the plain order comes back.
    getOrderWithTracking: (id, o) => rig.client.getOrder(id, o),
  });
  const c = await lookUp(rig, store);
  assert.equal(c.tracking?.number, "TRK8800001001");
  assert.equal(calls.getOrderWithTracking, 1);
  assert.equal(calls.getTracking, 1);
});

Deno.test("context asks for the order alone while the tracking breaker is open", async () => {
  await using rig = await startRig({ breakers: { failureThreshold: 1, coolDownMs: 60_000 } });
  rig.breakers.get("tracking").recordFailure();
  assert.equal(rig.breakers.get("tracking").state(), "open");
  const { store, calls } = counting(rig.client);
  const c = await lookUp(rig, store);
  assert.equal(c.order?.id, "ORD-1001");
  assert.equal(c.tracking, null);
  assert.match(c.notes.join(" "), /tracking service unavailable/);
  assert.equal(calls.getOrder, 1);
  assert.equal(calls.getOrderWithTracking, undefined);
});
