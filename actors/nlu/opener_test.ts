/** Slow starts: a question, a problem or an order announced, nothing said of it yet. */
import assert from "node:assert/strict";
import { announced } from "../../domain/opener.ts";
import { readIntent } from "../../tests/fixtures/intent.ts";

const read = (text: string) => readIntent(text, { email: null, turn: 1 });

Deno.test("a question announced is chat, never praise nor a menu of readings", async () => {
  for (
    const text of [
      "quick question",
      "Quick q",
      "hi i have a question",
      "can i ask something?",
      "can I ask you a quick question real quick",
      "got a question for you",
      "i wanted to ask you something",
    ]
  ) {
    assert.equal(announced(text), "question", text);
    assert.equal((await read(text)).intent, "small_talk", text);
  }
});

Deno.test("a problem announced with nothing said of it is a problem with an order", async () => {
  for (
    const text of [
      "Hi, I have an issue",
      "i have a problem",
      "ive got an issue",
      "got a problem",
      "there's an issue",
      "I have a small problem",
      "something's wrong",
      "I want to report something",
      "ugh something's not right",
    ]
  ) {
    assert.equal(announced(text), "problem", text);
    assert.equal((await read(text)).intent, "delivery_problem", text);
  }
});

Deno.test("an order announced with nothing asked of it is its status, not a cancellation", async () => {
  for (const text of ["so about my order...", "it's about my order", "regarding my last order"]) {
    assert.equal(announced(text), "order", text);
    assert.equal((await read(text)).intent, "order_status", text);
  }
});

Deno.test("an email's pleasantries and 'I'm writing because' are no more than the announcement", async () => {
  const email = "Hello,\n\nI hope this finds you well. I'm writing because I have an issue I'd " +
    "like some help with.\n\nBest,\nSarah";
  assert.equal(announced(email), "problem");
  assert.equal((await read(email)).intent, "delivery_problem");
  const order = "Hello, I hope you're well. I have a question regarding an order I placed.";
  assert.equal(announced(order), "order");
  assert.equal((await read(order)).intent, "order_status");
});

Deno.test("a question or a problem said is no slow start", () => {
  for (
    const text of [
      "quick question, do you ship to canada?",
      "i have a problem with my payment, it was declined",
      "no problem",
      "no problem at all, thanks",
      "about my order, please cancel it",
      "what's the problem with my order",
    ]
  ) {
    assert.equal(announced(text), null, text);
  }
});
