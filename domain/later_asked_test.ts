import assert from "node:assert/strict";
import { asksLater } from "./later_asked.ts";

Deno.test("the waiting change asked for at a later time is read as such", () => {
  for (
    const t of [
      "can you do it tomorrow instead?",
      "do it tomorrow",
      "can you wait till friday and then cancel",
      "not today, maybe next week",
      "cancel it next week please",
      "process the refund on friday",
      "hold off until monday then do it",
      "can u do it in a few days",
    ]
  ) assert.ok(asksLater(t), t);
});

Deno.test("a yes, a question about timing or a later of its own is no later request", () => {
  for (
    const t of [
      "yes do it",
      "when will the refund arrive",
      "how long does it take?",
      "yes please, will it arrive tomorrow?",
      "maybe later",
      "I'll be home tomorrow",
      "no",
    ]
  ) assert.ok(!asksLater(t), t);
});
