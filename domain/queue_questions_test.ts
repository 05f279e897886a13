import assert from "node:assert/strict";
import { normalised, queueQuestion } from "./queue_questions.ts";

Deno.test("questions about the wait are read in many phrasings", () => {
  for (
    const text of [
      "how long",
      "How long?",
      "so how long now??",
      "hw lng",
      "how long do i have to wait",
      "how long will it take for someone to answer",
      "how much longer",
      "How many more minutes?",
      "when will someone answer me",
      "when will an agent be available",
      "when is the manager going to reply",
      "wen will u reply",
      "how soon can someone help",
      "what's my place in the queue",
      "where am i in the queue",
      "how many people are ahead of me",
      "whats the wait time",
      "still waiting here...",
      "how long until someone looks at my order",
    ]
  ) {
    assert.equal(queueQuestion(text), "wait", text);
  }
});

Deno.test("asking whether anybody is there or coming is read as such", () => {
  for (
    const text of [
      "is someone coming",
      "is some1 coming",
      "is sum1 coming??",
      "is any1 there",
      "anyone there?",
      "hello?? anyone there",
      "helo?",
      "anyone??",
      "is anybody even going to answer",
      "are you still there",
      "r u there",
      "did you forget about me",
      "am i still in the queue",
      "nobody is answering",
      "is the agent on the way?",
      "any news",
      "any update?",
    ]
  ) {
    assert.equal(queueQuestion(text), "presence", text);
  }
});

Deno.test("questions about an order, a parcel or anything else are not queue questions", () => {
  for (
    const text of [
      "how long will ORD-1001 take",
      "how long does shipping take",
      "when will my order arrive",
      "when will you ship my keyboard",
      "and ORD-2002 whats up with that",
      "how long is the warranty",
      "how long do I have to return it",
      "where is my parcel",
      "thanks",
      "ok",
      "I'd like a refund",
      "how long until i see the money",
      "when will the funds be back",
      "how long till the replacement comes",
    ]
  ) {
    assert.equal(queueQuestion(text), null, text);
  }
});

Deno.test("chat spellings are written out before reading", () => {
  assert.equal(normalised("R U there? is some1 comin"), "are you there? is someone coming");
});

Deno.test("Talk23: what the person will see is a question about the queue", () => {
  for (
    const t of [
      "what will the agent see?",
      "will they see my messages?",
      "do i have to explain everything again??",
      "will the person have my order details",
      "do I need to repeat myself",
    ]
  ) assert.equal(queueQuestion(t), "sees", t);
  assert.equal(queueQuestion("will my order arrive today"), null);
});
