import assert from "node:assert/strict";
import { linesNamedText, replacedLines } from "./replaced_lines.ts";
import type { TurnView } from "./view.ts";
import { CAST_ORDERS, pendingOf } from "../../tests/fixtures/turns.ts";

const order = CAST_ORDERS["ORD-1002"];
const frother = order.items.find((l) => /frother/i.test(l.name))!;

const view = (text: string, pending: TurnView["pending"] = null) =>
  ({ text, pending }) as unknown as TurnView;

Deno.test("the item named now is the one sent again", () => {
  assert.deepEqual(replacedLines(view("the frother is a different model"), order), [frother]);
  assert.equal(replacedLines(view("both the espresso machine and the frother"), order), null);
  assert.equal(replacedLines(view("i want an exchange"), order), null);
  assert.equal(replacedLines(view("the frother"), CAST_ORDERS["ORD-3002"]), null, "one line");
});

Deno.test("else the item the waiting refund or return was for", () => {
  const refund = pendingOf({
    type: "refund",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { amount: frother.price * frother.quantity },
  });
  assert.deepEqual(replacedLines(view("i want an exchange", refund), order), [frother]);
  const whole = pendingOf({
    type: "refund",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { amount: order.total },
  });
  assert.equal(replacedLines(view("i want an exchange", whole), order), null);
  const ret = pendingOf({
    type: "return_item",
    order_id: "ORD-1002",
    requires_confirmation: true,
    params: { items: [{ sku: frother.sku, quantity: 1 }] },
  });
  assert.deepEqual(replacedLines(view("can you send a new one", ret), order), [frother]);
  assert.equal(linesNamedText([frother]), `the ${frother.name}`);
});

Deno.test("a replacement keeps the units the waiting refund was for, or the units named", () => {
  const shoes = CAST_ORDERS["ORD-1003"];
  const bottles = shoes.items.find((l) => l.quantity === 2)!;
  const oneBottle = pendingOf({
    type: "refund",
    order_id: "ORD-1003",
    requires_confirmation: true,
    params: { amount: bottles.price, items: [{ sku: bottles.sku, quantity: 1 }] },
  });
  assert.deepEqual(replacedLines(view("a new one please", oneBottle), shoes), [
    { ...bottles, quantity: 1 },
  ]);
  const single = { ...shoes, items: [bottles] };
  const ofSingle = pendingOf({
    type: "refund",
    order_id: "ORD-1003",
    requires_confirmation: true,
    params: { amount: bottles.price, items: [{ sku: bottles.sku, quantity: 1 }] },
  });
  assert.deepEqual(replacedLines(view("send a new one instead", ofSingle), single), [
    { ...bottles, quantity: 1 },
  ]);
  assert.equal(replacedLines(view("send new ones"), single), null, "the whole line");
});
