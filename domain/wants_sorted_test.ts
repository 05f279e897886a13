import assert from "node:assert/strict";
import { wantsItSorted } from "./wants_sorted.ts";

Deno.test("a whole message that only wishes a problem put right is read as such", () => {
  for (
    const t of [
      "i just want it sorted",
      "I just want this fixed.",
      "honestly i just want it sorted out",
      "can someone just fix this",
      "just sort it out pls",
      "all i want is for this to be resolved",
      "i just need you to sort it out",
    ]
  ) {
    assert.ok(wantsItSorted(t), t);
  }
});

Deno.test("a wish that tells what is wrong, or asks for something, is not", () => {
  for (
    const t of [
      "i want it sorted, my headphones never came",
      "i want a refund",
      "i need it by friday",
      "i want it done by friday",
    ]
  ) {
    assert.equal(wantsItSorted(t), false, t);
  }
});
