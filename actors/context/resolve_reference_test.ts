/**
 * Which order a message means: explicit id > product named > state named > the order in
 * focus, and a question naming both when two fit equally.
 */
import assert from "node:assert/strict";
import { type References, resolveReference } from "./resolve_reference.ts";
import type { OrderView, StateReference } from "../../shared/protocol.ts";

const order = (
  id: string,
  status: string,
  names: string[],
  placedDaysAgo: number,
): OrderView => ({
  id,
  status,
  placed_at: new Date(Date.UTC(2026, 0, 30 - placedDaysAgo)).toISOString(),
  total: 10,
  currency: "USD",
  items: names.map((name, i) => ({ sku: `SKU-${id}-${i}`, name, quantity: 1, price: 10 })),
  tracking_number: null,
});

const SARAH = [
  order("ORD-1001", "shipped", ["Noise-Cancelling Headphones"], 3),
  order("ORD-1002", "delivered", ["Espresso Machine", "Milk Frother"], 16),
  order("ORD-1003", "processing", ["Trail Running Shoes", "Insulated Water Bottle"], 1),
];
const MIKE = [
  order("ORD-2001", "shipped", ["Mechanical Keyboard"], 6),
  order("ORD-2002", "pending", ["27-inch 4K Monitor"], 0),
];

const none: References = {
  explicit: [],
  bare: [],
  items: [],
  text: "",
  skus: [],
  states: [],
};
const state = (status: StateReference["status"], negated = false): StateReference => ({
  text: "the one",
  status,
  negated,
  recency: null,
});

Deno.test("an explicit id wins over a product, a state and the focus", () => {
  const r = resolveReference(
    {
      ...none,
      explicit: ["ORD-1003"],
      text: "my headphones, the one that shipped",
      states: [state("shipped")],
    },
    SARAH,
    "ORD-1002",
  );
  assert.deepEqual(r, { kind: "order", id: "ORD-1003", why: "explicit" });
});

Deno.test("a bare number is an id only when it is one of their orders", () => {
  const other = { ...none, text: "whats going on with the other one, 2002?", bare: ["ORD-2002"] };
  assert.deepEqual(resolveReference(other, MIKE, "ORD-2001"), {
    kind: "order",
    id: "ORD-2002",
    why: "explicit",
  });
  const notTheirs = { ...none, text: "is 5555 here", bare: ["ORD-5555"] };
  assert.deepEqual(resolveReference(notTheirs, MIKE, "ORD-2001"), {
    kind: "order",
    id: "ORD-2001",
    why: "focus",
  });
});

Deno.test("a product named moves the focus to the order it is in", () => {
  const keyboard = {
    ...none,
    text: "when will the keyboard arrive",
    items: [{ text: "the keyboard", name: "keyboard", sku: null }],
  };
  assert.deepEqual(resolveReference(keyboard, MIKE, "ORD-2002"), {
    kind: "order",
    id: "ORD-2001",
    why: "product",
  });
  const monitor = { ...none, text: "and the monitor?" };
  assert.deepEqual(resolveReference(monitor, MIKE, "ORD-2001"), {
    kind: "order",
    id: "ORD-2002",
    why: "product",
  });
});

Deno.test("a catalogue product in none of their orders is about no order of theirs", () => {
  const r = resolveReference(
    { ...none, text: "do you have the blender", skus: ["SKU-X"] },
    MIKE,
    "ORD-2001",
  );
  assert.deepEqual(r, { kind: "elsewhere" });
});

Deno.test("a state named picks the one order in that state", () => {
  const shipped = { ...none, text: "the one that shipped", states: [state("shipped")] };
  assert.deepEqual(resolveReference(shipped, SARAH, null), {
    kind: "order",
    id: "ORD-1001",
    why: "state",
  });
  const notYet = { ...none, text: "the one that hasn't shipped", states: [state("shipped", true)] };
  assert.deepEqual(resolveReference(notYet, SARAH, null), {
    kind: "order",
    id: "ORD-1003",
    why: "state",
  });
  const latest = {
    ...none,
    text: "my latest order",
    states: [{ text: "my latest order", status: null, negated: false, recency: "latest" as const }],
  };
  assert.deepEqual(resolveReference(latest, SARAH, null), {
    kind: "order",
    id: "ORD-1003",
    why: "state",
  });
});

Deno.test("two orders fitting a state equally are asked about, naming both", () => {
  const twoShipped = [...SARAH, order("ORD-1004", "shipped", ["Desk Lamp"], 2)];
  const shipped = { ...none, text: "the one that shipped", states: [state("shipped")] };
  assert.deepEqual(resolveReference(shipped, twoShipped, null), {
    kind: "ambiguous",
    ids: ["ORD-1001", "ORD-1004"],
    why: "state",
  });
  // The one the conversation is already about is the one they mean.
  assert.deepEqual(resolveReference(shipped, twoShipped, "ORD-1004"), {
    kind: "order",
    id: "ORD-1004",
    why: "state",
  });
});

Deno.test("two orders with the product named are asked about, unless a state tells them apart", () => {
  const two = [
    order("ORD-1", "delivered", ["Wireless Mouse"], 20),
    order("ORD-2", "shipped", ["Wireless Mouse"], 2),
  ];
  const mouse = { ...none, text: "where is the mouse" };
  assert.deepEqual(resolveReference(mouse, two, null), {
    kind: "ambiguous",
    ids: ["ORD-1", "ORD-2"],
    why: "product",
  });
  const onItsWay = { ...mouse, text: "the mouse that shipped", states: [state("shipped")] };
  assert.deepEqual(resolveReference(onItsWay, two, null), {
    kind: "order",
    id: "ORD-2",
    why: "product",
  });
});

Deno.test("with nothing named the order in focus is the one, and without one there is none", () => {
  assert.deepEqual(resolveReference({ ...none, text: "when will it arrive" }, SARAH, "ORD-1001"), {
    kind: "order",
    id: "ORD-1001",
    why: "focus",
  });
  assert.deepEqual(resolveReference({ ...none, text: "when will it arrive" }, SARAH, null), {
    kind: "none",
  });
});

Deno.test("'the other one' is the order beside the one in focus", () => {
  const other = { ...none, text: "and the other one?", other: true };
  assert.deepEqual(resolveReference(other, MIKE, "ORD-2001"), {
    kind: "order",
    id: "ORD-2002",
    why: "state",
  });
  // Of several others, they are asked which; without a focus there is no "other".
  assert.deepEqual(resolveReference(other, SARAH, "ORD-1001"), {
    kind: "ambiguous",
    ids: ["ORD-1002", "ORD-1003"],
    why: "state",
  });
  assert.deepEqual(resolveReference(other, MIKE, null), { kind: "none" });
});

Deno.test("'the other one' of three, two of them talked of, is the third", () => {
  const other = { ...none, text: "and for the other one?", other: true };
  // "Where is 1002" → "same for 1001" → "and for the other one?".
  assert.deepEqual(
    resolveReference({ ...other, mentioned: ["ORD-1002", "ORD-1001"] }, SARAH, "ORD-1001"),
    { kind: "order", id: "ORD-1003", why: "state" },
  );
  // Only the one in focus talked of: either of the two others, so asked which.
  assert.equal(
    resolveReference({ ...other, mentioned: ["ORD-1001"] }, SARAH, "ORD-1001").kind,
    "ambiguous",
  );
});

Deno.test("'the other one' after we named two orders is the other of those two", () => {
  const other = { ...none, text: "and the other one?", other: true };
  // "Which order: ORD-1003 or ORD-1001?" → "the headphones" → "and the other one?".
  assert.deepEqual(
    resolveReference({ ...other, listed: ["ORD-1003", "ORD-1001"] }, SARAH, "ORD-1001"),
    { kind: "order", id: "ORD-1003", why: "state" },
  );
  // A list the order in focus was not on says nothing of which is "the other".
  assert.equal(
    resolveReference({ ...other, listed: ["ORD-1002", "ORD-1003"] }, SARAH, "ORD-1001").kind,
    "ambiguous",
  );
});

Deno.test("an explicit number wins over 'the other one'", () => {
  const r = resolveReference(
    { ...none, text: "whats going on with the other one, 2002?", bare: ["ORD-2002"], other: true },
    MIKE,
    "ORD-2002",
  );
  assert.deepEqual(r, { kind: "order", id: "ORD-2002", why: "explicit" });
});

Deno.test("'the other one' with a state is the other orders that are in that state", () => {
  const other = (states: StateReference[], text = "the other one") => ({
    ...none,
    text,
    states,
    other: true,
  });
  // Sarah after ORD-1001: "stop my other order, the one not sent out yet" is ORD-1003 alone.
  assert.deepEqual(resolveReference(other([state("shipped", true)]), SARAH, "ORD-1001"), {
    kind: "order",
    id: "ORD-1003",
    why: "state",
  });
  // "my other parcel, the one that already arrived" is ORD-1002.
  assert.deepEqual(resolveReference(other([state("delivered")]), SARAH, "ORD-1001"), {
    kind: "order",
    id: "ORD-1002",
    why: "state",
  });
  // After ORD-1003, "the other one still in transit" is ORD-1001, not ORD-1002.
  assert.deepEqual(resolveReference(other([state("shipped")]), SARAH, "ORD-1003"), {
    kind: "order",
    id: "ORD-1001",
    why: "state",
  });
});

Deno.test("'the other one' never means the order in focus, even when it fits the state best", () => {
  const both = [
    order("ORD-5001", "shipped", ["Stand Mixer"], 4),
    order("ORD-5002", "shipped", ["Electric Kettle"], 2),
    order("ORD-5003", "delivered", ["Milk Frother"], 20),
  ];
  const r = resolveReference(
    { ...none, text: "and my other one on its way?", states: [state("shipped")], other: true },
    both,
    "ORD-5001",
  );
  assert.deepEqual(r, { kind: "order", id: "ORD-5002", why: "state" });
  // No other order fits the state: the others are asked about, never the focus.
  const none2 = resolveReference(
    { ...none, text: "the other one that was refunded", states: [state("refunded")], other: true },
    SARAH,
    "ORD-1001",
  );
  assert.deepEqual(none2, { kind: "ambiguous", ids: ["ORD-1002", "ORD-1003"], why: "state" });
});

Deno.test("'no the other one, the frother' about the espresso machine's order is that order", () => {
  const text = "no the other one, the frother";
  const frother = {
    ...none,
    text,
    other: true,
    items: [{ text: "the frother", name: "frother", sku: null }],
  };
  assert.deepEqual(resolveReference(frother, SARAH, "ORD-1002"), {
    kind: "order",
    id: "ORD-1002",
    why: "product",
  });
  // "The other one" naming nothing of the order in focus is still another order.
  const plain = { ...none, text: "no the other one", other: true };
  assert.notEqual((resolveReference(plain, MIKE, "ORD-2002") as { id?: string }).id, "ORD-2002");
});

Deno.test("goods of several catalogue products in none of their orders are elsewhere", () => {
  const headphones = {
    ...none,
    text: "where are my headphones",
    items: [{ text: "my headphones", name: "headphones", sku: null }],
  };
  assert.deepEqual(resolveReference(headphones, MIKE, null), { kind: "elsewhere" });
  // Sarah has headphones: her order.
  assert.equal((resolveReference(headphones, SARAH, null) as { id?: string }).id, "ORD-1001");
});

Deno.test("'my other router order' is the other order with a router, not the router in focus", () => {
  const AIDEN = [
    order("ORD-11187", "processing", ["Wi-Fi 6 Mesh Router", "Wall Clock Oak"], 2),
    order("ORD-11175", "shipped", ["Wi-Fi 6 Mesh Router"], 3),
  ];
  const item = { text: "router", name: "router", sku: null };
  for (
    const text of [
      "and my other router order?",
      "what about the other router one?",
      "and the other one with the router?",
    ]
  ) {
    const refs = { ...none, text, items: [item], other: true };
    assert.deepEqual(resolveReference(refs, AIDEN, "ORD-11187"), {
      kind: "order",
      id: "ORD-11175",
      why: "product",
    }, text);
  }
  // "No the other one, the frother": the other item of the order in focus.
  const frother = { text: "the frother", name: "frother", sku: null };
  const refs = { ...none, text: "no the other one, the frother", items: [frother], other: true };
  assert.equal((resolveReference(refs, SARAH, "ORD-1002") as { id: string }).id, "ORD-1002");
});
