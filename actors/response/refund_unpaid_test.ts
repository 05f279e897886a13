import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a refund asked for an order cancelled before it was paid: nothing was charged", async () => {
  const msg = turnWith({
    text: "refund?",
    who: "mike",
    intent: intentOf("refund_status", "refund? ORD-2002"),
    context: castContext("mike", { order: "ORD-2002", orderPatch: { status: "cancelled" } }),
  });
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  const r = (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
  assert.match(r.text, /never paid, so nothing was charged/);
  assert.doesNotMatch(r.text, /If you'd like one/);
});
