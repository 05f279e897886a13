import assert from "node:assert/strict";
import { ruleIntent } from "./rules.ts";

Deno.test("whole-message yes, no and greetings are read by rules", () => {
  assert.equal(ruleIntent("Yes please!")?.intent, "affirm");
  assert.equal(ruleIntent("yep, go ahead")?.intent, "affirm");
  assert.equal(ruleIntent("nope")?.intent, "deny");
  assert.equal(ruleIntent("No thanks.")?.intent, "deny");
  assert.equal(ruleIntent("hi there 👋")?.intent, "small_talk");
  assert.equal(ruleIntent("ok thanks, bye")?.intent, "small_talk");
  assert.equal(ruleIntent("ok thanks")?.intent, "small_talk");
  assert.equal(ruleIntent("Perfect, thank you!")?.intent, "small_talk");
  assert.equal(ruleIntent("great, thank you so much")?.intent, "small_talk");
  assert.equal(ruleIntent("yes thanks")?.intent, "affirm");
  assert.equal(ruleIntent("ORD-1001")?.intent, "order_status");
  assert.equal(ruleIntent("order #1001")?.intent, "order_status");
});

Deno.test("messages without words are read by rules: emoji by meaning, the rest other", () => {
  assert.equal(ruleIntent("👍")?.intent, "affirm");
  assert.equal(ruleIntent("👎👎")?.intent, "deny");
  assert.equal(ruleIntent("🙏")?.intent, "small_talk");
  assert.equal(ruleIntent("😡😡😡")?.intent, "complaint");
  assert.equal(ruleIntent("❤️")?.intent, "small_talk");
  for (const t of ["", "   ", "!!!???", "🦄", "#"]) assert.equal(ruleIntent(t)?.intent, "other", t);
});

Deno.test("rules leave anything more to the classifier", () => {
  assert.equal(ruleIntent("hi, where is my order?"), null);
  assert.equal(ruleIntent("yes but I also want a refund for the mug"), null);
});

Deno.test("a closing 'no, that's all' after 'anything else?' is small talk, a bare no stays a no", () => {
  for (const t of ["nope thats all", "no thanks, I'm good", "nothing else", "that's all thanks"]) {
    assert.equal(ruleIntent(t)?.intent, "small_talk", t);
  }
  assert.equal(ruleIntent("no thanks")?.intent, "deny");
  assert.equal(
    ruleIntent("no I want a refund"),
    null,
    "a no before a request is left to the model",
  );
});

Deno.test("chatty thanks ('sweet ty', 'ta', 'lovely, thanks', 'haha ok thanks') are small talk", () => {
  for (const t of ["sweet ty", "ta", "lovely, thanks", "haha ok thanks", "kk thanx"]) {
    assert.equal(ruleIntent(t)?.intent, "small_talk", t);
  }
  assert.equal(ruleIntent("sweet, where is my order"), null);
});

Deno.test("code is no request, however much it says 'orders'", () => {
  for (
    const t of [
      "SELECT * FROM orders",
      "select id, email from customers",
      "'; DROP TABLE orders; --",
      "<script>alert(1)</script>",
      "1' OR '1'='1",
    ]
  ) assert.equal(ruleIntent(t)?.intent, "other", t);
  // Words around the tags are read as words.
  assert.equal(ruleIntent("<script>alert(1)</script> where is my order"), null);
  assert.equal(ruleIntent("please select the cheaper option from the two"), null);
});
