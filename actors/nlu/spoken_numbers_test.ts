/** Order numbers said in words are read as digits; words that are no number stay. */
import assert from "node:assert/strict";
import { withSpokenNumbers } from "./spoken_numbers.ts";

Deno.test("a dictated order number is written as its digits", () => {
  assert.equal(withSpokenNumbers("cancel order one thousand and two"), "cancel order 1002");
  assert.equal(withSpokenNumbers("where is order ten oh one"), "where is order 1001");
  assert.equal(withSpokenNumbers("and one zero zero three"), "and 1003");
  assert.equal(withSpokenNumbers("order two thousand three hundred and five"), "order 2305");
  assert.equal(withSpokenNumbers("it's order twenty-oh-two"), "it's order 2002");
});

Deno.test("counts and sayings are no order numbers", () => {
  for (const t of ["one more bottle", "I've told you a thousand times", "two or three days"]) {
    assert.equal(withSpokenNumbers(t), null, t);
  }
});
