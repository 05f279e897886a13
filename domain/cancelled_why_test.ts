import assert from "node:assert/strict";
import { asksWhyCancelled } from "./cancelled_why.ts";

Deno.test("why an order was cancelled is read in shoppers' words", () => {
  for (
    const t of [
      "why was ORD-10320 cancelled??",
      "why was my headphones order cancelled",
      "why'd my monitor order get canceled",
      "why did you cancel my order ORD-10320?",
      "how come my order got cancelled",
      "why is my order cancelled? i didnt ask for that",
      "hey why did u guys cancel my order",
    ]
  ) assert.equal(asksWhyCancelled(t), true, t);
});

Deno.test("a cancellation asked for, or the rule asked, is not why one happened", () => {
  for (
    const t of [
      "cancel ORD-10610 pls",
      "why can't I cancel my order?",
      "can you cancel it, why is it taking so long",
      "I want it cancelled",
      "why is my order late",
    ]
  ) assert.equal(asksWhyCancelled(t), false, t);
});
