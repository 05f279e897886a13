import assert from "node:assert/strict";
import { widenedLines } from "./return_widen.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1002" });
const order = context.order!;
const frother = order.items.find((l) => l.name === "Milk Frother")!;
const machine = order.items.find((l) => l.name === "Espresso Machine")!;

function view(text: string, items?: { sku: string; quantity: number }[]) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("return_item", text, { confirmation: "new_request" }),
    context,
    session: {
      pending_action: pendingOf({
        type: "return_item",
        order_id: "ORD-1002",
        params: items ? { items } : {},
        requires_confirmation: true,
      }),
    },
  });
  return viewOf(msg, new Date(msg.created_at));
}

Deno.test("'both please' or 'all of it' while part of the order's return waits is all of it", () => {
  const part = [{ sku: frother.sku, quantity: 1 }];
  assert.equal(widenedLines(view("both please", part), order, null), null);
  assert.equal(widenedLines(view("yes, all of it actually", part), order, null), null);
});

Deno.test("an item added to the return that waits joins it: 'the espresso machine too'", () => {
  const part = [{ sku: frother.sku, quantity: 1 }];
  // Both lines now: the whole order.
  assert.equal(widenedLines(view("the espresso machine too", part), order, [machine]), null);
  // All of it waiting already: still all of it, not the one named.
  assert.equal(widenedLines(view("the espresso machine too"), order, [machine]), null);
});

Deno.test("a message that only names an item, or nothing waiting, keeps what it names", () => {
  const part = [{ sku: frother.sku, quantity: 1 }];
  assert.deepEqual(widenedLines(view("the espresso machine", part), order, [machine]), [machine]);
  const none = turnWith({
    text: "both please",
    who: "sarah",
    intent: intentOf("return_item", "both please"),
    context,
  });
  assert.deepEqual(widenedLines(viewOf(none, new Date(none.created_at)), order, [machine]), [
    machine,
  ]);
});
