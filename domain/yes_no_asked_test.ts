/**
 * A policy answer opens with "Yes —" or "No —" only when the question asked for one, and a
 * question past the return window ("after 30 days") is answered no.
 */
import assert from "node:assert/strict";
import { asksYesOrNo } from "./yes_no_asked.ts";
import { answerPolicyQuestion } from "./policy_questions.ts";

const first = (text: string) => answerPolicyQuestion(text)!.paragraphs[0];

Deno.test("yes-or-no questions are told from questions asking how or what", () => {
  for (
    const text of [
      "can i return sale items?",
      "do you refund shipping costs?",
      "sale items returnable?",
      "refunds go back to my card, right?",
      "are sale items final sale?",
    ]
  ) {
    assert.equal(asksYesOrNo(text), true, text);
  }
  for (
    const text of [
      "how do returns work for stuff i bought on sale",
      "what's your policy on sale items?",
      "tell me about returning discounted items",
      "what happens if i return a sale item",
    ]
  ) {
    assert.equal(asksYesOrNo(text), false, text);
  }
});

Deno.test("a sale-items answer opens with 'Yes —' only to a yes-or-no question", () => {
  assert.match(first("can i return sale items?"), /^Yes — items bought in a sale/);
  assert.match(first("how do returns work for stuff i bought on sale"), /^Items bought in a sale/);
  assert.match(first("what's your policy on sale items?"), /^Items bought in a sale/);
  assert.match(first("tell me about returning discounted items"), /^Items bought in a sale/);
  // Asked whether they are excluded, the answer is no.
  assert.match(first("are sale items final sale?"), /^No — items bought in a sale/);
  assert.match(first("sale items returnable?"), /^Yes — /);
  assert.match(first("how do refunds go back to my card"), /^A refund goes back/);
});

Deno.test("a return asked for after the window is a no, within it a yes", () => {
  assert.match(first("can i return after 30 days?"), /^Not after 30 days/);
  assert.match(first("can i return something after 2 weeks?"), /^Yes — /);
  assert.match(first("can i return something within 30 days?"), /^Yes — /);
});

Deno.test("'thanks, one more thing: how long do refunds take?' is a general question", async () => {
  const { isGeneralQuestion } = await import("./policy_questions.ts");
  const none = { orders: 0, products: 0 };
  for (
    const text of [
      "thanks, one more thing: how long do refunds take?",
      "cheers. also how long do refunds take",
      "ok. one more question - how long do refunds take",
      "btw how long do refunds take?",
    ]
  ) {
    assert.equal(isGeneralQuestion(text, none), true, text);
  }
  assert.equal(isGeneralQuestion("thanks, one more thing: where is my refund?", none), false);
});
