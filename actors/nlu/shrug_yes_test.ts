import assert from "node:assert/strict";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { afterShrug } from "./shrug_yes.ts";

const classifier = sharedIntentClassifier();
const read = (text: string, type: "cancel_order" | "refund" = "cancel_order") =>
  readReplyToPending(text, {
    pending: { type, order_id: "ORD-1003" },
    classify: (t) => classifier.classify(t),
  }).label;

Deno.test("a shrug, then the change said in so many words, is a yes", () => {
  for (
    const t of [
      "sure whatever, cancel it",
      "whatever, just do it",
      "fine whatever go ahead",
      "ok whatever then, cancel the order",
      "ugh whatever just cancel it already",
    ]
  ) {
    assert.equal(read(t), "affirm", t);
  }
  assert.equal(read("whatever, just refund it", "refund"), "affirm");
});

Deno.test("a shrug alone, or with a bare yes, stays unclear; a no after it is a no", () => {
  for (
    const t of ["yeah, sure, whatever", "whatever you think", "sure whatever, yes", "ok whatever"]
  ) {
    assert.equal(read(t), "unclear", t);
  }
  assert.equal(read("whatever, no leave it"), "deny");
});

Deno.test("only a leading shrug is read past", () => {
  assert.equal(afterShrug("cancel it whatever"), null);
  assert.equal(afterShrug("whatever"), null);
  assert.equal(afterShrug("sure whatever, cancel it already"), "cancel it");
});
