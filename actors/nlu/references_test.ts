/**
 * Order references: every written form of an order number, items by name and orders by
 * state or age, as entities for the context actor to resolve.
 */
import assert from "node:assert/strict";
import { extractEntities } from "./entities.ts";
import { indexProducts } from "./products.ts";
import { stateRefs } from "./references.ts";

const now = new Date("2026-11-25T15:30:00Z");
const products = indexProducts([
  { sku: "CMP-001", name: "Mechanical Keyboard" },
  { sku: "KIT-001", name: "Espresso Machine" },
  { sku: "KIT-007", name: "Stand Mixer" },
  { sku: "AUD-002", name: "Noise-Cancelling Headphones" },
]);
const read = (text: string, withCatalogue = true) =>
  extractEntities(text, { now, products: withCatalogue ? products : null });
const refs = (text: string) => read(text).order_refs!.map((r) => [r.id, r.form]);

Deno.test("every written form of an order number is a reference to ORD-n", () => {
  assert.deepEqual(refs("where is ORD-1001"), [["ORD-1001", "id"]]);
  assert.deepEqual(refs("where is ORD 1001"), [["ORD-1001", "prefixed"]]);
  assert.deepEqual(refs("where is ord1001"), [["ORD-1001", "prefixed"]]);
  assert.deepEqual(refs("where is order 1001"), [["ORD-1001", "labelled"]]);
  assert.deepEqual(refs("order no. 1001 please"), [["ORD-1001", "labelled"]]);
  assert.deepEqual(refs("where is #1001"), [["ORD-1001", "hash"]]);
  assert.deepEqual(refs("where is 1001"), [["ORD-1001", "bare"]]);
  assert.deepEqual(refs("my consignment, reference 2001, is late"), [["ORD-2001", "labelled"]]);
});

Deno.test("explicit forms are order ids; a bare number only a reference for the context to check", () => {
  for (const text of ["ORD-1001?", "ORD 1001?", "ord1001?", "order 1001?", "#1001?"]) {
    assert.deepEqual(read(text).order_ids, ["ORD-1001"], text);
  }
  assert.deepEqual(read("is 1001 on its way").order_ids, []);
  assert.deepEqual(read("is 1001 on its way").order_refs, [
    { text: "1001", id: "ORD-1001", form: "bare" },
  ]);
  // After what is asked about an order: "the status of 1001", "any news on 1003".
  for (
    const text of [
      "what's the status of 1001",
      "any news on 1001?",
      "tracking for 1001 pls",
      "chnage the adress for 1001 pls",
    ]
  ) {
    assert.deepEqual(refs(text), [["ORD-1001", "bare"]], text);
  }
  assert.deepEqual(refs("cancel 1003 and ord1001"), [["ORD-1003", "bare"], [
    "ORD-1001",
    "prefixed",
  ]]);
});

Deno.test("numbers that are money, measures, times, years, phone or house numbers are no order", () => {
  for (
    const text of [
      "I paid 1001 dollars",
      "it costs $1001",
      "it was 49.99 and now 1,299",
      "the monitor is 2560 pixels wide, 4000 mAh battery",
      "we moved here in 2019",
      "call me on 0161 496 0000",
      "I live at 1203 Elm Street, apt 305",
      "send 200 units",
      "my postcode is 10115",
      "TRK1234567890 is stuck",
      "delivered on 2026-03-03",
      "it took 120 days",
    ]
  ) assert.deepEqual(read(text).order_refs, [], text);
});

Deno.test("items the customer bought are named references, with the catalogue product when one fits", () => {
  assert.deepEqual(read("where is the keyboard I ordered").item_refs, [
    { text: "the keyboard", name: "keyboard", sku: "CMP-001" },
  ]);
  assert.deepEqual(read("my espresso machine came with a dent").item_refs, [
    { text: "my espresso machine", name: "espresso machine", sku: "KIT-001" },
  ]);
  assert.deepEqual(read("cancel the mixer please").item_refs, [
    { text: "the mixer", name: "mixer", sku: "KIT-007" },
  ]);
  // Without a catalogue the words still name the item; the order's own words do not.
  assert.deepEqual(read("is the keyboard shipped", false).item_refs, [
    { text: "the keyboard", name: "keyboard", sku: null },
  ]);
  assert.deepEqual(read("where is the parcel, the one I paid for", false).item_refs, []);
  // With a catalogue, words no product has are not items.
  assert.deepEqual(read("the weather is awful and the driver was rude").item_refs, []);
});

Deno.test("orders are referenced by their state, negated or not, and by their age", () => {
  const states = (text: string) =>
    read(text).state_refs!.map((s) => [s.status, s.negated, s.recency]);
  assert.deepEqual(states("where is the one that shipped?"), [["shipped", false, null]]);
  assert.deepEqual(states("cancel the one that hasn't shipped yet"), [["shipped", true, null]]);
  assert.deepEqual(states("the order which has not been sent"), [["shipped", true, null]]);
  assert.deepEqual(states("return the one that arrived last week"), [["delivered", false, null]]);
  assert.deepEqual(states("the delivered one is fine"), [["delivered", false, null]]);
  assert.deepEqual(states("what about the undelivered order"), [["delivered", true, null]]);
  assert.deepEqual(states("the one still on its way"), [["shipped", false, null]]);
  assert.deepEqual(states("the one that's still processing"), [["processing", false, null]]);
  assert.deepEqual(states("my latest order"), [[null, false, "latest"]]);
  assert.deepEqual(states("the first order I made"), [[null, false, "earliest"]]);
  assert.deepEqual(states("where is my order"), []);
  // A lost parcel is a shipped order; the carrier's word is the context's to read.
  for (
    const lost of ["can you reship the lost order", "my missing parcel", "the one that got lost"]
  ) {
    assert.deepEqual(states(lost), [["shipped", false, null]], lost);
  }
  assert.deepEqual(states("the package the courier lost"), [["shipped", false, null]]);
  assert.deepEqual(states("I lost my password"), []);
  assert.deepEqual(
    read("cancel the one that hasn't shipped yet").state_refs![0].text,
    "the one that hasn't shipped yet",
  );
});

Deno.test("'the other one' keeps the state it is named by, with or without apostrophes", () => {
  const states = (text: string) =>
    read(text).state_refs!.map((s) => [s.status, s.negated, s.recency]);
  assert.deepEqual(states("could you stop the other order, the one not sent out yet"), [[
    "shipped",
    true,
    null,
  ]]);
  assert.deepEqual(states("the other parcel which hasnt been dispatched"), [[
    "shipped",
    true,
    null,
  ]]);
  assert.deepEqual(states("my other package that already arrived"), [["delivered", false, null]]);
  assert.deepEqual(states("what about the other one still in transit"), [["shipped", false, null]]);
  assert.deepEqual(states("and the other delivered one?"), [["delivered", false, null]]);
  assert.deepEqual(states("any news on my other order"), []);
  // No item is read into "hasnt": it is a verb, however it is spelled.
  assert.deepEqual(read("the other one that hasnt shipped", false).item_refs, []);
});

Deno.test("a misspelt product the customer calls theirs is an item named", () => {
  assert.deepEqual(read("wheres my hedphones").item_refs, [
    { text: "my hedphones", name: "hedphones", sku: "AUD-002" },
  ]);
  assert.equal(read("is the keybord here").item_refs?.[0]?.name, "keybord");
  // A short or distant word is no product's: "my mine", "the parcel".
  assert.deepEqual(read("wheres my stuff").item_refs, []);
});

Deno.test("'the one that's shipping' and 'the one coming' point at a shipped order", () => {
  for (
    const text of ["the one that's shipping", "the one that is coming", "my order that's arriving"]
  ) {
    const refs = extractEntities(text, { now: new Date("2026-03-01T12:00:00Z") }).state_refs ?? [];
    assert.equal(refs[0]?.status, "shipped", text);
  }
});

Deno.test("an order named by who paid it: not paid is waiting for its payment", () => {
  const one = (text: string) =>
    (extractEntities(text, { now }).state_refs ?? []).map((s) => [s.status, s.negated]);
  assert.deepEqual(one("the one i havent paid for"), [["pending", false]]);
  assert.deepEqual(one("cancel the order we didn't pay yet"), [["pending", false]]);
  assert.deepEqual(one("not the order I already paid for"), [["pending", true]]);
  assert.deepEqual(one("I paid for the order"), []);
});

Deno.test("'the item in 3002' names order 3002; 'in 2024' is still a year", async () => {
  const { bareOrderRefs } = await import("./references.ts");
  assert.deepEqual(
    bareOrderRefs("also the item in 3002 arrived damaged", []).map((r) => r.ref.id),
    ["ORD-3002"],
  );
  assert.deepEqual(bareOrderRefs("whats in 1003?", []).map((r) => r.ref.id), ["ORD-1003"]);
  assert.deepEqual(bareOrderRefs("I ordered it in 2024", []), []);
  assert.deepEqual(
    bareOrderRefs("can I add another water bottle to 1003?", []).map((r) => r.ref.id),
    ["ORD-1003"],
  );
  assert.deepEqual(bareOrderRefs("up to 500 please", []), []);
});

Deno.test("'what I ordered last time' points at their latest order, with no noun said", () => {
  const ages = (text: string) => read(text).state_refs!.map((s) => s.recency);
  assert.deepEqual(ages("hi can you tell me what i ordered last time"), ["latest"]);
  assert.deepEqual(ages("where's my last purchase"), ["latest"]);
  assert.deepEqual(ages("the last thing i bought was broken"), ["latest"]);
  assert.deepEqual(ages("last time I ordered it was late too"), ["latest"]);
  assert.deepEqual(ages("i'll order next time"), []);
});

Deno.test("'the new one' beside a refund or a replacement is the goods sent again, not the newest order", () => {
  assert.deepEqual(stateRefs("which is quicker, the new one or my money back?"), []);
  assert.deepEqual(stateRefs("can i get the new one instead"), []);
  assert.equal(stateRefs("where is the new one?")[0]?.ref.recency, "latest");
});
