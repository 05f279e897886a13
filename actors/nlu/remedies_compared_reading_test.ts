import assert from "node:assert/strict";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

Deno.test("'what's faster, a refund or a replacement?' is not read as the replacement asked instead", () => {
  const classifier = sharedIntentClassifier();
  const read = (text: string) =>
    readReplyToPending(text, {
      pending: { type: "refund", order_id: "ORD-3001" },
      classify: (t) => classifier.classify(t),
    });
  assert.notEqual(read("Wait, what's faster, a refund or a replacement?").label, "affirm");
  assert.notEqual(
    read("Wait, what's faster, a refund or a replacement?").reason,
    "asks for a replacement instead",
  );
  // A replacement asked for outright still is.
  assert.equal(
    read("actually send a replacement instead").reason,
    "asks for a replacement instead",
  );
  // "Refund it is then": the refund chosen, said so.
  assert.equal(read("ok refund it is then, yes").label, "affirm");
});
