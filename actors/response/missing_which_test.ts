import assert from "node:assert/strict";
import { castContext } from "../../tests/fixtures/turns.ts";
import { missingLines } from "./missing_which.ts";

const order = castContext("sarah", { order: "ORD-1002" }).order!;
const skus = (text: string) => missingLines(text, order)?.map((l) => l.sku) ?? null;

Deno.test("the lines missing are those the words say did not come, not those that came", () => {
  assert.deepEqual(skus("only got the espresso machine, where's the frother??"), ["KIT-110"]);
  assert.deepEqual(skus("there was no frother in there, just the coffee machine"), ["KIT-110"]);
  assert.deepEqual(skus("i only received the frother, the machine is missing"), ["KIT-101"]);
  // What follows "only" tells the trouble, or nothing is said missing: no reading.
  assert.equal(skus("only the frother is missing"), null);
  assert.equal(skus("the frother is broken, only the machine works"), null);
});
