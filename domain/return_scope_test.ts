import assert from "node:assert/strict";
import { addsToAsked, asksForWhole } from "./return_scope.ts";

Deno.test("both, all of it and the whole order ask for everything back", () => {
  for (
    const t of [
      "both please",
      "both of them actually",
      "all of it",
      "return it all",
      "the whole order please",
      "everything, it's all rubbish",
      "send all the items back",
    ]
  ) {
    assert.equal(asksForWhole(t), true, t);
  }
});

Deno.test("part of it, everything turned down or unrelated 'all' is not the whole order", () => {
  for (
    const t of [
      "not both, just the frother",
      "just one of them",
      "i don't want to send everything back",
      "all good",
      "that's all",
      "thanks for all your help",
    ]
  ) {
    assert.equal(asksForWhole(t), false, t);
  }
});

Deno.test("an item added to what waits: too, as well, also, and the …", () => {
  assert.equal(addsToAsked("the espresso machine too"), true);
  assert.equal(addsToAsked("and the espresso machine as well"), true);
  assert.equal(addsToAsked("also the machine"), true);
  assert.equal(addsToAsked("the espresso machine"), false);
  assert.equal(addsToAsked("not the machine too, only the frother"), false);
});

Deno.test("'yes return it and the espresso machine' adds the machine to what waits", () => {
  assert.equal(addsToAsked("yes return it and the espresso machine"), true);
  assert.equal(addsToAsked("return it and my mixer"), true);
  assert.equal(addsToAsked("return the frother and the espresso machine"), false);
});
