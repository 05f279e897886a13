import assert from "node:assert/strict";
import { allButKept } from "./all_but.ts";

Deno.test("a yes to the rest names the items kept: 'sure but not the shoes'", () => {
  assert.equal(allButKept("sure but not the shoes"), "shoes");
  assert.equal(allButKept("yes, everything except the bottles"), "bottles");
  assert.equal(allButKept("ok cancel it apart from the shoes"), "shoes");
});

Deno.test("a no, a yes with no exception, or 'not now' names nothing kept", () => {
  for (const t of ["no, not the shoes", "yes", "sure, but not now", "not the shoes"]) {
    assert.equal(allButKept(t), null, t);
  }
});
