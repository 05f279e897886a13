/**
 * A short question of the waiting change's time or money — bare ("how long?") or after a pause
 * ("wait actually how long would that take") — is answered from the change, then asked again.
 */
import assert from "node:assert/strict";
import { pendingQuestion } from "./pending_question.ts";
import { changeAskedAbout } from "./policy_answer.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const replacement = pendingOf({
  type: "replacement",
  order_id: "ORD-3001",
  requires_confirmation: true,
});

const asked = (text: string) =>
  pendingQuestion(
    viewOf(
      turnWith({
        text,
        who: "emma",
        context: castContext("emma", { order: "ORD-3001" }),
        session: { pending_action: replacement },
      }),
      FIXTURE_NOW,
    ),
    "neutral",
  );

Deno.test("a question of time after a pause is answered from the waiting replacement", () => {
  for (const text of ["how long?", "wait actually how long would that take", "hmm when"]) {
    const d = asked(text);
    assert.equal(d?.template, "pending_details", text);
    assert.match(d!.text, /leaves our warehouse within 1 business day/, text);
  }
});

Deno.test("a pause before anything but such a question is left to the other readers", () => {
  for (const text of ["wait no", "actually I changed my mind", "wait, is the mixer in stock?"]) {
    assert.equal(asked(text), null, text);
  }
});

Deno.test("'how much would it cost?' while a replacement waits is its cost, not shipping's", () => {
  const about = (text: string) =>
    changeAskedAbout(
      viewOf(
        turnWith({
          text,
          who: "emma",
          context: castContext("emma", { order: "ORD-3001" }),
          session: { pending_action: replacement },
        }),
        FIXTURE_NOW,
      ),
      "neutral",
    );
  for (const text of ["how much would it cost?", "is it free?", "how long does that take"]) {
    assert.equal(about(text)?.template, "pending_question_answered", text);
  }
  assert.match(about("how much would it cost?")!.text, /free of charge/);
  // Shipping named: the speeds' prices are asked, not the replacement's.
  assert.equal(about("how much is express shipping?"), null);
  assert.equal(about("where is it?"), null);
});
