import assert from "node:assert/strict";
import { misspeltVerb, readVerbTypos, withVerbsSpelt } from "./verb_typos.ts";
import type { IntentPrediction } from "./intent_model.ts";

Deno.test("short typos of a change's verb are read as the verb", () => {
  assert.equal(misspeltVerb("refnd"), "refund");
  assert.equal(misspeltVerb("retrn"), "return");
  assert.equal(misspeltVerb("cancl"), "cancel");
  assert.equal(misspeltVerb("refun"), "refund");
  assert.equal(withVerbsSpelt("refnd 1002 pls"), "refund 1002 pls");
});

Deno.test("real words and the verbs themselves are left as they are", () => {
  for (const w of ["cancer", "rerun", "refund", "return", "ref", "retry", "rotund", "cancels"]) {
    assert.equal(misspeltVerb(w), null, w);
  }
  assert.equal(withVerbsSpelt("where is my order"), null);
});

function p(intent: IntentPrediction["intent"], confidence = 0.8): IntentPrediction {
  return { intent, confidence, alternatives: [], source: "classifier" };
}

Deno.test("a reading that asks nothing is read again with the verb spelt out", () => {
  const classify = (t: string) => (t.startsWith("refund") ? p("refund_request") : p("affirm", 0.3));
  const r = readVerbTypos(p("affirm", 0.27), "refnd 1002 pls", classify);
  assert.equal(r.intent, "refund_request");
  assert.equal(r.spelt, "refund 1002 pls");
  assert.equal(
    readVerbTypos(p("order_status"), "refnd where is 1002", classify).intent,
    "order_status",
    "a reading that asks something stays",
  );
});
