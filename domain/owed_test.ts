import assert from "node:assert/strict";
import { asksOwed } from "./owed.ts";

Deno.test("what they still owe, asked in shoppers' words", () => {
  for (
    const t of [
      "what do I owe you for the monitor",
      "how much do I still owe?",
      "what's the amount due on the monitor order",
      "how much is left to pay on the monitor",
    ]
  ) assert.equal(asksOwed(t), true, t);
  for (const t of ["how much did I pay for the headphones?", "how much is the monitor"]) {
    assert.equal(asksOwed(t), false, t);
  }
});
