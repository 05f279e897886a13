import assert from "node:assert/strict";
import { asksHold } from "./order_hold.ts";

Deno.test("what happens if I don't (ever) pay asks how long the order is held", () => {
  for (
    const t of [
      "what happens to my monitor order if I don't pay?",
      "what if i just never pay for 2002",
      "if i dont pay for the monitor does it get cancelled?",
      "what will happen if i cant pay",
    ]
  ) assert.ok(asksHold(t), t);
  assert.ok(!asksHold("what happens if i pay by paypal"));
});
