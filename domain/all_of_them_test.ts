import assert from "node:assert/strict";
import { asksAllOfThem } from "./all_of_them.ts";

Deno.test("'both then' to a line lowered from 2 to 1 asks for every one of them", () => {
  for (const t of ["both then", "actually all of them", "oh both", "both of them please"]) {
    assert.ok(asksAllOfThem(t, 1, 2), t);
  }
});

Deno.test("not to a raised count, nor in a longer message, nor with nothing lowered", () => {
  assert.ok(!asksAllOfThem("both", 3, 2));
  assert.ok(!asksAllOfThem("both then", 2, 2));
  assert.ok(!asksAllOfThem("both the shoes and the bottles", 1, 2));
  assert.ok(!asksAllOfThem("yes", 1, 2));
});
