import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import { holdReply } from "./order_hold.ts";
import type { TurnView } from "./view.ts";
import { asksHold } from "../../domain/order_hold.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order = (id: string, payment: string, status = "pending"): OrderView => ({
  id,
  status,
  placed_at: "2026-03-09T10:00:00Z",
  total: 329,
  currency: "USD",
  items: [],
  tracking_number: null,
  payment_status: payment,
});

function view(text: string, orders: OrderView[], guest = false): TurnView {
  return {
    text,
    now: NOW,
    guest,
    tone: "neutral",
    context: { orders, order: null, order_lookup: "none" },
  } as unknown as TurnView;
}

Deno.test("how long an unpaid order waits is asked in several ways", () => {
  for (
    const t of [
      "ok i'll try paypal tonight. can you hold the order till then?",
      "will my order be cancelled if i dont pay today",
      "how long do you hold it",
      "please keep the order for a few days",
    ]
  ) assert.ok(asksHold(t), t);
  for (const t of ["keep me posted", "hold on", "can you hold the line", "where is my order"]) {
    assert.equal(asksHold(t), false, t);
  }
});

Deno.test("the customer's unpaid order is held until a day, and a cancellation asked is a no", () => {
  const unpaid = [order("ORD-2002", "pending"), order("ORD-2001", "paid", "shipped")];
  const yes = holdReply(
    view("can you hold the order till then? i'll use paypal", unpaid),
    "neutral",
  );
  assert.match(yes?.text ?? "", /^Yes — order ORD-2002 stays reserved for you until March 16/);
  assert.match(yes?.text ?? "", /PayPal/);
  const no = holdReply(view("will my order be cancelled if i dont pay today", unpaid), "neutral");
  assert.match(no?.text ?? "", /^No — order ORD-2002/);
});

Deno.test("a guest gets the rule; paid orders and other questions get no hold answer", () => {
  assert.match(
    holdReply(view("how long do you hold an order before i pay", [], true), "neutral")?.text ?? "",
    /We hold an unpaid order for 7 days/,
  );
  const paid = [order("ORD-1003", "paid", "processing")];
  assert.equal(holdReply(view("can you hold my order until monday", paid), "neutral"), null);
  assert.equal(holdReply(view("where is my order", paid), "neutral"), null);
});

Deno.test("never paying: cancelled in the end, said so — no 'no' and no trace offered", () => {
  const orders = [order("ORD-2002", "pending")];
  const never = holdReply(
    view("if i dont pay for the monitor does it get cancelled?", orders),
    "neutral",
  );
  assert.match(never!.text, /^Yes, in the end: order ORD-2002/);
  const what = holdReply(view("what if i just never pay for 2002", orders), "neutral");
  assert.doesNotMatch(what!.text, /trace the payment|^No/);
  const today = holdReply(
    view("will my order be cancelled if I don't pay today?", orders),
    "neutral",
  );
  assert.match(today!.text, /^No — order ORD-2002/);
});
