import assert from "node:assert/strict";
import { sinceDamaged } from "./fault_words.ts";

Deno.test("a leak or a fault found in use is 'faulty', never 'arrived damaged'", () => {
  assert.equal(sinceDamaged("espresso machine leaks water"), "Since it's faulty");
  assert.equal(sinceDamaged("the mixer stopped working"), "Since it's faulty");
  assert.equal(sinceDamaged("it arrived cracked"), "Since it arrived damaged");
  assert.equal(sinceDamaged("replace it please"), "Since it arrived damaged");
});
