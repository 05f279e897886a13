import assert from "node:assert/strict";
import { readPendingReply } from "../intent.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const products = [
  { sku: "KIT-101", name: "Espresso Machine" },
  { sku: "KIT-110", name: "Milk Frother" },
  { sku: "OUT-101", name: "Trail Running Shoes" },
  { sku: "OUT-102", name: "Insulated Water Bottle" },
];

function pending(
  type: PendingAction["action"]["type"],
  params: Record<string, unknown>,
  also = false,
): PendingAction {
  const action = { type, order_id: "ORD-1003", params, requires_confirmation: true };
  return {
    id: "p",
    action,
    proposed_in: "m",
    expires_at: "2026-12-01T00:00:00Z",
    summary: "x",
    ...(also ? { also: [{ action: { ...action, order_id: "ORD-1001" }, summary: "y" }] } : {}),
  };
}
const label = (text: string, p: PendingAction) => readPendingReply(text, p, { products }).label;

const frother = pending("refund", { amount: 29, items: [{ sku: "KIT-110", quantity: 1 }] });
const shoesOff = pending("modify_items", { items: [{ sku: "OUT-101", quantity: 0 }] });
const threeBottles = pending("modify_items", { items: [{ sku: "OUT-102", quantity: 3 }] });

Deno.test("the waiting change said again in its own words is a yes", () => {
  for (const text of ["i'd like a refund for the frother then", "yeah refund the frother"]) {
    assert.equal(label(text, frother), "affirm", text);
  }
  for (
    const text of [
      "ok then cancel them",
      "yes remove them please",
      "cancel the shoes then",
      "yes but only the shoes",
      "all of them",
      "yh get rid of them",
    ]
  ) assert.equal(label(text, shoesOff), "affirm", text);
  for (const text of ["yes 3", "3 bottles yes", "make it 3 then"]) {
    assert.equal(label(text, threeBottles), "affirm", text);
  }
  const both = pending("expedite_order", {}, true);
  for (const text of ["both", "yes both please", "all of them"]) {
    assert.equal(label(text, both), "affirm", text);
  }
});

Deno.test("other goods, another count, a doubt or a question are no restated yes", () => {
  for (
    const text of [
      "refund the frother?",
      "refund the espresso machine",
      "not the frother",
      "maybe refund the frother",
    ]
  ) assert.notEqual(label(text, frother), "affirm", text);
  for (
    const text of ["cancel the bottles", "cancel it", "cancel the order", "the shoes", "cancel all"]
  ) {
    assert.notEqual(label(text, shoesOff), "affirm", text);
  }
  assert.notEqual(label("yes 4", threeBottles), "affirm");
  assert.notEqual(label("3 bottles", threeBottles), "affirm");
  // Without a second order, "both" is no yes; goods the change does not name never are.
  assert.notEqual(label("both", pending("expedite_order", {})), "affirm");
  const whole = pending("refund", { amount: 428 });
  assert.notEqual(label("refund the frother", whole), "affirm");
  const two = pending("refund", {
    items: [{ sku: "KIT-110", quantity: 1 }, { sku: "KIT-101", quantity: 1 }],
  });
  assert.notEqual(label("yes refund the frother", two), "affirm");
});

Deno.test("'yes please, all of it' while the whole order's cancellation waits is its yes", () => {
  const cancel = pending("cancel_order", {});
  for (const text of ["yes please, all of it", "cancel everything", "yes the whole order"]) {
    assert.equal(label(text, cancel), "affirm", text);
  }
  for (
    const text of ["all of it?", "not all of it", "all of it", "yes all of it except the shoes"]
  ) {
    assert.notEqual(label(text, cancel), "affirm", text);
  }
  // "Ok thanks, that's all" closes the chat: no yes (the order had been cancelled).
  for (const text of ["ok thanks, that's all", "ok that's all", "ok thats everything thanks"]) {
    assert.notEqual(label(text, cancel), "affirm", text);
  }
});

Deno.test("a whole order's change with its goods named, all of them, is its yes", () => {
  const monitor = pending("cancel_order", { goods: ["MON-101"] });
  const catalogue = [...products, { sku: "MON-101", name: "27-inch 4K Monitor" }];
  const read = (text: string, p: PendingAction) =>
    readPendingReply(text, p, { products: catalogue }).label;
  assert.equal(read("yes cancel the monitor", monitor), "affirm");
  const faster = pending("expedite_order", { goods: ["MON-101"] });
  assert.equal(read("yes expedite the monitor", faster), "affirm");
  assert.notEqual(read("yes expedite the monitor overnight", faster), "affirm");
  const two = pending("cancel_order", { goods: ["OUT-101", "OUT-102"] });
  // One of its two lines narrows it: no yes to the whole.
  assert.notEqual(read("yes cancel the shoes", two), "affirm");
  assert.equal(read("yes please, all of it", two), "affirm");
  const bottle = pending("refund", { amount: 34, goods: ["OUT-102"] });
  assert.equal(read("yes refund the water bottle please", bottle), "affirm");
  // "The vacuum" is the order's Robot Vacuum Cleaner, though the catalogue has two vacuums.
  const vacuums = [
    ...catalogue,
    { sku: "HOM-102", name: "Robot Vacuum Cleaner" },
    { sku: "HOM-108", name: "Cordless Stick Vacuum" },
  ];
  const robot = pending("refund", { amount: 313.99, goods: ["HOM-102"] });
  const say = (text: string, p: PendingAction) =>
    readPendingReply(text, p, { products: vacuums }).label;
  assert.equal(say("yes refund the vacuum please", robot), "affirm");
  const both = pending("refund", { goods: ["HOM-102", "OUT-101"] });
  assert.notEqual(say("yes refund the vacuum", both), "affirm");
});

Deno.test("'go ahead with the skillet cancellation' while that cancellation waits is its yes", () => {
  const catalogue = [...products, { sku: "KIT-120", name: "Cast Iron Skillet" }];
  const skillet = pending("cancel_order", { goods: ["KIT-120"] });
  const read = (text: string) => readPendingReply(text, skillet, { products: catalogue }).label;
  for (
    const text of [
      "ok go ahead with the skillet cancellation",
      "ok go ahead with cancelling the skillet",
      "yes go ahead and cancel the skillet order",
    ]
  ) {
    assert.equal(read(text), "affirm", text);
  }
  // Other goods, another verb, or a doubt: no yes.
  for (
    const text of [
      "go ahead with the shoes cancellation",
      "ok go ahead with the skillet cancellation?",
      "yes order the skillet",
    ]
  ) {
    assert.notEqual(read(text), "affirm", text);
  }
});

Deno.test("'ok a return then' while the return waits is its yes; the name alone is not", () => {
  const ret = pending("return_item", {});
  for (const text of ["ok a return then", "yes the return please", "sure, return"]) {
    assert.equal(label(text, ret), "affirm", text);
  }
  for (const text of ["the return", "ok a refund then", "ok a return then?", "ok a return later"]) {
    assert.notEqual(label(text, ret), "affirm", text);
  }
});

Deno.test("'ok start the frother return' while the frother's return waits is its yes", () => {
  const frother = pending("return_item", { items: [{ sku: "KIT-110", quantity: 1 }] });
  assert.equal(label("ok start the frother return", frother), "affirm");
  assert.notEqual(label("don't start the return", frother), "affirm");
});

Deno.test("'ok cancel the duvet one' while that order's cancellation waits is its yes", () => {
  const catalogue = [...products, { sku: "HOM-105", name: "Linen Duvet Cover Set" }];
  const duvet = pending("cancel_order", { goods: ["HOM-105"] });
  const read = (text: string) => readPendingReply(text, duvet, { products: catalogue }).label;
  assert.equal(read("ok cancel the duvet one"), "affirm");
  assert.notEqual(read("ok cancel the other one"), "affirm");
  assert.notEqual(read("ok cancel the shoes one"), "affirm");
});
