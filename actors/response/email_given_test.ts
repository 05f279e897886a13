import assert from "node:assert/strict";
import { emailGiven } from "./email_given.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function given(text: string, faq: string | null = "reset_email_missing") {
  const v = viewOf(
    turnWith({ text, who: "mike", intent: intentOf("affirm", text), context: castContext("mike") }),
    FIXTURE_NOW,
  );
  return emailGiven({ ...v, faq }, "neutral");
}

Deno.test("an email given after the reset answer is checked against the account signed in", () => {
  const own = given("its mike.johnson@example.com");
  assert.equal(own?.template, "email_given_own");
  assert.match(own?.text ?? "", /mike\.johnson@example\.com is the email on your account/);
  const other = given("my email is mike.j@work.example");
  assert.equal(other?.template, "email_given_other");
  assert.match(other?.text ?? "", /uses mike\.johnson@example\.com/);
  // After anything but the sign-in answers, or with more said, it is not this reply.
  assert.equal(given("its mike.johnson@example.com", null), null);
  assert.equal(given("its mike.johnson@example.com, where is my keyboard"), null);
});
