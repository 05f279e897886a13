import assert from "node:assert/strict";
import type { ActionType } from "../../shared/protocol.ts";
import { type ConfirmationOptions, readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { YES_THEN_QUESTION, yesThenQuestion } from "./yes_then_question.ts";

const classifier = sharedIntentClassifier();

function reasonOf(text: string, type: ActionType = "cancel_order", order = "ORD-1003"): string {
  const opts: ConfirmationOptions & { read: typeof readReplyToPending } = {
    pending: { type, order_id: order },
    classify: (t) => classifier.classify(t),
    read: readReplyToPending,
  };
  return yesThenQuestion(readReplyToPending(text, opts), text, opts).reason;
}

Deno.test("a clear yes, then a question about another order or the shop, confirms the change", () => {
  for (
    const t of [
      "sounds good. also whats the status of 1001?",
      "yes please, and where is ORD-1001?",
      "yep go ahead! btw do u take paypal",
      "Yes, please go ahead. Also, could you tell me where order 1001 is?",
      "sure thing, where's 1001 at",
    ]
  ) assert.equal(reasonOf(t), YES_THEN_QUESTION, t);
});

Deno.test("a question about the waiting change or its order is no yes to it", () => {
  for (
    const t of [
      "yes. when will it arrive?",
      "yes, and when does 1003 ship?",
      "ok, where is 1001?",
      "yes but where is 1001?",
      "sounds good. how long does the refund take?",
      "yes, what does it cost?",
      "yes and can you also cancel 1001",
    ]
  ) assert.notEqual(reasonOf(t), YES_THEN_QUESTION, t);
  assert.notEqual(
    reasonOf("yes. how long will the refund take?", "refund", "ORD-3001"),
    YES_THEN_QUESTION,
  );
});

Deno.test("the longest opening that is a clear yes is the yes; a misspelt one is none", () => {
  assert.equal(
    reasonOf(
      "Yes, please go ahead. Also, could you tell me whether you accept PayPal for future orders?",
    ),
    YES_THEN_QUESTION,
  );
  assert.equal(reasonOf("yea go ahead. oh and wheres 1001 at"), YES_THEN_QUESTION);
  assert.notEqual(reasonOf("yea go ahed. oh and wheres 1001 at"), YES_THEN_QUESTION);
  assert.notEqual(reasonOf("yes, maybe, where is 1001?"), YES_THEN_QUESTION);
});
