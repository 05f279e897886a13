import assert from "node:assert/strict";
import type { ActionType } from "../../shared/protocol.ts";
import { type ConfirmationOptions, readReplyToPending } from "./confirmation.ts";
import { sharedIntentClassifier } from "./intent_model.ts";

const classifier = sharedIntentClassifier();

function read(text: string, type: ActionType = "cancel_order"): string {
  const o: ConfirmationOptions = {
    pending: { type, order_id: "ORD-1003" },
    classify: (t) => classifier.classify(t),
  };
  return readReplyToPending(text, o).label;
}

Deno.test("a no after an acknowledgement of what we said is a no (was asked again)", () => {
  for (
    const t of [
      "oh ok, no don't cancel then",
      "oh right no leave it",
      "hmm ok then no, keep it",
      "ah ok nevermind then dont cancel",
      "oh i see, no then",
      "ok then no",
      "ok no thanks",
      "Got it. No, don't bother",
      "alright, not now",
    ]
  ) {
    assert.equal(read(t), "deny", t);
  }
  assert.equal(read("okay, no, leave the address as it is", "change_address"), "deny");
});

Deno.test("a bare no after a bare ok stays unclear, and an opener never makes a yes", () => {
  for (const t of ["ok no", "ok, no", "right, no", "oh ok no."]) {
    assert.equal(read(t), "unclear", t);
  }
  for (
    const t of [
      "ok no problem",
      "ok dont wait, just do it",
      "okay no rush, go ahead",
      "ok no worries go ahead",
      "ok no need to email me, just cancel",
    ]
  ) {
    assert.notEqual(read(t), "deny", t);
    assert.notEqual(read(t), "affirm", t);
  }
  // "Oh no" is dismay, not an acknowledgement.
  assert.notEqual(read("oh no, that's a shame. yes please cancel"), "deny");
});

Deno.test("'yeah no' before a no is still a no, and alone still unclear", () => {
  assert.equal(read("yeah no, leave it"), "deny");
  assert.equal(read("yeah no"), "unclear");
});

Deno.test("'yeah nah, all good' and 'yeah no i'm good thanks' are noes; 'yeah all good' is not one", () => {
  for (const t of ["yeah nah all good", "yeah no i'm good thanks", "yea nah its fine mate"]) {
    assert.equal(read(t), "deny", t);
  }
  assert.notEqual(read("yeah all good"), "deny");
});

Deno.test("a resigned 'fine, no, keep it' is a no; 'fine' alone or 'fine, go ahead' is none", () => {
  assert.equal(read("fine, no, keep it"), "deny");
  assert.equal(read("fine then, no"), "deny");
  assert.notEqual(read("fine no"), "deny");
  assert.notEqual(read("fine, go ahead"), "deny");
});

Deno.test("'no that's fine' is a no; a yes after it leaves it unclear", () => {
  for (
    const t of [
      "no that's fine",
      "no thats fine, just wanted to know",
      "nope thats ok thanks",
      "no thats fine, ill just keep it",
    ]
  ) {
    assert.equal(read(t, "refund"), "deny", t);
  }
  assert.equal(read("no, that's fine, go ahead", "refund"), "unclear");
  assert.equal(read("that's fine", "refund"), "affirm");
});

Deno.test("'no thats fine, i'll wait' to a chase of the parcel is a no (was yes and no at once)", () => {
  for (
    const t of [
      "no thats fine, i'll wait",
      "no thats fine ill just wait it out",
      "nope it's ok, i can wait",
    ]
  ) {
    assert.equal(read(t, "carrier_investigation"), "deny", t);
  }
  assert.equal(
    read("no thats fine, i'll wait. actually go ahead", "carrier_investigation"),
    "unclear",
  );
});
