import assert from "node:assert/strict";
import { saysNotArrived } from "./not_arrived.ts";

Deno.test("a short 'it did not come' is told from anything else", () => {
  for (
    const t of [
      "I didn't get the email",
      "didnt get the emial",
      "still nothing",
      "still nothing.",
      "nope, still nothing",
      "no email yet",
      "it hasn't arrived",
      "haven't received it",
      "the link never came",
      "still havent got it",
    ]
  ) assert.equal(saysNotArrived(t), true, t);
  for (
    const t of [
      "where is my order",
      "my parcel never arrived and I want a refund now, this is the third time this happened",
      "thanks, got it",
      "nothing else, thanks",
      "still no refund for ORD-3002, what is going on with this order please",
    ]
  ) assert.equal(saysNotArrived(t), false, t);
});
