/**
 * The talk52 round's readings of yes and no: a no turned round ("no yeah do it", "nah actually
 * go ahead"), slang for definitely ("defo"), "I'd prefer not to", "on second thoughts".
 */
import assert from "node:assert/strict";
import type { ActionType } from "../../shared/protocol.ts";
import { readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import { afterTurnedNo } from "./turned_to_yes.ts";

const classifier = sharedIntentClassifier();

function read(text: string, type: ActionType = "cancel_order") {
  return readReplyToPending(text, {
    pending: { type, order_id: "ORD-1003" },
    classify: (t) => classifier.classify(t),
  }).label;
}

Deno.test("a no turned round and the change told to go on is a yes", () => {
  for (
    const t of [
      "no yeah do it",
      "nah actually go ahead",
      "nah yeah go on",
      "no, actually, do it",
      "no on second thoughts go for it",
      "no actually cancel it",
    ]
  ) assert.equal(read(t), "affirm", t);
});

Deno.test("a no turned round with no instruction after it stays unclear", () => {
  for (const t of ["no wait actually yes", "nah yeah", "nope go ahead", "no yeah no", "yeah no"]) {
    assert.notEqual(read(t), "affirm", t);
  }
  assert.equal(read("nah actually dont"), "deny");
  assert.equal(afterTurnedNo("no yeah no don't"), null);
  assert.equal(afterTurnedNo("yeah no"), null);
});

Deno.test("'defo' and 'deffo mate' are a yes; 'I'd prefer not to' is a no", () => {
  assert.equal(read("defo"), "affirm");
  assert.equal(read("deffo mate"), "affirm");
  assert.equal(read("defs", "expedite_order"), "affirm");
  assert.equal(read("i'd prefer not to"), "deny");
  assert.equal(read("prefer not"), "deny");
  assert.notEqual(read("defo not"), "affirm");
});

Deno.test("'on second thoughts' turns back as 'on second thought' does", () => {
  assert.equal(read("on second thoughts no"), "deny");
  assert.equal(read("on second thoughts, yes go ahead"), "affirm");
  assert.equal(read("on second thoughts don't cancel it"), "deny");
});
