import assert from "node:assert/strict";
import { asksHowPaid } from "./paid_how.ts";

Deno.test("how an order of theirs was paid is told from the ways to pay", () => {
  for (
    const t of [
      "what payment did i use for 3002?",
      "which card did i use for 2001",
      "how did i pay for 2002",
      "what did I pay with for the vacuum",
    ]
  ) assert.equal(asksHowPaid(t), true, t);
  for (
    const t of [
      "do you take amex?",
      "which cards do you accept",
      "how do i pay for 2002",
      "what did i pay",
    ]
  ) assert.equal(asksHowPaid(t), false, t);
});
