/** Questions about a change just made, read by their shape. */
import assert from "node:assert/strict";
import { asksForConfirmation, asksIfDone, asksToReorder, asksWhatNext } from "./done_asked.ts";

Deno.test("whether it went through is asked in many words", () => {
  for (
    const text of [
      "did it go through?",
      "hang on did that actually go through??",
      "is that refund confirmed?",
      "did the refund go through ok?",
      "did you actually cancel it or not",
      "so i get my 192 back right?",
      "wait so I'm getting the money back?",
    ]
  ) {
    assert.ok(asksIfDone(text), text);
  }
  for (
    const text of ["did my parcel arrive?", "where is my refund for ORD-1002", "go through it"]
  ) {
    assert.ok(!asksIfDone(text), text);
  }
});

Deno.test("a confirmation or an email is asked for after a change", () => {
  for (
    const text of [
      "will I get an email?",
      "Will I receive a confirmation email for this?",
      "can you send me a confirmation",
      "send me an email confirmation pls",
      "can i get that in writing",
    ]
  ) {
    assert.ok(asksForConfirmation(text), text);
  }
  for (const text of ["change my email address", "I didn't get the email with the code"]) {
    assert.ok(!asksForConfirmation(text), text);
  }
});

Deno.test("what happens next, and an order placed again, are read as such", () => {
  for (const text of ["so what happens now?", "ok now what", "what are the next steps?"]) {
    assert.ok(asksWhatNext(text), text);
  }
  assert.ok(!asksWhatNext("what happens if it doesn't arrive by friday?"));
  for (const text of ["ok then just reorder it for me", "can you place it again for me"]) {
    assert.ok(asksToReorder(text), text);
  }
  assert.ok(!asksToReorder("how do I place an order?"));
});
