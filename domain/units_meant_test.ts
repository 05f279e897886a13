import assert from "node:assert/strict";
import { unitsMeant } from "./units_meant.ts";

Deno.test("some units of a line: 'one of the two bottles', 'just one bottle', 'a single one'", () => {
  assert.equal(unitsMeant("return one of the two water bottles from 1003", 2), 1);
  assert.equal(unitsMeant("can i send back 2 of the mugs", 3), 2);
  assert.equal(unitsMeant("no, only one of them", 2), 1);
  assert.equal(unitsMeant("just one bottle please", 2), 1);
  assert.equal(unitsMeant("a single bottle is enough", 2), 1);
});

Deno.test("all units, or no count: null", () => {
  assert.equal(unitsMeant("return both bottles", 2), null);
  assert.equal(unitsMeant("return just the bottles", 2), null);
  assert.equal(unitsMeant("cancel the water bottles", 2), null);
  assert.equal(unitsMeant("two of the two bottles", 2), null);
  assert.equal(unitsMeant("one of the bottles", 1), null);
});

Deno.test("goods counted in pairs: 'return one pair' of two is one, 'both pairs' is all", () => {
  assert.equal(
    unitsMeant("I got 2 pairs of running shoes but only need one, can I return one pair?", 2),
    1,
  );
  assert.equal(unitsMeant("can I return one pair of the running shoes", 2), 1);
  assert.equal(unitsMeant("send a pair back", 3), 1);
  assert.equal(unitsMeant("return both pairs", 2), null);
  assert.equal(unitsMeant("return the 2 pairs of shoes", 2), null);
  assert.equal(unitsMeant("return a pair of shoes", 1), null);
});
