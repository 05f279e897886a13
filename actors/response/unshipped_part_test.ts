import assert from "node:assert/strict";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { castContext, entitiesIn, FIXTURE_NOW, intentOf } from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const proposed = (r: ResponseEnrichment) =>
  r.proposed_actions.filter((a) => a.requires_confirmation)
    .map((a) => ({ type: a.type, order: a.order_id, params: a.params }));

const BOTTLES = { text: "the water bottles", name: "water bottles", sku: null };

function returnOf(text: string, refs = [BOTTLES], orderPatch = {}) {
  return reply({
    text,
    who: "sarah",
    intent: intentOf("return_item", text, { entities: entitiesIn(text, { item_refs: refs }) }),
    context: castContext("sarah", { order: "ORD-1003", orderPatch }),
    decision: "act",
  });
}

Deno.test("'return one of the two bottles' before shipping takes one bottle off, not the order", async () => {
  const r = await returnOf("I want to return one of the two water bottles from 1003");
  assert.deepEqual(proposed(r), [{
    type: "modify_items",
    order: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity: 1, name: "Insulated Water Bottle" }] },
  }]);
  assert.match(r.text, /one of the 2 Insulated Water Bottles/);
  assert.doesNotMatch(r.text, /cancel order/i);
});

Deno.test("'send back just the bottles' before shipping takes that line off; the shoes stay", async () => {
  const r = await returnOf("can i send back just the bottles from ORD-1003?");
  assert.deepEqual(proposed(r).map((p) => p.params), [{
    items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
  }]);
});

Deno.test("a return of the whole unshipped order is still offered its cancellation", async () => {
  const r = await returnOf("return ORD-1003", []);
  assert.deepEqual(proposed(r).map((p) => p.type), ["cancel_order"]);
});

Deno.test("'return one of the two bottles' once delivered returns one unit of that line", async () => {
  const at = new Date(FIXTURE_NOW.getTime() - 3 * 86_400_000).toISOString();
  const r = await returnOf("I want to return one of the two water bottles", [BOTTLES], {
    status: "delivered",
    shipped_at: at,
    delivered_at: at,
  });
  const p = proposed(r);
  assert.equal(p[0]?.type, "return_item");
  assert.deepEqual(p[0].params.items, [{ sku: "OUT-102", quantity: 1 }]);
  assert.match(r.text, /the Insulated Water Bottle from order ORD-1003/);
});

Deno.test("'retrun one of the 2 bottles on 1003' (no reference of its own) is one bottle off", async () => {
  const r = await returnOf("can i retrun one of the 2 bottles on 1003 pls", []);
  assert.deepEqual(proposed(r).map((p) => p.params), [{
    items: [{ sku: "OUT-102", quantity: 1, name: "Insulated Water Bottle" }],
  }]);
});
