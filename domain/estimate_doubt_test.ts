import assert from "node:assert/strict";
import { asksIfMissed, doubtsEstimate } from "./estimate_doubt.ts";

Deno.test("doubts about a delivery estimate are told from other questions", () => {
  for (
    const t of [
      "is that guaranteed?",
      "are you sure",
      "can you guarantee that",
      "will it really arrive then?",
      "is that just an estimate",
      "how reliable is that",
    ]
  ) {
    assert.ok(doubtsEstimate(t), t);
    assert.ok(!asksIfMissed(t), t);
  }
  for (
    const t of [
      "what if it doesn't come by then",
      "what if it doesnt arrive by then?",
      "and if it's late again?",
      "what happens if it never shows up",
      "what if it's lost",
    ]
  ) {
    assert.ok(doubtsEstimate(t), t);
    assert.ok(asksIfMissed(t), t);
  }
  for (
    const t of [
      "what if i don't like it",
      "is the warranty guaranteed",
      "what if I want to return it",
      "is that the same as the invoice",
      "are you sure you can't cancel it, I really need to because I ordered the wrong size twice",
    ]
  ) assert.ok(!doubtsEstimate(t), t);
});

Deno.test("the estimate missed said short: 'and if it doesn't?', 'what if not'", () => {
  for (
    const t of ["and if it doesn't?", "what if it doesnt", "and if not?", "ok and if it won't"]
  ) {
    assert.ok(asksIfMissed(t), t);
  }
  for (const t of ["and if it's blue?", "if not too much trouble can you check 1003"]) {
    assert.ok(!asksIfMissed(t), t);
  }
});
