import assert from "node:assert/strict";
import { asksNewCode, rememberedRequest, requestBesideEmail } from "./signin_request.ts";

Deno.test("a request typed beside the email is kept without the email", () => {
  assert.equal(
    requestBesideEmail("my order is ORD-1003, email sarah.chen@example.com, i want to cancel it"),
    "my order is ORD-1003, email , i want to cancel it",
  );
  assert.equal(
    requestBesideEmail("need a refund on my espresso machine, im sarah.chen@example.com"),
    "need a refund on my espresso machine, im",
  );
  assert.equal(requestBesideEmail("ok my email is sarah.chen@example.com"), null);
  assert.equal(requestBesideEmail("sarah.chen@example.com"), null);
  assert.equal(requestBesideEmail("oops sorry, it's emma.wilson@example.com"), null);
});

Deno.test("the turn before the email is remembered only when it was about an order", () => {
  const cancel = { text: "can u cancel ORD-1003 pls", intent: "cancel_order" as const };
  assert.equal(rememberedRequest("sarah.chen@example.com", cancel, null), cancel.text);
  const hello = { text: "hi", intent: "small_talk" as const };
  assert.equal(rememberedRequest("sarah.chen@example.com", hello, null), null);
  const product = { text: "is the mixer in stock", intent: "product_question" as const };
  assert.equal(rememberedRequest("sarah.chen@example.com", product, null), null);
  // An email typed again after a typo keeps the request of the first.
  assert.equal(
    rememberedRequest("oops emma.wilson@example.com", null, "where is ORD-3001"),
    "where is ORD-3001",
  );
});

Deno.test("asking for the code again is told from other talk about codes", () => {
  for (
    const t of [
      "can you send a new code",
      "i didnt get the code, can you send a new one",
      "resend pls",
      "the code never came",
      "never got the code",
      "send it again",
      "code expired",
      "I haven't received the code",
      "another code please",
    ]
  ) assert.ok(asksNewCode(t), t);
  for (
    const t of [
      "what's the code for?",
      "where is my order",
      "do i need a code to return something",
      "sarah.chen@example.com send a new code",
    ]
  ) assert.ok(!asksNewCode(t), t);
});
