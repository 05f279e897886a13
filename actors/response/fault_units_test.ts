import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const three = {
  items: [{ sku: "KIT-107", name: "Stand Mixer", quantity: 3, price: 349 }],
  total: 1047,
};

async function reply(text: string): Promise<ResponseEnrichment> {
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text),
    decision: "act",
    context: castContext("emma", { order: "ORD-3002", orderPatch: three }),
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("'one of the 3 mixers doesn't work' offers that one's refund, not all three", async () => {
  const r = await reply("one of the 3 stand mixers I got in ORD-3002 doesn't work");
  assert.deepEqual(r.proposed_actions.map((a) => a.type), ["refund"]);
  assert.equal(r.proposed_actions[0].params.amount, 349);
  assert.deepEqual(r.proposed_actions[0].params.items, [{ sku: "KIT-107", quantity: 1 }]);
  assert.match(r.text, /refund 349\.00 USD/);
});

Deno.test("a fault of the line, no count said, is the whole order's refund", async () => {
  const r = await reply("the stand mixer I got in ORD-3002 arrived broken");
  assert.deepEqual(r.proposed_actions.map((a) => a.type), ["refund"]);
  assert.equal(r.proposed_actions[0].params.amount, 1047);
  assert.equal(r.proposed_actions[0].params.items, undefined);
});
