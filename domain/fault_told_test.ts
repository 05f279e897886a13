import assert from "node:assert/strict";
import { faultForRemedy, onlyTellsFault, toldFault } from "./fault_told.ts";

Deno.test("a fault is read in the many ways shoppers tell it", () => {
  for (
    const text of [
      "it just doesn't turn on at all",
      "the thing is dead, wont even power up",
      "it won't froth the milk anymore",
      "can't get it to turn on",
      "the light doesnt even come on",
      "keeps cutting out after a minute",
      "nothing happens when i press the button",
      "it does not heat up",
      "its broken",
    ]
  ) assert.ok(onlyTellsFault(text), text);
});

Deno.test("words that tell no fault of goods, or ask for more, are not a fault told alone", () => {
  for (
    const text of [
      "i dont want it",
      "do not cancel",
      "it didn't arrive",
      "i can't log in",
      "dont worry",
    ]
  ) assert.equal(toldFault(text), false, text);
  for (
    const text of [
      "it doesn't work, can i get a new one instead?",
      "it doesnt work and the espresso machine leaks too",
      "what if it doesn't turn on",
      "the code doesn't work",
    ]
  ) assert.equal(onlyTellsFault(text), false, text);
});

Deno.test("a fault is the reason of a refund, a return or a replacement, not of other changes", () => {
  assert.ok(faultForRemedy("it doesn't turn on", "refund"));
  assert.ok(faultForRemedy("it doesn't turn on", "return_item"));
  assert.ok(faultForRemedy("it doesn't turn on", "replacement"));
  assert.equal(faultForRemedy("it doesn't turn on", "cancel_order"), false);
});
