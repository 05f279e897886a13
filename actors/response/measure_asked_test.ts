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

Deno.test("a measure after 'to a' is another model, not a size of the item", async () => {
  const { VARIANT, MODEL } = await import("./items.ts");
  for (const t of ['switch 2002 to a 34" monitor instead', "change it to a 32 inch one"]) {
    assert.ok(!VARIANT.test(t), t);
  }
  assert.ok(MODEL.test("change it to a 32 inch one"));
  assert.ok(VARIANT.test("swap them for a 9"));
});
