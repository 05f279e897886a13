import assert from "node:assert/strict";
import { speedTakenFor } from "./speed_taken.ts";

Deno.test("the speed just priced taken for an order, in a few words", () => {
  for (
    const t of [
      "can i get that for 2001?",
      "ok do that for my keyboard order",
      "I'll take that on ORD-1001 please",
      "cool, can you put it on 1003",
    ]
  ) assert.ok(speedTakenFor(t), t);
});

Deno.test("other words are no speed taken", () => {
  for (
    const t of ["can i get a refund for 2001?", "where is 2001", "what does that cost for 2001"]
  ) {
    assert.ok(!speedTakenFor(t), t);
  }
});
