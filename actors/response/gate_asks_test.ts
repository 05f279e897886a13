import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("'refund status?' with no refund anywhere asks which order, and notes the question", async () => {
  const msg = turnWith({
    text: "refund status?",
    who: "mike",
    intent: intentOf("refund_status", "refund status?"),
    decision: "answer",
    context: castContext("mike"),
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  const e = r.enrichment!;
  assert.match(e.text, /don't see a refund on any of your orders/);
  assert.equal(e.asks?.slot, "order");
  assert.equal(e.asks?.intent, "refund_status");
  assert.deepEqual([...(e.asks?.orders ?? [])].sort(), ["ORD-2001", "ORD-2002"]);
});
