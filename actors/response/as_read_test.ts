import assert from "node:assert/strict";
import { asRead, spellingsOf } from "./as_read.ts";

Deno.test("the words the intent actor read differently are kept, typo to word", () => {
  assert.deepEqual(spellingsOf("Delete my acount", "Delete my account"), { acount: "account" });
  assert.deepEqual(spellingsOf("where is it", undefined), {});
  // Not the same words: nothing is guessed.
  assert.deepEqual(spellingsOf("cancel it. actually no", "actually no"), {});
});

Deno.test("a part of the message is read with the same spellings", () => {
  const v = {
    text: "delete my acount and my pasword?",
    spellings: spellingsOf(
      "delete my acount and my pasword?",
      "delete my account and my password?",
    ),
  };
  assert.equal(asRead(v), "delete my account and my password?");
  assert.equal(asRead(v, "the acount"), "the account");
  assert.equal(asRead({ text: "hi" }), "hi");
});

Deno.test("a word read with an apostrophe is still one word for one ('wats' → \"what's\")", () => {
  const text = "wats the warrenty on stuff";
  const spellings = spellingsOf(text, "what's the warranty on stuff");
  assert.equal(asRead({ text, spellings }), "what's the warranty on stuff");
});
