import assert from "node:assert/strict";
import { arrivalOnlyExpected } from "./arrival_expected.ts";

Deno.test("an arrival awaited under a modal or beside a let-down feeling is only expected", () => {
  for (
    const text of [
      "my keyboard should have arrived already",
      "the headphones should've come already",
      "it was supposed to be here already",
      "my shoes ought to have come by now",
      "so disappointed, my keyboard arrived? no it didn't",
    ]
  ) assert.ok(arrivalOnlyExpected(text), text);
});

Deno.test("goods told come are not only expected", () => {
  for (
    const text of [
      "my keyboard arrived",
      "got the headphones already, thx",
      "the keyboard is here!",
    ]
  ) assert.ok(!arrivalOnlyExpected(text), text);
});
