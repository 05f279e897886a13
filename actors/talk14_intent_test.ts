import assert from "node:assert/strict";
import { createMessage, type SessionInfo } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { INTENT_DEADLINE_MS, intentActor } from "./intent.ts";
import { sharedIntentClassifier } from "./nlu/intent_model.ts";

const now = new Date("2026-11-25T15:30:00Z");
const classifier = sharedIntentClassifier();

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({ text, conversationId: "c1", channel: "test", session, now });
  const ctx = {
    signal: AbortSignal.timeout(INTENT_DEADLINE_MS),
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  return (await intentActor.process(msg, { llm: null, classifier }, ctx)).enrichment!;
}

Deno.test("a second request adding an item to an order is a change of it, as it would be alone", async () => {
  const r = await read("it still hasn't come. Also can I add another water bottle to order 1003?");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["delivery_problem", "modify_order"]);
});

Deno.test("an email's quote of our reply asks nothing; its order is the one meant", async () => {
  const r = await read(
    "Hi,\n\n> Order ORD-1001 (Noise-Cancelling Headphones) shipped on December 5 with UPS.\n\n" +
      "Thanks, but it still hasn't come and the tracking says Dallas. Can you check again?" +
      "\n\nBest,\nSarah",
  );
  assert.equal(r.intent, "delivery_problem");
  assert.deepEqual(r.entities.order_ids, ["ORD-1001"]);
  assert.ok(!r.requests?.some((q) => q.intent === "product_question"));
  assert.ok(!(r.entities.item_refs ?? []).some((i) => /headphones/i.test(i.text)));
});
