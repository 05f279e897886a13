import assert from "node:assert/strict";
import { linesCarriedOn, linesOfSwitchedReturn } from "./switched_lines.ts";
import { viewOf } from "./view.ts";
import {
  CAST_ORDERS,
  castContext,
  FIXTURE_NOW,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const ORDER = CAST_ORDERS["ORD-1002"];
const FROTHER = ORDER.items.find((l) => /Frother/.test(l.name))!;

function view(text: string, params: Record<string, unknown>) {
  return viewOf(
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("refund_request", text, { confirmation: "new_request" }),
      context: castContext("sarah", { order: "ORD-1002" }),
      session: {
        pending_action: pendingOf({
          type: "return_item",
          order_id: "ORD-1002",
          params,
          requires_confirmation: true,
        }),
      },
    }),
    FIXTURE_NOW,
  );
}

Deno.test("a refund asked instead of the return of one item is for that item", () => {
  const v = view("actually make it a refund instead", {
    items: [{ sku: FROTHER.sku, quantity: 1 }],
  });
  assert.deepEqual(linesOfSwitchedReturn(v, ORDER)?.map((l) => l.sku), [FROTHER.sku]);
});

Deno.test("the whole order asked for, or a return of all of it, keeps no lines", () => {
  const items = { items: [{ sku: FROTHER.sku, quantity: 1 }] };
  assert.equal(linesOfSwitchedReturn(view("refund the whole order instead", items), ORDER), null);
  assert.equal(linesOfSwitchedReturn(view("make it a refund instead", {}), ORDER), null);
  assert.equal(
    linesOfSwitchedReturn(view("make it a refund", items), CAST_ORDERS["ORD-1003"]),
    null,
    "another order",
  );
});

Deno.test("'do the same for 1001' while the frother's return waits carries the frother's lines", () => {
  const items = { items: [{ sku: FROTHER.sku, quantity: 1 }] };
  const v = view("do the same for ORD-1001", items);
  assert.deepEqual(linesCarriedOn(v, ORDER)?.map((l) => l.sku), [FROTHER.sku]);
  // Each order's own draft of a change asked of several still knows the others.
  const sub = { ...view("same for the other one", items), alongside: ["ORD-1002", "ORD-1001"] };
  assert.deepEqual(linesCarriedOn(sub, ORDER)?.map((l) => l.sku), [FROTHER.sku]);
  // Naming no other order carries nothing on.
  assert.equal(linesCarriedOn(view("ok", items), ORDER), null);
});
