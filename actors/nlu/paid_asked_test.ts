import assert from "node:assert/strict";
import { intentActor } from "../intent.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { createMessage } from "../../shared/protocol.ts";
import { fixtureCtx } from "../../tests/fixtures/turns.ts";

const deps = { llm: null, classifier: sharedIntentClassifier() };

async function read(text: string) {
  const msg = createMessage({
    text,
    conversationId: "c",
    channel: "test",
    session: { session_id: "s", customer_id: "CUST-1" },
    now: new Date("2026-12-01T10:00:00Z"),
  });
  return (await intentActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("what they paid for their order is an order question, a product's price is not", async () => {
  for (
    const text of [
      "how much did I pay for the espresso machine",
      "what did I pay for ORD-1002?",
      "how much was my order",
    ]
  ) {
    assert.equal((await read(text)).intent, "order_status", text);
  }
  assert.equal((await read("do you take paypal?")).intent, "payment_methods");
  assert.notEqual((await read("how much is the espresso machine")).intent, "order_status");
});
