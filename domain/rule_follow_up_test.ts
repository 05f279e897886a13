import assert from "node:assert/strict";
import { ruleAnswered, ruleFollowUp, ruleOfTemplate } from "./rule_follow_up.ts";
import { ruleDetail } from "./rule_details.ts";
import { answerPolicyQuestion } from "./policy_questions.ts";
import { destinationAsked } from "./destinations.ts";

const after = (rule: Parameters<typeof ruleFollowUp>[0]["rule"], text: string) =>
  ruleFollowUp({ text, rule, namesSomething: false });

Deno.test("a reply's template names the rule a follow-up carries on", () => {
  assert.equal(ruleOfTemplate("policy_price_match"), "prices");
  assert.equal(ruleOfTemplate("policy_returns"), "returns");
  assert.equal(ruleOfTemplate("policy_cancel_fee"), "cancellation");
  assert.equal(ruleOfTemplate("shipping_options"), "shipping");
  assert.equal(ruleOfTemplate("faq_gift_cards"), "gift_cards");
  assert.equal(ruleOfTemplate("order_status+policy_returns"), "returns");
  assert.equal(ruleOfTemplate("order_status"), null);
  // A product's details given for its warranty: the warranty is the rule on.
  assert.equal(ruleAnswered("product_info", "what's the warranty on the mixer?"), "warranty");
  assert.equal(ruleAnswered("product_info", "how much is the mixer?"), null);
});

Deno.test("'not even for amazon?' after the price-match rule is that rule, for that store", () => {
  const a = after("prices", "Not even for amazon?");
  assert.equal(a?.id, "price_match");
  assert.match(a!.paragraphs[0], /^No — not for Amazon either/);
  // Alone, the words name no rule.
  assert.equal(answerPolicyQuestion("Not even for amazon?"), null);
  // "Not even on black friday?" after sales is no price match.
  assert.notEqual(after("prices", "not even on black friday?")?.id, "price_match");
});

Deno.test("short follow-ups after the returns policy ask one detail of it", () => {
  assert.equal(after("returns", "What about if it was a gift?")?.id, "gift_returns");
  assert.equal(after("returns", "and if it's opened?")?.id, "opened_items");
  assert.match(after("returns", "even after 30 days?")!.paragraphs[0], /^Not after 30 days/);
  assert.equal(after("returns", "who pays for that?")?.id, "return_label");
  assert.equal(after("returns", "what if i lost the receipt")?.id, "receipt");
  // The whole policy again is no answer to a follow-up: read as it stands.
  assert.equal(after("returns", "how do returns work"), null);
  // A wish of their own is a request, not a question about the rule.
  assert.equal(after("returns", "ok i want to return it"), null);
  assert.equal(
    ruleFollowUp({ text: "and if it's opened?", rule: "returns", namesSomething: true }),
    null,
  );
});

Deno.test("'does it cover drops?' after the warranty says what the warranty leaves out", () => {
  const a = after("warranty", "does it cover drops?");
  assert.equal(a?.id, "warranty_scope");
  assert.match(a!.paragraphs[0], /^No — the warranty covers defects/);
  assert.equal(after("warranty", "what if i dropped it?")?.id, "warranty_scope");
  assert.equal(after("warranty", "does it cover accidental damage?")?.id, "warranty_scope");
});

Deno.test("follow-ups after the shipping answer: weekends, per order, currency, abroad", () => {
  assert.match(
    after("shipping", "What about weekends?")!.paragraphs[0],
    /don't deliver at weekends/,
  );
  assert.equal(after("shipping", "is that per order?")?.id, "shipping_per_order");
  assert.match(
    after("shipping", "in euros?")!.paragraphs[0],
    /^Yes, for an order delivered in the EU/,
  );
  assert.match(
    after("shipping", "in canadian dollars?")!.paragraphs[0],
    /^No — an order delivered/,
  );
  assert.equal(after("shipping", "is that business days?")?.id, "business_days");
  assert.equal(after("shipping", "how about outside the US?")?.id, "shipping_destination");
  assert.equal(after("shipping", "who pays customs?")?.id, "duties");
});

Deno.test("'outside the US' is abroad, not the United States its words name", () => {
  assert.deepEqual(destinationAsked("do you ship outside the US?"), { kind: "abroad" });
  assert.equal(destinationAsked("how about outside of the usa")?.kind, "abroad");
});

Deno.test("gift cards: a balance of 0 never spent, and a card beside one", () => {
  assert.equal(
    after("gift_cards", "It says the balance is 0 but i never used it")?.id,
    "faq_gift_card_empty",
  );
  assert.match(
    after("gift_cards", "can i pay with one and a card together?")!.paragraphs[0],
    /^Yes — a gift card can be combined/,
  );
  assert.match(ruleDetail("can i split it between two cards?", "payment")!.paragraphs[0], /^No —/);
});

Deno.test("after the cancellation rule: a fee, and an order that already shipped", () => {
  assert.equal(after("cancellation", "is there a fee?")?.id, "cancel_fee");
  assert.equal(after("cancellation", "what if it already shipped?")?.id, "cancel_shipped");
});

Deno.test("rules asked outright in shoppers' words are answered first", () => {
  assert.match(ruleDetail("do you deliver on saturdays?")!.paragraphs[0], /^No — we don't deliver/);
  assert.equal(ruleDetail("is shipping per order or per item?")?.id, "shipping_per_order");
  assert.equal(ruleDetail("can i pay in euros?")?.id, "currency");
  assert.equal(ruleDetail("does the warranty cover water damage?")?.id, "warranty_scope");
  assert.equal(ruleDetail("who pays the shipping for a warranty repair?")?.id, "warranty_shipping");
  assert.equal(ruleDetail("can i return a gift?")?.id, "gift_returns");
  // Nothing of the kind asked: no detail.
  assert.equal(ruleDetail("how long does shipping take?"), null);
  assert.equal(ruleDetail("how many pounds does the mixer weigh"), null);
});

Deno.test("a refund asked to another way than the one paid with leans to a no", () => {
  assert.match(
    answerPolicyQuestion("can my refund go on a different card?")!.paragraphs[0],
    /^No — /,
  );
  assert.match(answerPolicyQuestion("do refunds go back to my card?")!.paragraphs[0], /^Yes — /);
});

Deno.test("a new question after a rule is read as it stands, not as part of that rule", () => {
  assert.equal(after("gift_cards", "I forgot my password"), null);
  // A detail asked in so many words is that detail, not carried by the rule before.
  const uk = after("returns", "do u ship to the uk");
  assert.equal(uk?.id, "shipping_destination");
  assert.equal(uk?.carried, false);
  assert.equal(after("shipping", "how long does it take to get a refund")?.id, "refund_time");
  // "What about refunds?" names a section of its own: read as it stands.
  assert.equal(after("returns", "what about refunds?"), null);
});

Deno.test("two questions in one message after a rule are each read as they stand", () => {
  assert.equal(after("warranty", "does the warranty cover drops? also do u ship to canada"), null);
});

Deno.test("'is that on top of the normal shipping?' after the speeds: replaces it at checkout", () => {
  const a = after("shipping", "is that on top of the normal shipping?");
  assert.equal(a?.id, "speed_on_top");
  assert.match(a!.paragraphs[0], /^No — at checkout a faster speed replaces standard shipping/);
});

Deno.test("'how long does shipping take?' after the refunds asks shipping's own rule", () => {
  const own = after("refunds", "how long does shipping take?");
  assert.equal(own?.id, "policy_shipping");
  assert.equal(own?.carried, false);
  // "What about shipping?" still asks it of the refunds: is the shipping refunded too.
  assert.equal(after("refunds", "what about shipping?")?.id, "shipping_refund");
  assert.equal(after("refunds", "and shipping?")?.id, "shipping_refund");
});

Deno.test("'what if she lives in Canada?' after the returns asks about returns from there", () => {
  for (const text of ["what if I live in Canada?", "what if she lives in Canada?"]) {
    const a = ruleFollowUp({ text, rule: "returns", namesSomething: false });
    assert.equal(a?.id, "return_abroad", text);
    assert.match(a!.paragraphs.join(" "), /returns from Canada/);
  }
  // After the shipping answer, the same words ask whether we ship there.
  const shipping = ruleFollowUp({
    text: "what if I live in Canada?",
    rule: "shipping",
    namesSomething: false,
  });
  assert.notEqual(shipping?.id, "return_abroad");
});

Deno.test("a gift's return asked as 'can she return it herself?' is the gift's rule", () => {
  for (
    const text of [
      "If my friend doesn't like it, can she return it herself?",
      "could my mum return it if it doesn't fit?",
    ]
  ) assert.equal(ruleDetail(text)?.id, "gift_returns", text);
  assert.notEqual(ruleDetail("can I return it?")?.id, "gift_returns");
});
