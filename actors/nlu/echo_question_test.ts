import assert from "node:assert/strict";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { afterEcho } from "./echo_question.ts";

const classifier = sharedIntentClassifier();
const read = (text: string, type: "return_item" | "cancel_order") =>
  readReplyToPending(text, {
    pending: { type, order_id: type === "return_item" ? "ORD-1002" : "ORD-1003" },
    classify: (t) => classifier.classify(t),
  }).label;

Deno.test("a surprised echo of our news, then the change said, is a yes", () => {
  assert.equal(read("oh it's already here? then I want to return it", "return_item"), "affirm");
  assert.equal(
    read("wait it was delivered already? ok then yes return it", "return_item"),
    "affirm",
  );
  assert.equal(read("really? it hasnt shipped? great, cancel it then", "cancel_order"), "affirm");
  assert.equal(read("its already here?? no then, leave it", "return_item"), "deny");
});

Deno.test("an echo that asks something, or nothing after it, is no yes", () => {
  assert.notEqual(read("it's here? when did it come?", "return_item"), "affirm");
  assert.equal(afterEcho("it's here, isn't it? what happens now? yes"), null);
  assert.equal(afterEcho("oh it's already here?"), null);
  assert.equal(afterEcho("is it free? yes cancel it"), null);
  assert.equal(read("is it free? yes cancel it", "cancel_order"), "unclear");
  assert.equal(read("oh it's already here? hmm", "return_item"), "unclear");
});
