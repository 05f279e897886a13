import assert from "node:assert/strict";
import { ironicPraise } from "./sarcasm.ts";

Deno.test("thanks beside a verdict that we did not help is irony", () => {
  for (
    const t of [
      "thanks a lot, that was useless",
      "thanks for nothing",
      "great, another delay. thanks a lot",
      "wow thanks, very helpful NOT",
      "brilliant, lost again",
      "cheers, that didn't help at all",
      "love how my keyboard is late, really great job guys",
      "great that it's still not here",
      "perfect. just perfect. my keyboard still isn't here",
      "Great. My order is late again",
    ]
  ) assert.equal(ironicPraise(t), true, t);
});

Deno.test("thanks and praise meant as said are not irony", () => {
  for (
    const t of [
      "thanks a lot!",
      "love it, thanks so much",
      "you guys are amazing!!",
      "thanks, that was really helpful",
      "great, I'm not sure yet but thanks",
      "i love your shop but my order is late",
      "is the espresso machine not in stock",
      "love that you ship so fast",
      "great! where is my order",
      "perfect, thanks. is it delivered yet?",
    ]
  ) assert.equal(ironicPraise(t), false, t);
});

Deno.test("delight in an ordeal, or praise with an eye-roll, is irony; plain love is not", () => {
  for (
    const t of [
      "I love waiting 2 weeks for a keyboard. Best. Service. Ever.",
      "love being ignored, really great customer service",
      "nothing like chasing a parcel for a week",
      "Best. Service. Ever. 🙄",
    ]
  ) assert.ok(ironicPraise(t), t);
  for (
    const t of [
      "Best. Service. Ever.",
      "i love my new headphones",
      "I love the shoes but the bottles are rubbish",
      "love how fast you replied",
    ]
  ) assert.equal(ironicPraise(t), false, t);
});

Deno.test("'oh great, just great. still no keyboard.' is irony", () => {
  assert.ok(ironicPraise("oh great, just great. still no keyboard."));
});

Deno.test("'Fantastic. Just fantastic. Another week of waiting I guess' is irony", () => {
  assert.ok(ironicPraise("Fantastic. Just fantastic. Another week of waiting I guess"));
});
