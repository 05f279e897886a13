import assert from "node:assert/strict";
import { withoutLeadIn } from "./lead_in.ts";
import { announced } from "../../domain/opener.ts";

Deno.test("a leading 'sure, but first' is left out of what is asked", () => {
  assert.equal(
    withoutLeadIn("sure, but first, how long do refunds take?"),
    "how long do refunds take?",
  );
  assert.equal(withoutLeadIn("ok but before that, where is ORD-1001"), "where is ORD-1001");
  assert.equal(
    withoutLeadIn("yes, quick question: do you ship to canada"),
    "do you ship to canada",
  );
  // Nothing after it, or no lead-in: the message as it is.
  assert.equal(withoutLeadIn("sure, but first"), "sure, but first");
  assert.equal(withoutLeadIn("sure, cancel it"), "sure, cancel it");
  assert.equal(withoutLeadIn("first, where is my order"), "first, where is my order");
});

Deno.test("a nod and a joining word before a question of its own are left out", () => {
  assert.equal(withoutLeadIn("ok and how much was my order"), "how much was my order");
  assert.equal(withoutLeadIn("thanks, so can I return it?"), "can I return it?");
  assert.equal(withoutLeadIn("cool but when will it ship"), "when will it ship");
  // A rest that only names something asks the same again: the follow-up readers read it.
  assert.equal(withoutLeadIn("ok and the other one?"), "ok and the other one?");
  assert.equal(withoutLeadIn("ok and 1003?"), "ok and 1003?");
  // Too little after it.
  assert.equal(withoutLeadIn("ok and why?"), "ok and why?");
});

Deno.test("'sorry, wrong shop' before a question of its own is left out of what is asked", () => {
  assert.equal(
    withoutLeadIn("ah sorry, wrong shop. my keyboard is what i wanted to ask about"),
    "my keyboard is what i wanted to ask about",
  );
  assert.equal(
    withoutLeadIn("sorry, wrong account i think. what about my mixer"),
    "what about my mixer",
  );
  assert.equal(
    withoutLeadIn("my bad, that was another website. where's my keyboard"),
    "where's my keyboard",
  );
  // A slip with nothing after it, or a wrong item, is no lead-in.
  assert.equal(withoutLeadIn("sorry, wrong shop"), "sorry, wrong shop");
  assert.equal(withoutLeadIn("wrong item arrived in my box"), "wrong item arrived in my box");
});

Deno.test("their own apology before a question is a lead-in: the question is read", () => {
  assert.equal(
    withoutLeadIn("sorry for being rude earlier, where is my keyboard"),
    "where is my keyboard",
  );
  assert.equal(
    withoutLeadIn("sorry to bother you again! quick q, does ORD-1003 ship soon?"),
    "does ORD-1003 ship soon?",
  );
  assert.equal(withoutLeadIn("quick question: do you ship to Canada?"), "do you ship to Canada?");
  assert.equal(withoutLeadIn("sorry, can you cancel it"), "sorry, can you cancel it");
});

Deno.test("a sentence of thanks before a question is a lead-in too", () => {
  assert.equal(
    withoutLeadIn(
      "Thanks so much for your help yesterday! Quick follow up - did the refund for the frother go through?",
    ),
    "did the refund for the frother go through?",
  );
});

Deno.test("a part that only announces a question asks nothing of its own", () => {
  for (const text of ["Hi! Quick question", "hey, just a quick question", "I have a question"]) {
    assert.equal(announced(text), "question", text);
  }
  for (const text of ["quick question, do you ship to Canada?", "I have a question about 1003"]) {
    assert.equal(announced(text), null, text);
  }
});
