import assert from "node:assert/strict";
import { asksDeliveryDay } from "./delivery_day.ts";

Deno.test("a delivery day asked for, in shoppers' words", () => {
  for (
    const t of [
      "can you deliver 1003 on saturday instead",
      "pls deliver on friday instead",
      "can you change the delivery date of 1001",
      "could it be delivered on the 12th",
      "reschedule my delivery day pls",
    ]
  ) assert.ok(asksDeliveryDay(t), t);
  for (
    const t of [
      "when will it be delivered",
      "it was delivered on monday but broken",
      "change the delivery address",
      "can my keyboard arrive on the 9th",
    ]
  ) assert.ok(!asksDeliveryDay(t), t);
});
