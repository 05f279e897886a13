import assert from "node:assert/strict";
import { shippingFollowUp } from "./abroad_follow_up.ts";

Deno.test("a short follow-up about shipping time or cost naming no place is told apart", () => {
  for (const t of ["and how long does that take?", "how much is express?", "how long"]) {
    assert.ok(shippingFollowUp(t), t);
  }
  for (
    const t of [
      "and australia?",
      "how long does shipping take within the US?",
      "where is my order",
      "how long does standard shipping take to germany",
    ]
  ) assert.ok(!shippingFollowUp(t), t);
});
