import assert from "node:assert/strict";
import { priceAsked, priceRuleAnswer } from "./price_questions.ts";
import { answerPolicyQuestion } from "./policy_questions.ts";
import { asksAboutDuties } from "./duties.ts";
import { codeTroubleMatch } from "./code_trouble.ts";

Deno.test("the price rule is read in shoppers' words, each part of it apart", () => {
  const cases: [string, string | null][] = [
    ["are there any discounted products?", "sales_now"],
    ["what items are on sale?", "sales_now"],
    ["do you have any deals on right now?", "sales_now"],
    ["will the price drop on black friday?", "sales_now"],
    ["is there a restocking fee?", "restocking_fee"],
    ["do i get the full price back?", "full_back"],
    ["will i get everything i paid back if i return it", "full_back"],
    ["do u price match", "price_match"],
    ["saw the espresso machine cheaper on amazon, can you match it?", "price_match"],
    ["so can I get the difference back?", "price_difference"],
    ["if it goes on sale after i buy, do you refund the difference?", "price_difference"],
    ["I was charged $349 but I thought the mixer was on sale for $299?", "charged_more"],
    // The returns rule's, a payment problem's, a choice of shipping: not the price rule.
    ["can i return sale items?", null],
    ["how do returns work for stuff i bought on sale", null],
    ["I was overcharged by 10 euros, please refund the difference", null],
    ["i was charged twice, i thought it was declined", null],
    ["i dont know which shipping method to choose, whats the difference", null],
  ];
  for (const [text, kind] of cases) assert.equal(priceAsked(text), kind, text);
});

Deno.test("a price question is answered first, in one or two sentences, not the whole policy", () => {
  const fee = answerPolicyQuestion("is there a restocking fee?")!;
  assert.equal(fee.id, "restocking_fee");
  assert.match(fee.paragraphs[0], /^No — there's no restocking fee/);
  assert.doesNotMatch(fee.paragraphs.join(" "), /cancelled until it ships/);
  const sale = answerPolicyQuestion("what items are on sale?")!;
  assert.match(sale.paragraphs[0], /^There's no sale on right now/);
  const back = priceRuleAnswer("do i get the full price back?")!;
  assert.match(back.paragraphs[0], /^Yes — a refund is the full amount you paid/);
  const match = priceRuleAnswer("do you price match?")!;
  assert.match(match.paragraphs[0], /^No — we don't match other stores' prices/);
  // The returns rule keeps its own answer for goods bought in a sale.
  assert.equal(answerPolicyQuestion("can i return sale items?")!.id, "sale_items");
});

Deno.test("customs asked about gets the rule on duties, not the returns policy", () => {
  assert.equal(asksAboutDuties("do you charge customs?"), true);
  assert.equal(asksAboutDuties("will i pay import tax in the uk"), true);
  const r = answerPolicyQuestion("do you charge customs?")!;
  assert.equal(r.id, "duties");
  assert.match(r.paragraphs[0], /collected by the carrier on delivery/);
});

Deno.test("a discount code that fails is read with the code in the middle", () => {
  for (
    const t of [
      "my discount code SAVE10 isnt working??",
      "the promo code keeps saying invalid",
      "coupon WELCOME5 didn't apply",
      "discount code expired?",
    ]
  ) assert.equal(codeTroubleMatch(t)?.entry.id, "discount_code_trouble", t);
  assert.equal(codeTroubleMatch("where do i enter a discount code"), null);
  // A gift card refused is its own trouble, not a discount code's.
  for (
    const t of [
      "my gift card code isn't working",
      "my gift card got declined at checkout",
      "the giftcard says invalid",
      "gift card wont go through",
    ]
  ) assert.equal(codeTroubleMatch(t)?.entry.id, "gift_card_trouble", t);
  assert.equal(codeTroubleMatch("do gift cards expire?"), null);
});

Deno.test("a destination asked beside another rule answers both", () => {
  const r = answerPolicyQuestion("do you ship to canada and how long is the warranty?")!;
  assert.equal(r.id, "shipping_destination");
  assert.match(r.paragraphs.join(" "), /Canada/);
  assert.match(r.paragraphs.join(" "), /warranty against defects/);
  const alone = answerPolicyQuestion("do you ship to canada?")!;
  assert.doesNotMatch(alone.paragraphs.join(" "), /warranty/);
});

Deno.test("a fee to cancel is a no first: cancelling is free until the order ships", () => {
  assert.equal(priceAsked("is there a fee to cancel?"), "cancel_fee");
  assert.equal(priceAsked("does it cost anything to cancel my order"), "cancel_fee");
  assert.equal(priceAsked("cancel ORD-1003 please"), null);
  assert.match(
    priceRuleAnswer("is there a fee to cancel?")!.paragraphs[0],
    /^No — cancelling is free/,
  );
});

Deno.test("money taken for a cancelled order, or a subscription's exit fee, is no cancel fee", () => {
  assert.equal(priceAsked("I was charged for something I cancelled, I want that money back"), null);
  assert.equal(
    priceAsked("is there an early exit fee if I cancel my subscription within the first month?"),
    null,
  );
});

Deno.test("the shipping fee asked back with a cancellation is all the money back, not a fee", () => {
  for (
    const t of [
      "would the delivery fee be refunded if I cancelled ORD-1003?",
      "if i cancel do i get the shipping fee back",
    ]
  ) {
    assert.equal(priceAsked(t), "full_back", t);
    assert.match(priceRuleAnswer(t)!.paragraphs[0], /shipping fee included/, t);
  }
  assert.equal(priceAsked("is there a fee to cancel?"), "cancel_fee");
  assert.notEqual(priceAsked("was the shipping refunded on ORD-10537?"), "full_back");
  assert.notEqual(
    priceAsked("Do you offer international shipping, and are customs duties included?"),
    "full_back",
  );
});
