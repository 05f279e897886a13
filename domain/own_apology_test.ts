import assert from "node:assert/strict";
import { apologyLead, customerApologises } from "./own_apology.ts";

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

Deno.test("'sorry to bother you again' is an apology: the again is the bother's", () => {
  assert.ok(customerApologises("sorry to bother you again"));
  assert.ok(customerApologises("sorry for messaging again!"));
  assert.equal(customerApologises("sorry but it's late again"), false);
});

Deno.test("an apology of their own that leads a question is its lead, not the question", () => {
  assert.equal(
    apologyLead("sorry for being rude earlier, where is my keyboard"),
    "sorry for being rude earlier, ",
  );
  assert.equal(
    apologyLead("sorry to bother you again! quick q, does ORD-1003 ship soon?"),
    "sorry to bother you again! ",
  );
  assert.equal(
    apologyLead("Apologies for the long message. When will ORD-1003 ship?"),
    "Apologies for the long message. ",
  );
  for (
    const t of [
      "sorry but where is my order",
      "sorry, can you cancel it",
      "sorry that my order is late, where is it",
      "sorry for being rude earlier",
      "where is my keyboard, sorry",
      "I'm so sorry, I think I was rude to your colleague earlier. Everything's fine now.",
    ]
  ) assert.equal(apologyLead(t), null, t);
});
