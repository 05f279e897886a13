import assert from "node:assert/strict";
import { accessoryAsked, isTheThing } from "./accessory_asked.ts";

const MACHINE = [{ name: "Espresso Machine" }];

Deno.test("a thing asked for a product of ours is that thing, not the product", () => {
  assert.equal(
    accessoryAsked("do you sell descaler for the espresso machine?", MACHINE),
    "descaler",
  );
  assert.equal(
    accessoryAsked("got any spare laces for the running shoes?", [{ name: "Trail Running Shoes" }]),
    "laces",
  );
  assert.equal(
    accessoryAsked("do you sell a wrist rest for the keyboard?", [{ name: "Mechanical Keyboard" }]),
    "wrist rest",
  );
  // Only a word of the thing matched a product: the tablet is no descaling tablet.
  assert.equal(
    accessoryAsked("do u have descaling tablets for the espresso maker", [
      { name: "Graphics Drawing Tablet" },
    ]),
    "descaling tablets",
  );
});

Deno.test("a product of ours asked for something, or money asked, is no accessory", () => {
  const sleeve = [{ name: "Laptop Sleeve 14-inch" }, { name: "Laptop Stand Aluminium" }];
  assert.equal(accessoryAsked("do you sell a laptop sleeve for my macbook", sleeve), null);
  assert.equal(accessoryAsked("is there a discount for the espresso machine?", MACHINE), null);
  assert.equal(accessoryAsked("is the espresso machine in stock?", MACHINE), null);
  assert.equal(accessoryAsked("do you have a warranty for the espresso machine", MACHINE), null);
});

Deno.test("a product found for the thing answers only when its name holds every word", () => {
  assert.ok(!isTheThing("descaling tablets", "Graphics Drawing Tablet"));
  assert.ok(isTheThing("laptop sleeve", "Laptop Sleeve 14-inch"));
});
