import assert from "node:assert/strict";
import { linesMeant } from "./lines_meant.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const order = castContext("sarah", { order: "ORD-1002" }).order!;
const view = (text: string, refs: string[]) =>
  ({
    text,
    entities: { item_refs: refs.map((name) => ({ text: `the ${name}`, name, sku: null })) },
  }) as unknown as TurnView;

Deno.test("goods named to be kept are not among the lines meant", () => {
  const v = view("Frother died after a week, replace only the frother, the machine is fine", [
    "frother",
    "machine",
  ]);
  assert.deepEqual(linesMeant(v, order).map((l) => l.name), ["Milk Frother"]);
});

Deno.test("both named with nothing kept: both lines", () => {
  const v = view("the frother and the espresso machine are both broken", [
    "frother",
    "espresso machine",
  ]);
  assert.equal(linesMeant(v, order).length, 2);
});
