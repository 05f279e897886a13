import assert from "node:assert/strict";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

const classifier = sharedIntentClassifier();
const read = (text: string, type: "return_item" | "cancel_order" = "return_item") =>
  readReplyToPending(text, {
    pending: { type, order_id: "ORD-1002" },
    classify: (t) => classifier.classify(t),
  }).label;

Deno.test("a verb that sets any change going is a yes beside a yes or alone", () => {
  for (
    const text of [
      "ok go ahead and start it",
      "yes start it",
      "sure, start it",
      "ok set it up",
      "alright let's start it",
      "yes sort it out please",
      "please start it",
    ]
  ) {
    assert.equal(read(text), "affirm", text);
  }
  assert.equal(read("let's cancel it", "cancel_order"), "affirm");
});

Deno.test("the same verbs refused, negated or asked about are no yes", () => {
  assert.equal(read("no don't start it"), "deny");
  assert.equal(read("don't start it yet"), "deny");
  for (const text of ["let's not start it", "start it?", "how long does it take to process"]) {
    assert.notEqual(read(text), "affirm", text);
  }
  assert.equal(read("let's not cancel it", "cancel_order") === "affirm", false);
});
