import assert from "node:assert/strict";
import { thanksLead } from "./thanks_lead.ts";

Deno.test("a sentence of thanks before a question leads it", () => {
  assert.equal(
    thanksLead(
      "Thanks so much for your help yesterday! Quick follow up - did the refund for the frother go through?",
    ),
    "Thanks so much for your help yesterday! Quick follow up - ",
  );
  assert.equal(thanksLead("thank you! where is ORD-1001 now?"), "thank you! ");
});

Deno.test("thanks alone, thanks for something asked, or a request after it is no lead", () => {
  for (
    const t of [
      "thanks so much!",
      "thanks for nothing. where is my order",
      "thanks, cancel it",
      "thanks for the refund",
      "Thanks for approving my refund! When should it arrive?",
    ]
  ) assert.equal(thanksLead(t), null, t);
});

Deno.test("thanks for something past, said by its time, lead the question after them", () => {
  assert.equal(
    thanksLead(
      "thanks for the quick refund last time! btw is the headphone order going to make it by the 12th?",
    ),
    "thanks for the quick refund last time! btw ",
  );
  // Thanks for something of the order, with no time said, are read with the question.
  assert.equal(thanksLead("thanks for approving my refund! when should it arrive?"), null);
});
