import assert from "node:assert/strict";
import { answerPolicyQuestion, questionParts } from "./policy_questions.ts";

Deno.test("a message's questions are split where a second one starts", () => {
  assert.deepEqual(questionParts("whats the warranty and do you price match"), [
    "whats the warranty",
    "do you price match",
  ]);
  assert.deepEqual(questionParts("does the warranty cover drops? also do u ship to canada"), [
    "does the warranty cover drops",
    "also do u ship to canada",
  ]);
  // "And" inside one question is no second one.
  assert.deepEqual(questionParts("can i return shoes and bottles?"), [
    "can i return shoes and bottles?",
  ]);
});

Deno.test("two rules asked in one message are both answered, in the order asked", () => {
  const a = answerPolicyQuestion("whats the warranty and do you price match");
  assert.equal(a?.paragraphs.length, 2);
  assert.match(a!.paragraphs[0], /warranty against defects/);
  assert.match(a!.paragraphs[1], /^No — we don't match other stores' prices/);
  const b = answerPolicyQuestion("do you deliver on weekends and is shipping per order?");
  assert.match(b!.paragraphs.join(" "), /don't deliver at weekends[\s\S]*once per order/);
  const c = answerPolicyQuestion("can i return sale items and how long do refunds take");
  assert.match(c!.paragraphs.join(" "), /sale can be returned[\s\S]*5 business days/);
});
