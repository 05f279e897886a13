import assert from "node:assert/strict";
import { listChoice, pickedByName } from "./list_pick_name.ts";

const CATALOGUE = [
  { sku: "AUD-102", name: "Noise-Cancelling Headphones" },
  { sku: "AUD-104", name: "Studio Monitor Headphones" },
  { sku: "AUD-107", name: "Kids Volume-Limited Headphones" },
];
const LISTED = CATALOGUE.map((p) => p.sku);
const NAMES = new Map(CATALOGUE.map((p) => [p.sku, p.name]));

Deno.test("a word only one listed name has picks that product", () => {
  assert.equal(pickedByName("the studio ones", LISTED, NAMES), "AUD-104");
  assert.equal(pickedByName("kids one pls", LISTED, NAMES), "AUD-107");
  assert.equal(pickedByName("noise cancelling", LISTED, NAMES), "AUD-102");
});

Deno.test("a word every listed name has, or none has, picks nothing", () => {
  assert.equal(pickedByName("the headphones", LISTED, NAMES), null);
  assert.equal(pickedByName("the blue one", LISTED, NAMES), null);
  // More than a short pick is a message of its own.
  assert.equal(
    pickedByName("my studio headphones from last week never came at all", LISTED, NAMES),
    null,
  );
});

Deno.test("a place or a price picks before a name", () => {
  assert.deepEqual(listChoice("the second one", LISTED, CATALOGUE), [CATALOGUE[1]]);
  assert.deepEqual(listChoice("the cheapest", LISTED, CATALOGUE), CATALOGUE);
  assert.deepEqual(listChoice("the studio ones", LISTED, CATALOGUE), [CATALOGUE[1]]);
  assert.deepEqual(listChoice("hmm", LISTED, CATALOGUE), []);
});
