import assert from "node:assert/strict";
import { goesWithTheRest, remindsToInclude } from "./with_the_rest.ts";

Deno.test("items said to go too go with the rest of the order; 'just' or 'only' narrows after all", () => {
  for (
    const t of [
      "But please make sure the water bottles go too",
      "the bottles as well",
      "dont forget the shoes",
      "including the shoes right",
    ]
  ) assert.equal(goesWithTheRest(t), true, t);
  for (const t of ["ok cancel the shoes then", "just the bottles too", "only the shoes"]) {
    assert.equal(goesWithTheRest(t), false, t);
  }
});

Deno.test("'don't forget' is a reminder, not a no", () => {
  assert.equal(remindsToInclude("dont forget the shoes"), true);
  assert.equal(remindsToInclude("Don't forget the bottles!"), true);
  assert.equal(remindsToInclude("don't cancel it"), false);
  assert.equal(remindsToInclude("forget it"), false);
});
