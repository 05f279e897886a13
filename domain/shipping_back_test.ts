import assert from "node:assert/strict";
import { asksShippingBack } from "./shipping_back.ts";

Deno.test("a short question of the shipping fee, to a change giving money back", () => {
  for (
    const t of [
      "and the shipping?",
      "does that include shipping",
      "what about postage",
      "shipping too?",
    ]
  ) {
    assert.ok(asksShippingBack(t, "refund"), t);
  }
  assert.ok(asksShippingBack("and the shipping?", "cancel_order"));
});

Deno.test("not to a speed-up, and not a request for a shipping speed", () => {
  assert.ok(!asksShippingBack("and the shipping?", "expedite_order"));
  assert.ok(!asksShippingBack("can i get express shipping", "refund"));
  assert.ok(!asksShippingBack("how much is shipping to canada", "refund"));
});
