import assert from "node:assert/strict";
import { measureIn, measureNotSold } from "./measure_asked.ts";

Deno.test("a measure the store's product does not have is said not sold", () => {
  assert.equal(measureIn("do you sell a 32 inch monitor?"), "32");
  assert.equal(measureIn('a 24" one'), "24");
  assert.match(
    measureNotSold("do you sell a 32 inch monitor?", "27-inch 4K Monitor")!,
    /don't sell a 32-inch.*27-inch 4K Monitor/,
  );
  // The product's own measure, or none asked: nothing said.
  assert.equal(measureNotSold("is the 27 inch monitor in stock", "27-inch 4K Monitor"), null);
  assert.equal(measureNotSold("is the monitor in stock", "27-inch 4K Monitor"), null);
  assert.equal(measureNotSold("a 32 inch one?", "Stand Mixer"), null);
});
