import assert from "node:assert/strict";
import { supposition } from "./hypothetical.ts";

Deno.test("a question about what would happen is a supposition", () => {
  for (
    const t of [
      "and what happens if a parcel is lost?",
      "what if it arrives damaged?",
      "what do I do if the item is broken?",
      "in case an order is late, can I cancel it?",
      "if a package gets lost, who pays?",
    ]
  ) assert.equal(supposition(t), true, t);
});

Deno.test("trouble that happened is no supposition", () => {
  for (
    const t of [
      "my parcel is lost, what happens now?",
      "what happens if it's late again?",
      "what if I never get it?! this is the third time",
      "what happens now that my order was lost?",
      "my order is late",
      "what if it arrives damaged",
    ]
  ) assert.equal(supposition(t), false, t);
});

Deno.test("a time supposed ('what if its been 35 days') is a supposition without its mark too", () => {
  assert.equal(supposition("what if its been 35 days"), true);
  assert.equal(supposition("ok what if it's over 30 days"), true);
  // A statement of trouble is none, with or without the mark.
  assert.equal(supposition("its been 35 days and still nothing"), false);
});

Deno.test("a change set on a lateness still to come is supposed, a lateness endured is not", () => {
  assert.ok(supposition("if my keyboard doesn't arrive by friday I want a refund"));
  assert.ok(supposition("If my headphones dont get here before saturday i want to cancel"));
  assert.ok(supposition("if the headphones aren't here in 5 days just refund them"));
  assert.ok(
    !supposition("it still hasn't arrived and if it isn't here by friday I want a refund!"),
  );
});

Deno.test("a courtesy set as a condition tells no trouble", () => {
  assert.ok(supposition("if it's not too much trouble could you cancel 1003"));
  assert.ok(supposition("If you don't mind, can you check ORD-1001"));
});
