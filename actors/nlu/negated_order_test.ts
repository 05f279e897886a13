/** An order number said not to be the one meant is no order of the message. */
import assert from "node:assert/strict";
import { extractEntities } from "./entities.ts";
import { indexProducts } from "./products.ts";

const now = new Date("2026-11-25T12:00:00Z");
const products = indexProducts([{ sku: "ELC-001", name: "Noise-Cancelling Headphones" }]);
const numbers = (text: string) =>
  (extractEntities(text, { now, products }).order_refs ?? []).map((r) => r.id ?? r.text);

Deno.test("'not 1002, 1003' and 'sorry not 1003, the headphones order' leave the negated out", () => {
  assert.deepEqual(numbers("not 1002, 1003").map((n) => n.replace(/\D/g, "")), ["1003"]);
  assert.deepEqual(numbers("sorry not 1003, the headphones order"), []);
  assert.deepEqual(
    numbers("cancel ORD-1001, not ORD-1003").map((n) => n.replace(/\D/g, "")),
    ["1001"],
  );
  // Alone, or not negated, the number stays.
  assert.deepEqual(numbers("not 1003").map((n) => n.replace(/\D/g, "")), ["1003"]);
  assert.deepEqual(numbers("why is 1003 not shipped").map((n) => n.replace(/\D/g, "")), ["1003"]);
  assert.equal(extractEntities("not ORD-1002, ORD-1003", { now }).order_ids.join(), "ORD-1003");
});
