/** A five-letter typo of a long word of the catalogue is read as it, as `match` reads it. */
import assert from "node:assert/strict";
import { indexProducts } from "./products.ts";

const index = indexProducts([
  { sku: "HOM-201", name: "Robot Vacuum Cleaner" },
  { sku: "HOM-202", name: "Stand Mixer" },
]);

Deno.test("'vacum' misspells the catalogue's 'vacuum'; a short word stays a guess", () => {
  assert.equal(index.misspelt("vacum"), "vacuum");
  assert.equal(index.misspelt("mixr"), null);
  assert.equal(index.misspelt("hedphone"), null);
});
