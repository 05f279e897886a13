import assert from "node:assert/strict";
import { notShippedGoods } from "./not_shipped_goods.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

function order(id: string, status: string, tracking: string | null, name: string): OrderView {
  return {
    id,
    status,
    tracking_number: tracking,
    items: [{ sku: "X", name, quantity: 1, unit_price: 10 }],
    total: 10,
    currency: "USD",
    payment_status: status === "pending" ? "pending" : "paid",
  } as unknown as OrderView;
}

const monitor = order("ORD-2002", "pending", null, "27-inch 4K Monitor");
const keyboard = order("ORD-2001", "shipped", "TRK0000000001", "Mechanical Keyboard");

function view(text: string): TurnView {
  return {
    text,
    now: new Date("2026-01-10T12:00:00Z"),
    turnIndex: 2,
    context: { orders: [keyboard, monitor] },
  } as unknown as TurnView;
}

Deno.test("goods said to have arrived damaged from an order not shipped: said plainly, what arrived asked", () => {
  const d = notShippedGoods(view("my monitor arrived damaged"), "empathetic", monitor);
  assert.ok(d);
  const text = d.text;
  assert.match(text, /ORD-2002 \(27-inch 4K Monitor\) hasn't shipped yet/);
  assert.match(text, /what arrived/);
  assert.match(text, /ORD-2001 \(Mechanical Keyboard\)/);
  assert.doesNotMatch(text, /tracking/);
  assert.equal(d.proposed_actions.length, 0);
});

Deno.test("an order that shipped, or nothing said to have arrived, is left to the parcel's reply", () => {
  assert.equal(notShippedGoods(view("my keyboard arrived damaged"), "empathetic", keyboard), null);
  assert.equal(notShippedGoods(view("when will my monitor ship?"), "neutral", monitor), null);
});

Deno.test("goods judged unlike the picture from an order not shipped: nothing of it can have come", () => {
  const d = notShippedGoods(view("the monitor looks nothing like the picture"), "neutral", monitor);
  assert.ok(d);
  assert.match(d.text, /hasn't shipped yet/);
  assert.doesNotMatch(d.text, /tracking/);
  // A question about its looks is no claim that it came.
  assert.equal(
    notShippedGoods(view("will the monitor be too big for my desk?"), "neutral", monitor),
    null,
  );
});

Deno.test("the wrong size chosen for an order not shipped: the order offered cancelled, nothing said to have come", () => {
  for (
    const text of [
      "I think I got the wrong size monitor",
      "oops i ordered the wrong size",
      "ugh i picked the wrong colour",
    ]
  ) {
    const d = notShippedGoods(view(text), "neutral", monitor);
    assert.ok(d, text);
    assert.equal(d.template, "variant_cancel", text);
    assert.doesNotMatch(d.text, /can have reached you/, text);
    assert.equal(d.proposed_actions[0]?.type, "cancel_order", text);
  }
  const came = notShippedGoods(view("the monitor arrived in the wrong size"), "neutral", monitor);
  assert.equal(came?.template, "delivery_not_shipped");
});
