import assert from "node:assert/strict";
import { customerApologises } from "./own_apology.ts";

Deno.test("the customer's own apology, alone or with thanks, is read as one", () => {
  for (
    const t of [
      "thanks, sorry for being rude earlier",
      "sorry for the rant",
      "sorry i was so angry before, thanks for sorting it",
      "apologies for snapping at you",
      "my bad for yelling, thx",
      "sorry to bother you",
      "sorry for the late reply",
      "my apologies",
    ]
  ) assert.ok(customerApologises(t), t);
});

Deno.test("an apology that goes on to a request or a problem, or a bare sorry, is not", () => {
  for (
    const t of [
      "sorry but where is my order",
      "sorry, can you cancel it",
      "sorry that my order is late",
      "sorry for the confusion, i meant ORD-1003",
      "im sorry but this is ridiculous",
      "sorry",
      "sorry?",
    ]
  ) assert.equal(customerApologises(t), false, t);
});
