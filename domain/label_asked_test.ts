import assert from "node:assert/strict";
import { asksLabel } from "./label_asked.ts";

Deno.test("the label of a return asked for, missed or lost", () => {
  for (
    const t of [
      "when do i get the label",
      "i didnt get the return label",
      "i lost it, can you send the label again",
      "where is the return label?",
      "how do i print the label",
    ]
  ) assert.ok(asksLabel(t), t);
});

Deno.test("the rules on labels, and labels of other things, are not asked for", () => {
  for (const t of ["is the return label free", "who pays for the return label", "hi there"]) {
    assert.equal(asksLabel(t), false, t);
  }
});
