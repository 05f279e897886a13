import assert from "node:assert/strict";
import { toldArrivedLate } from "./arrived_late.ts";

Deno.test("goods told to have come late, not supposed to", () => {
  for (
    const t of [
      "my espresso machine came a week late",
      "the espresso machine arrived a week late, I needed it for a party",
      "it arrived 3 days late",
      "my order took forever to arrive",
      "took 2 weeks to get here",
    ]
  ) assert.ok(toldArrivedLate(t), t);
  for (
    const t of [
      "will it arrive late?",
      "my parcel is late",
      "where is my order, it's late",
      "if it comes too late can I return it",
    ]
  ) assert.equal(toldArrivedLate(t), false, t);
});
