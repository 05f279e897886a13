import assert from "node:assert/strict";
import { linesNamed, namesItemWord, tellingWords } from "./item_words.ts";

Deno.test("an order line is named by a telling word of its name, plural or not", () => {
  assert.deepEqual(tellingWords("Insulated Water Bottle"), [
    "insulated",
    "water",
    "bottle",
  ]);
  assert.equal(namesItemWord("the water one", "Insulated Water Bottle"), true);
  assert.equal(namesItemWord("two more bottles", "Insulated Water Bottle"), true);
  assert.equal(namesItemWord("the shoes", "Trail Running Shoes"), true);
  assert.equal(namesItemWord("the shoes", "Insulated Water Bottle"), false);
});

Deno.test("an order line is named by a misspelt word, five letters and more", () => {
  assert.equal(namesItemWord("add another water botle", "Insulated Water Bottle"), true);
  assert.equal(namesItemWord("one more pair of shose", "Trail Running Shoes"), true);
  assert.equal(namesItemWord("the runing ones", "Trail Running Shoes"), true);
  assert.equal(namesItemWord("the frohter", "Milk Frother"), true);
  // Four letters or a changed first letter are no misspelling of it.
  assert.equal(namesItemWord("the milk", "Milk Frother"), true);
  assert.equal(namesItemWord("the mild one", "Milk Frother"), false);
  assert.equal(namesItemWord("a rottle", "Insulated Water Bottle"), false);
  assert.equal(namesItemWord("the later one", "Insulated Water Bottle"), false);
});

Deno.test("the lines named leave out the words that name the order", () => {
  const lines = [{ name: "Espresso Machine" }, { name: "Milk Frother" }];
  assert.deepEqual(linesNamed("i got the wrong frother in my espresso order", lines), [lines[1]]);
  assert.deepEqual(linesNamed("my espresso order came damaged", lines), [lines[0]]);
  assert.deepEqual(linesNamed("the box was wet", lines), []);
  // The frother's own article does not start the order's name.
  assert.deepEqual(
    linesNamed("the frother from my espresso order is missing from the box", lines),
    [lines[1]],
  );
  assert.deepEqual(linesNamed("the milk frother in the espresso machine order broke", lines), [
    lines[1],
  ]);
});

Deno.test("'the dock' names the Docking Station by the stem of its '-ing' word", () => {
  const lines = [{ name: "USB-C Docking Station" }, { name: "Wireless Earbuds Pro" }];
  assert.deepEqual(linesNamed("just take off the dock then", lines), [lines[0]]);
  assert.deepEqual(linesNamed("the earbuds", lines), [lines[1]]);
});

Deno.test("a plural made without an 's' names the line: 'the mice', 'the knives'", () => {
  assert.equal(namesItemWord("can I get the mice down to one", "Ergonomic Wireless Mouse"), true);
  assert.equal(namesItemWord("both knives are blunt", "Chef's Knife 8-inch"), true);
  assert.equal(namesItemWord("the mice", "Insulated Water Bottle"), false);
});
