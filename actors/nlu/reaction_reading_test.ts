import assert from "node:assert/strict";
import { reactionAfterNews } from "./reaction_reading.ts";
import { bareReaction } from "../../domain/reaction.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

Deno.test("a bare reaction is told from thanks that close a turn and from a question", () => {
  for (const t of ["wow thanks a lot", "oh wonderful. just wonderful.", "great, just great 🙄"]) {
    assert.equal(bareReaction(t), true, t);
  }
  for (const t of ["thanks", "ok thanks", "thank you", "great, where is my other order"]) {
    assert.equal(bareReaction(t), false, t);
  }
});

Deno.test("a reaction right after news of an order is about that order", () => {
  const after = {
    topic: "order_status" as const,
    focus: { order_id: "ORD-2001", why: "product" as const },
  };
  const r = reactionAfterNews(intentOf("small_talk", "wow thanks a lot"), "wow thanks a lot", {
    dialogue: after,
    pendingChange: false,
    lastIntent: "order_status",
  });
  assert.equal(r.intent, "delivery_problem");
  // After a yes that carried a change out, "great" is thanks for it.
  const afterYes = reactionAfterNews(intentOf("small_talk", "great"), "great", {
    dialogue: after,
    pendingChange: false,
    lastIntent: "affirm",
  });
  assert.equal(afterYes.intent, "small_talk");
  assert.deepEqual(r.entities.order_ids, ["ORD-2001"]);
  // "Perfect" may be the yes to a change that waits; with no order's news before, thanks.
  const waiting = reactionAfterNews(intentOf("affirm", "perfect"), "perfect", {
    dialogue: after,
    pendingChange: true,
    lastIntent: "order_status",
  });
  assert.equal(waiting.intent, "affirm");
  const noNews = reactionAfterNews(intentOf("small_talk", "wow thanks a lot"), "wow thanks a lot", {
    dialogue: { topic: "policy_question", focus: null },
    pendingChange: false,
    lastIntent: "policy_question",
  });
  assert.equal(noNews.intent, "small_talk");
});
