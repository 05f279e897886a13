import assert from "node:assert/strict";
import { asksToCheckAgain, asksToCheckMeanwhile, checkAgain } from "./check_again.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

function reading(intent: Intent, orderIds: string[] = []): IntentEnrichment {
  const r = intentOf(intent, "", { confidence: 0.62, source: "classifier" });
  return { ...r, entities: { ...r.entities, order_ids: orderIds } };
}

Deno.test("asking to look again is told from other checks", () => {
  for (
    const t of [
      "can you check again",
      "could u double check pls",
      "please check again?",
      "hmm can you look again",
      "recheck it",
      "have another look please",
      "can you check once more",
    ]
  ) assert.ok(asksToCheckAgain(t), t);
  for (
    const t of [
      "can you check",
      "check my order",
      "can you check again if the monitor is in stock",
      "i checked again and it's still not there",
      "look at this",
    ]
  ) assert.ok(!asksToCheckAgain(t), t);
});

Deno.test("looking again carries the turn before's request and its order", () => {
  const r = checkAgain({
    text: "can you check again",
    reading: reading("other"),
    lastIntent: "payment_issue",
    lastOrderId: "ORD-2002",
  });
  assert.equal(r?.intent, "payment_issue");
  assert.deepEqual(r?.entities.order_ids, ["ORD-2002"]);
  assert.equal(r?.source, "conversation");
  assert.equal(r?.alternatives[0].intent, "other");
});

Deno.test("nothing to look at again after a chat or a policy answer", () => {
  for (const last of ["small_talk", "policy_question", "affirm"] as Intent[]) {
    assert.equal(
      checkAgain({
        text: "can you check again",
        reading: reading("other"),
        lastIntent: last,
        lastOrderId: null,
      }),
      null,
      last,
    );
  }
  assert.equal(
    checkAgain({
      text: "can you check again",
      reading: reading("other"),
      lastIntent: null,
      lastOrderId: null,
    }),
    null,
  );
});

Deno.test("'can you just check it for me first' after a person was asked for is the order's status", () => {
  for (
    const text of [
      "can you just check it for me first",
      "actually could you look it up for me in the meantime",
      "pls check on it while i wait",
    ]
  ) {
    assert.ok(asksToCheckMeanwhile(text), text);
    const r = checkAgain({
      text,
      reading: reading("other"),
      lastIntent: "human_agent",
      lastOrderId: "ORD-2001",
    });
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-2001"], text);
  }
  // No order talked of, or no person asked for: nothing carried.
  const base = { text: "can you just check it for me first", reading: reading("other") };
  assert.equal(checkAgain({ ...base, lastIntent: "human_agent", lastOrderId: null }), null);
  assert.equal(checkAgain({ ...base, lastIntent: "small_talk", lastOrderId: "ORD-2001" }), null);
  assert.ok(!asksToCheckMeanwhile("can you check it for me"));
});
