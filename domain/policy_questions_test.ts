import assert from "node:assert/strict";
import {
  answerPolicyQuestion,
  askedAsQuestion,
  isGeneralQuestion,
  refundOnCancelReply,
  spanDays,
} from "./policy_questions.ts";
import {
  INTERNATIONAL_SHIPPING,
  MIN_WARRANTY_MONTHS,
  REFUND_PROCESSING_DAYS,
  RETURN_SEND_DAYS,
  RETURN_WINDOW_DAYS,
} from "./policy.ts";
import { parseFaq } from "./faq.ts";

const none = { orders: 0, products: 0 };

Deno.test("general questions about how the store works are told from requests by their words", () => {
  for (
    const q of [
      "How does returning stuff work here?",
      "whats ur return policy",
      "could I send back items after three weeks?",
      "do you guys refund the postage?",
      "what are the rules on cancelling an order",
      "I'd like to know how refunds work",
      "can you tell me about exchanges?",
      "any chance you deliver to Ireland?",
      "is the return label free",
    ]
  ) assert.ok(isGeneralQuestion(q, none), q);
  for (
    const r of [
      "I want to return the blender",
      "please refund me",
      "can you cancel it",
      "how do I cancel my order",
      "can I return it?",
      "how do I return this?",
      "can i cancel?",
      "is my refund on its way?",
      "how do i go about cancelling an order that is still processing",
      "Can I return the gift I received without the receipt?",
      "what is the exchange rate from euros to dollars",
      "refund status?",
    ]
  ) assert.ok(!isGeneralQuestion(r, none), r);
});

Deno.test("a question that names an order or a product is about that order", () => {
  assert.ok(
    !isGeneralQuestion("what is the return policy for ORD-1002?", { orders: 1, products: 0 }),
  );
  assert.ok(!isGeneralQuestion("can I return a blender?", { orders: 0, products: 1 }));
});

Deno.test("a question is asked by its words or its question mark", () => {
  assert.ok(askedAsQuestion("returns free?"));
  assert.ok(askedAsQuestion("I was wondering whether refunds take long"));
  // "Sure, but first tell me the fee": asked before a yes is given.
  assert.ok(askedAsQuestion("sure, but first tell me the fee"));
  assert.ok(askedAsQuestion("ok wait, tell me how long the refund takes"));
  assert.ok(!askedAsQuestion("return it"));
});

Deno.test("spans are read in days, months and years", () => {
  assert.equal(spanDays("bought it 2 months ago"), 60);
  assert.equal(spanDays("three weeks later"), 21);
  assert.equal(spanDays("a year ago"), 365);
  assert.equal(spanDays("after 45 days"), 45);
  assert.equal(spanDays("how do returns work"), null);
});

Deno.test("the details of the policy are answered with its numbers", () => {
  const time = answerPolicyQuestion("when do I get my money back after a refund?")!;
  assert.equal(time.id, "refund_time");
  assert.match(time.paragraphs.join(" "), new RegExp(`${REFUND_PROCESSING_DAYS} business days`));
  const label = answerPolicyQuestion("do I have to pay for returns?")!;
  assert.equal(label.id, "return_label");
  assert.match(label.paragraphs.join(" "), new RegExp(`${RETURN_SEND_DAYS} days`));
  assert.equal(answerPolicyQuestion("is postage refunded too?")!.id, "shipping_refund");
  assert.equal(answerPolicyQuestion("how do exchanges work")!.id, "exchanges");
});

Deno.test("a return after the window is a no with the warranty; within it, a yes", () => {
  const late = answerPolicyQuestion("can I send back something I bought six weeks ago?")!;
  assert.equal(late.id, "return_window");
  assert.match(late.paragraphs[0], new RegExp(`^Not after 42 days.*${RETURN_WINDOW_DAYS} days`));
  assert.match(late.paragraphs[1], new RegExp(`${MIN_WARRANTY_MONTHS} months`));
  const early = answerPolicyQuestion("can i return stuff after 10 days")!;
  assert.match(early.paragraphs[0], /^Yes/);
});

Deno.test("where the store ships is answered with a yes or a no for the country", () => {
  const canada = answerPolicyQuestion("do you ship to Canada?")!;
  assert.equal(canada.id, "shipping_destination");
  assert.match(canada.paragraphs.join(" "), /^Yes, we ship to Canada\./);
  assert.match(
    canada.paragraphs.join(" "),
    new RegExp(INTERNATIONAL_SHIPPING.standard.fee.toFixed(2)),
  );
  assert.match(answerPolicyQuestion("do you post to japan")!.paragraphs[0], /don't ship to Japan/);
});

Deno.test("an FAQ entry operators wrote wins over the policy section", () => {
  const book = parseFaq({
    entries: [{
      id: "returns_in_store",
      topic: "Returns in a shop",
      phrases: ["return in store"],
      answer: ["We have no shops: every return goes by post."],
    }],
  });
  const hit = answerPolicyQuestion("can I return in store?", { book })!;
  assert.equal(hit.id, "faq_returns_in_store");
  assert.deepEqual(hit.paragraphs, ["We have no shops: every return goes by post."]);
});

Deno.test("the refund of a cancelled order states the refund's time", () => {
  assert.match(
    refundOnCancelReply().paragraphs[0],
    new RegExp(`refunded in full.*${REFUND_PROCESSING_DAYS} business days`),
  );
});

Deno.test("'how long does the refund take?' asks how refunds work, 'the refund for my order' does not", () => {
  const none = { orders: 0, products: 0 };
  assert.equal(isGeneralQuestion("and how long does the refund take?", none), true);
  assert.equal(isGeneralQuestion("how does the exchange work", none), true);
  assert.equal(isGeneralQuestion("how long does the refund for my order take", none), false);
  assert.equal(isGeneralQuestion("when will the refund arrive", none), false);
});

Deno.test("'who pays for the return shipping?' is the free label; 'fine. how do returns work' is a question", () => {
  assert.equal(answerPolicyQuestion("and who pays for the return shipping?")?.id, "return_label");
  assert.equal(isGeneralQuestion("fine. how do returns work", { orders: 0, products: 0 }), true);
});

Deno.test("'and refunds go back to my card right?' asks where refunds go", () => {
  const none = { orders: 0, products: 0 };
  assert.equal(isGeneralQuestion("and refunds go back to my card right?", none), true);
  assert.equal(answerPolicyQuestion("and refunds go back to my card right?")?.id, "refund_method");
  // "my order" still points at an order of theirs.
  assert.equal(isGeneralQuestion("where is my order right?", none), false);
});

Deno.test("a receipt, sale items or an item tried: the returns policy's own answer to it", () => {
  const none = { orders: 0, products: 0 };
  assert.equal(isGeneralQuestion("do i need the receipt", none), true);
  assert.equal(answerPolicyQuestion("do i need the receipt")?.id, "receipt");
  assert.match(
    answerPolicyQuestion("do i need the receipt")!.paragraphs[0],
    /No receipt is needed/,
  );
  assert.equal(answerPolicyQuestion("can i return sale items?")?.id, "sale_items");
  assert.equal(answerPolicyQuestion("can i return something i've worn once")?.id, "opened_items");
  // "I need a refund" is still a wish, not a question.
  assert.equal(isGeneralQuestion("i need a refund", none), false);
});
