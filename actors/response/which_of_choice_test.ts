import assert from "node:assert/strict";
import { asksWhichOfChoice } from "./which_of_choice.ts";

Deno.test("a short 'which one?' of the ways offered is a question about the choice", () => {
  for (
    const text of [
      "which one",
      "Which one?",
      "hmm which is better",
      "which would you pick?",
      "idk which one",
      "i dont know which to choose",
      "whats the difference",
      "which one is quicker for me",
    ]
  ) assert.ok(asksWhichOfChoice(text), text);
});

Deno.test("a question naming something else is no question about the choice", () => {
  for (
    const text of [
      "which one is the frother",
      "which payment methods do you take",
      "which order is late",
      "the refund",
    ]
  ) assert.ok(!asksWhichOfChoice(text), text);
});
