import assert from "node:assert/strict";
import { changesCount } from "./count_change.ts";

Deno.test("'i only need 1 water bottle' said alone changes the count an order has", () => {
  for (
    const text of [
      "i only need 1 water bottle",
      "actually i only need one bottle",
      "I just want 2 water bottles please",
      "can i have 3 water bottles on 1003 instead of 2",
    ]
  ) assert.ok(changesCount(text), text);
  for (
    const text of [
      "i only need 1 water bottle, do you sell them singly?",
      "i need 1 water bottle",
      "i only need 1 water bottle for my trip, which one is best",
    ]
  ) assert.ok(!changesCount(text), text);
});
