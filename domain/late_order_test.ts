import assert from "node:assert/strict";
import { speaksOfLateOrder } from "./late_order.ts";

Deno.test("an order late and not come, told in shoppers' words", () => {
  for (
    const t of [
      "Can I get a refund for a late delivery?",
      "my order is delayed",
      "it's taking so long",
      "still waiting for my headphones",
    ]
  ) assert.ok(speaksOfLateOrder(t), t);
  for (
    const t of [
      "my espresso machine arrived late, can i get a refund?",
      "it was delivered two days late",
      "where is my order",
    ]
  ) assert.ok(!speaksOfLateOrder(t), t);
});
