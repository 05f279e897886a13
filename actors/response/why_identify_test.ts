import assert from "node:assert/strict";
import { whyIdentify } from "./why_identify.ts";
import { viewOf } from "./view.ts";
import { FIXTURE_NOW, guestContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const ASKED =
  "Happy to look into that. Orders are private, so I need to confirm who you are first. Please sign in, or tell me the email address you ordered with, and I'll take it from there.";

function asked(text: string, replied: string | null = ASKED) {
  const v = viewOf(
    turnWith({ text, intent: intentOf("other", text), context: guestContext() }),
    FIXTURE_NOW,
  );
  return whyIdentify({ ...v, replied }, "neutral");
}

Deno.test("'why can't you just tell me?' after a guest was asked to sign in: why, and how", () => {
  for (
    const text of [
      "why can't you just tell me?",
      "why do you need my email",
      "what do you need my email for",
    ]
  ) {
    const d = asked(text);
    assert.equal(d?.template, "identify_why", text);
    assert.match(d?.text ?? "", /order details are private/);
    assert.match(d?.text ?? "", /one-time code/);
  }
  // Asked of anything else, or when we asked nothing of the kind, it is not this reply.
  assert.equal(asked("why is shipping so expensive?"), null);
  assert.equal(
    asked("why can't you just tell me?", "Standard shipping takes 3–5 business days."),
    null,
  );
});
