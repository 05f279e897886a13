/**
 * Order numbers in every form a customer writes them reach the order: the intent actor's
 * entities, then the context actor against the demo store (sarah has ORD-1001…1003).
 */
import assert from "node:assert/strict";
import { contextActor } from "../context.ts";
import { intentActor } from "../intent.ts";
import type { ContextEnrichment } from "../../shared/protocol.ts";
import { type Rig, startRig, turn } from "../../tests/helpers/context_rig.ts";

async function contextOf(
  rig: Rig,
  text: string,
  o: { lastOrderId?: string } = {},
): Promise<ContextEnrichment> {
  const msg = turn({ text, lastOrderId: o.lastOrderId ?? null });
  const intent = (await intentActor.process(msg, { llm: null }, rig.ctx())).enrichment!;
  const withIntent = { ...msg, payload: { ...msg.payload, intent } };
  const deps = {
    store: rig.client,
    cache: rig.kv,
    breakers: rig.breakers,
    ttlMs: 60_000,
    timeoutMs: 1500,
  };
  return (await contextActor.process(withIntent, deps, rig.ctx())).enrichment!;
}

Deno.test("1001, #1001, order 1001, ord1001 and ORD 1001 all find the customer's ORD-1001", async () => {
  await using rig = await startRig();
  for (
    const text of [
      "where is 1001?",
      "where is #1001?",
      "where is order 1001?",
      "where is ord1001?",
      "where is ORD 1001?",
      "where is ORD-1001?",
    ]
  ) {
    const c = await contextOf(rig, text);
    assert.equal(c.order_lookup, "found", text);
    assert.equal(c.order?.id, "ORD-1001", text);
  }
});

Deno.test("a number alone that is none of the customer's orders names no order; written as an order it is refused", async () => {
  await using rig = await startRig();
  // ORD-2001 is mike's: a bare 2001 is just a number to sarah, "#2001" asks for someone else's order.
  const bare = await contextOf(rig, "is 2001 on its way?");
  assert.notEqual(bare.order?.id, "ORD-2001");
  assert.notEqual(bare.order_lookup, "not_yours");
  const named = await contextOf(rig, "is #2001 on its way?");
  assert.equal(named.order_lookup, "not_yours");
  assert.equal(named.order, null);
});

Deno.test("a bare number of another of their orders outranks the order talked about before", async () => {
  await using rig = await startRig();
  const c = await contextOf(rig, "and is 1002 delivered?", { lastOrderId: "ORD-1001" });
  assert.equal(c.order?.id, "ORD-1002");
  const before = await contextOf(rig, "is it delivered?", { lastOrderId: "ORD-1001" });
  assert.equal(before.order?.id, "ORD-1001");
});
