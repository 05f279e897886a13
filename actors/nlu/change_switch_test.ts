/**
 * The change a reply names: a switch away from the pending change, or a choice among the
 * changes we offered; negated changes and questions about a change are neither.
 */
import assert from "node:assert/strict";
import { chosenChange, namedChanges, restatesChange, switchedChange } from "./change_switch.ts";

Deno.test("a short reply naming another change switches to it, in many wordings", () => {
  const toRefund = [
    "no actually the refund",
    "nah make it a refund",
    "hmm no, the refund please",
    "actually I'd rather have my money back",
    "refund instead",
    "no, just refund me",
    "I'll take the refund then",
  ];
  for (const text of toRefund) assert.equal(switchedChange(text, "replacement"), "refund", text);
  const toReplacement = [
    "no actually a replacement",
    "nah send a new one",
    "the replacement please",
    "replacement instead",
  ];
  for (const text of toReplacement) {
    assert.equal(switchedChange(text, "refund"), "replacement", text);
  }
  assert.equal(switchedChange("no, cancel it instead", "return_item"), "cancel_order");
});

Deno.test("the pending change itself, a negated change or a question is no switch", () => {
  // Naming what is already proposed is a yes or an unclear reply, read elsewhere.
  assert.equal(switchedChange("yes the refund please", "refund"), null);
  assert.equal(switchedChange("I don't want a refund", "replacement"), null);
  assert.equal(switchedChange("no refund, just the replacement", "replacement"), null);
  assert.equal(switchedChange("how long does a refund take?", "replacement"), null);
  assert.equal(switchedChange("would a refund be quicker?", "replacement"), null);
  // No word that makes it a choice: "I'll return it later" says no more than no.
  assert.equal(switchedChange("no I'll return it later", "cancel_order"), null);
  assert.equal(
    switchedChange(
      "Actually I have been thinking about it for a while and I believe that a refund would suit me better than anything",
      "replacement",
    ),
    null,
    "too long to be a choice",
  );
});

Deno.test("a 'no' that answers the proposal does not negate the change named after it", () => {
  assert.deepEqual(namedChanges("no, the refund"), ["refund"]);
  assert.deepEqual(namedChanges("no actually a refund"), ["refund"]);
  assert.deepEqual(namedChanges("no refund"), []);
  assert.deepEqual(namedChanges("I don't want the replacement, the refund"), ["refund"]);
});

Deno.test("a choice among the offered changes is read from a word or two", () => {
  const offered = ["refund", "replacement"] as const;
  assert.equal(chosenChange("the refund", offered), "refund");
  assert.equal(chosenChange("refund", offered), "refund");
  assert.equal(chosenChange("a replacement please", offered), "replacement");
  assert.equal(chosenChange("my money back", offered), "refund");
  // Not offered, both, or a question: no choice.
  assert.equal(chosenChange("cancel it", offered), null);
  assert.equal(chosenChange("refund or replacement, whatever is faster", offered), null);
  assert.equal(chosenChange("how long does the refund take?", offered), null);
});

Deno.test("naming the pending change alone restates it; another change or a yes does not", () => {
  assert.equal(restatesChange("the refund", "refund"), true);
  assert.equal(restatesChange("the refund please", "refund"), true);
  assert.equal(restatesChange("the replacement", "refund"), false);
  assert.equal(restatesChange("how long does the refund take?", "refund"), false);
});

Deno.test("a question after a hesitation is no switch to the change it names", () => {
  assert.equal(
    switchedChange("hmm not yet. what's the status of 1002's refund?", "cancel_order"),
    null,
  );
  assert.equal(switchedChange("ok, when would the refund arrive", "cancel_order"), null);
  // A choice after a filler still switches.
  assert.equal(switchedChange("ok do the refund", "cancel_order"), "refund");
  assert.equal(switchedChange("ok what about a refund", "cancel_order"), "refund");
});

Deno.test("'wait, what's faster, a refund or a replacement?' asks, and switches to neither", () => {
  assert.equal(switchedChange("wait, what's faster, a refund or a replacement?", "refund"), null);
  assert.equal(switchedChange("actually which is quicker, the replacement?", "refund"), null);
});

Deno.test("'wait whats the return window on the espresso machine?' asks, typed without apostrophe", () => {
  for (
    const t of [
      "wait whats the return window on the espresso machine?",
      "whats the return policy for the machine",
      "hmm hows the return done for the machine",
      "ok wheres the return label for it",
    ]
  ) {
    assert.equal(switchedChange(t, "cancel_order"), null, t);
  }
  // "What about a refund" is still a choice, with or without the apostrophe-less "whats".
  assert.equal(switchedChange("ok what about a refund", "cancel_order"), "refund");
  assert.equal(switchedChange("whatever, just do the refund", "cancel_order"), "refund");
});
