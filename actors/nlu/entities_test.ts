import assert from "node:assert/strict";
import { extractEntities } from "./entities.ts";
import { indexProducts } from "./products.ts";

// A Wednesday.
const now = new Date("2026-11-25T15:30:00Z");
const products = indexProducts([
  { sku: "KIT-001", name: "Blue Ceramic Mug" },
  { sku: "KIT-002", name: "Red Ceramic Mug" },
  { sku: "AUD-002", name: "Noise-Cancelling Headphones" },
  { sku: "AUD-004", name: "Studio Monitor Headphones" },
  { sku: "CMP-001", name: "Mechanical Keyboard" },
  { sku: "HOM-004", name: "Memory Foam Pillow" },
  { sku: "HOM-002", name: "Robot Vacuum Cleaner" },
  { sku: "HOM-008", name: "Cordless Stick Vacuum" },
]);

function read(text: string) {
  return extractEntities(text, { now, products });
}

Deno.test("order ids are found in every common form and normalised to ORD-n", () => {
  assert.deepEqual(read("Where is ORD-1001?").order_ids, ["ORD-1001"]);
  assert.deepEqual(read("about order 1002 please").order_ids, ["ORD-1002"]);
  assert.deepEqual(read("my order #2001 and #2002").order_ids, ["ORD-2001", "ORD-2002"]);
  assert.deepEqual(read("order number 3001, also ord 1003").order_ids, ["ORD-3001", "ORD-1003"]);
  assert.deepEqual(read("order no. 1003").order_ids, ["ORD-1003"]);
  assert.deepEqual(read("I ordered 2 mugs").order_ids, []);
});

Deno.test("tracking numbers are TRK and ten digits, upper-cased", () => {
  assert.deepEqual(read("can you check trk1234567890").tracking_numbers, ["TRK1234567890"]);
  assert.deepEqual(read("TRK12345 is too short").tracking_numbers, []);
});

Deno.test("emails are found and lower-cased", () => {
  assert.deepEqual(read("write to Sarah.Chen@Example.com or me+x@shop.co.uk").emails, [
    "sarah.chen@example.com",
    "me+x@shop.co.uk",
  ]);
});

Deno.test("money amounts carry their currency", () => {
  assert.deepEqual(read("refund $49.99 and 20 EUR").amounts, [
    { value: 49.99, currency: "USD" },
    { value: 20, currency: "EUR" },
  ]);
  assert.deepEqual(read("it cost £1,299.00").amounts, [{ value: 1299, currency: "GBP" }]);
  assert.deepEqual(read("19,99 € please").amounts, [{ value: 19.99, currency: "EUR" }]);
  assert.deepEqual(read("I paid 25 bucks").amounts, [{ value: 25, currency: "USD" }]);
  assert.deepEqual(read("charged twice, 49.99 each").amounts, [{ value: 49.99, currency: null }]);
  assert.deepEqual(read("version 2.10 of the app").amounts, []);
});

Deno.test("relative dates resolve against the clock", () => {
  const dates = (t: string) => read(t).dates.map((d) => d.iso);
  assert.deepEqual(dates("I ordered yesterday"), ["2026-11-24"]);
  assert.deepEqual(dates("it came today"), ["2026-11-25"]);
  assert.deepEqual(dates("3 days ago"), ["2026-11-22"]);
  assert.deepEqual(dates("two weeks ago"), ["2026-11-11"]);
  assert.deepEqual(dates("last friday"), ["2026-11-20"]);
  assert.deepEqual(dates("since monday"), ["2026-11-23"]);
  assert.deepEqual(dates("next friday"), ["2026-11-27"]);
  assert.deepEqual(dates("the day before yesterday"), ["2026-11-23"]);
  assert.deepEqual(dates("a month ago"), ["2026-10-25"]);
  assert.deepEqual(dates("in 2 weeks"), ["2026-12-09"]);
});

Deno.test("absolute dates resolve, with the nearest sensible year when none is given", () => {
  const dates = (t: string) => read(t).dates;
  assert.deepEqual(dates("placed on March 3rd"), [{ text: "March 3rd", iso: "2026-03-03" }]);
  assert.deepEqual(dates("on 3 March 2025").map((d) => d.iso), ["2025-03-03"]);
  assert.deepEqual(dates("on 2026-01-15").map((d) => d.iso), ["2026-01-15"]);
  assert.deepEqual(dates("due Dec 30").map((d) => d.iso), ["2026-12-30"]);
  // More than two months ahead means last year's; less means this year's.
  const january = { now: new Date("2026-01-10T00:00:00Z") };
  assert.equal(extractEntities("since May 3rd", january).dates[0].iso, "2025-05-03");
  assert.equal(extractEntities("arriving March 3rd", january).dates[0].iso, "2026-03-03");
  assert.deepEqual(dates("ordered on 11/20").map((d) => d.iso), ["2026-11-20"]);
  assert.deepEqual(dates("on 14/11/2026").map((d) => d.iso), ["2026-11-14"]);
  assert.deepEqual(dates("I may come back"), []);
  assert.deepEqual(dates("is 1/2 price on 3/4 of the items real?"), []);
});

Deno.test("quantities keep their item", () => {
  assert.deepEqual(read("2 of the blue mugs").quantities, [{ value: 2, item: "blue mugs" }]);
  assert.deepEqual(read("add two t-shirts please").quantities, [{ value: 2, item: "t-shirts" }]);
  assert.deepEqual(read("x2 phone cases").quantities, [{ value: 2, item: "phone cases" }]);
  assert.deepEqual(read("change the quantity of the notebooks to 5").quantities, [
    { value: 5, item: "notebooks" },
  ]);
  assert.deepEqual(read("it's been 3 days, third time I ask").quantities, []);
  assert.deepEqual(read("order 1001 cost $20").quantities, []);
  // A size or a colour after its name is no count; a count after it, in another clause, is.
  assert.deepEqual(read("can i change the shoe size in my order to 9?").quantities, []);
  assert.deepEqual(read("a smaller size, and 2 more bottles").quantities, [
    { value: 2, item: "bottles" },
  ]);
  assert.deepEqual(read("send us 2 more mugs").quantities, [{ value: 2, item: "mugs" }]);
});

Deno.test("catalogue products match loosely: plurals, typos, partial names, skus", () => {
  const skus = (t: string) => read(t).products.map((p) => p.sku);
  assert.deepEqual(skus("2 of the blue mugs"), ["KIT-001"]);
  assert.deepEqual(skus("my noise cancelling headphones broke"), ["AUD-002"]);
  assert.deepEqual(skus("the mechanical keybord is loud"), ["CMP-001"]);
  assert.deepEqual(skus("the pillows are flat"), ["HOM-004"]);
  // A head noun alone counts only when nothing matches better.
  assert.deepEqual(skus("is the robot vacuum good for pet hair"), ["HOM-002"]);
  assert.deepEqual(skus("my new vacuum"), ["HOM-008"]);
  assert.deepEqual(skus("is KIT-002 in stock"), ["KIT-002"]);
  // "headphones" alone fits two products equally: no guess beyond both.
  assert.deepEqual(skus("my headphones").sort(), []);
  assert.deepEqual(extractEntities("blue mugs", { now }).products, []);
});

Deno.test("a flood of numbers keeps only the first few of each kind", () => {
  const e = read("1 2 3 4 5 6 7 8 9 ".repeat(20) + " #1001 #1002 #1003 ".repeat(10));
  assert.ok(e.quantities.length <= 10 && e.order_ids.length === 3);
});

Deno.test("one message can carry every kind of entity", () => {
  const e = read(
    "hi, i bought 2 of the blue mugs yesterday, order #1001, tracking TRK1234567890, " +
      "email sarah.chen@example.com, you charged $49.99 twice",
  );
  assert.deepEqual(e, {
    order_ids: ["ORD-1001"],
    tracking_numbers: ["TRK1234567890"],
    emails: ["sarah.chen@example.com"],
    amounts: [{ value: 49.99, currency: "USD" }],
    dates: [{ text: "yesterday", iso: "2026-11-24" }],
    quantities: [{ value: 2, item: "blue mugs" }],
    products: [{ sku: "KIT-001", name: "Blue Ceramic Mug" }],
    order_refs: [{ text: "order #1001", id: "ORD-1001", form: "labelled" }],
    item_refs: [{ text: "the blue mugs", name: "blue mugs", sku: "KIT-001" }],
    state_refs: [],
  });
});

Deno.test("a short word one letter from a product's head is that word, not the product", () => {
  const more = indexProducts([
    { sku: "AUD-105", name: "Smart Speaker Mini" },
    { sku: "OUT-103", name: "Two-Person Tent" },
    { sku: "CMP-101", name: "Mechanical Keyboard" },
  ]);
  const skus = (text: string) =>
    extractEntities(text, { now, products: more }).products.map((p) => p.sku);
  assert.deepEqual(skus("ok and wheres mine"), []);
  assert.deepEqual(skus("was it sent yet"), []);
  // As written, or misspelt in a longer word, the head still names it.
  assert.deepEqual(skus("is the mini any good"), ["AUD-105"]);
  assert.deepEqual(skus("do you sell a tent"), ["OUT-103"]);
  assert.deepEqual(skus("wheres my keybord"), ["CMP-101"]);
});

Deno.test("a plural word several products share names them all, not the one it heads", () => {
  const vacuums = indexProducts([
    { sku: "HOM-101", name: "Robot Vacuum Cleaner" },
    { sku: "HOM-108", name: "Cordless Stick Vacuum" },
    { sku: "KIT-101", name: "Espresso Machine" },
  ]);
  assert.deepEqual(
    vacuums.match("whats the difference between your two vacuums").map((p) => p.sku).sort(),
    ["HOM-101", "HOM-108"],
  );
  // Singular, it names the one it heads; a fuller name, that one alone.
  assert.deepEqual(vacuums.match("is the vacuum in stock").map((p) => p.sku), ["HOM-108"]);
  assert.deepEqual(vacuums.match("do you have robot vacuums").map((p) => p.sku), ["HOM-101"]);
});
