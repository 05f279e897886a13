import assert from "node:assert/strict";
import { readWhileQueued } from "./queued_yes.ts";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

const classifier = sharedIntentClassifier();
const read = (text: string) =>
  readReplyToPending(text, {
    pending: { type: "cancel_order", order_id: "ORD-1003" },
    classify: (t) => classifier.classify(t),
  });

Deno.test("'ok' while a person is on the way is no consent; a clear yes still is", () => {
  assert.equal(readWhileQueued(read("ok"), true).label, "unclear");
  assert.equal(readWhileQueued(read("alright"), true).label, "unclear");
  assert.equal(readWhileQueued(read("yes"), true).label, "affirm");
  assert.equal(readWhileQueued(read("yes, cancel it"), true).label, "affirm");
  assert.equal(readWhileQueued(read("no"), true).label, "deny");
  // Out of a queue, "ok" to our question is a yes as before.
  assert.equal(readWhileQueued(read("ok"), false).label, "affirm");
});
