import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import type { Draft, TurnView } from "./view.ts";
import { calendarDays, orderDatesReply, withDeliveryCount } from "./order_dates.ts";
import { confirmPrompt } from "./tone.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const delivered: OrderView = {
  id: "ORD-7002",
  status: "delivered",
  placed_at: "2026-02-20T09:00:00Z",
  total: 399,
  currency: "USD",
  items: [{ sku: "ESP-1", name: "Espresso Machine", quantity: 1, price: 399 }],
  tracking_number: "TRK0000007002",
  carrier: "UPS",
  shipped_at: "2026-02-22T09:00:00Z",
  delivered_at: "2026-02-28T15:00:00Z",
};
const onItsWay: OrderView = {
  id: "ORD-7001",
  status: "shipped",
  placed_at: "2026-03-06T09:00:00Z",
  total: 249,
  currency: "USD",
  items: [{ sku: "HP-1", name: "Headphones", quantity: 1, price: 249 }],
  tracking_number: "TRK0000007001",
  carrier: "UPS",
  shipped_at: "2026-03-07T09:00:00Z",
  eta: "2026-03-12T18:00:00Z",
};

function view(text: string, order: OrderView, score = -0.2): TurnView {
  return {
    msgId: "m1",
    text,
    now: NOW,
    guest: false,
    pending: null,
    firstTurn: false,
    name: null,
    intent: "order_status",
    entities: { order_ids: [] },
    sentiment: {
      label: "negative",
      score,
      urgency: "high",
      is_complaint: true,
      confidence: 0.8,
      signals: ["waiting"],
    },
    context: {
      orders: [delivered, onItsWay],
      order,
      order_lookup: "found",
      tracking: {
        number: order.tracking_number,
        carrier: "UPS",
        status: order.delivered_at ? "delivered" : "in_transit",
        eta: order.eta ?? null,
        last_event: null,
        days_since_last_scan: 0,
      },
    },
  } as unknown as TurnView;
}

Deno.test("days are counted by the calendar, not by the hours between", () => {
  assert.equal(calendarDays("2026-03-09T23:00:00Z", NOW), 1);
  assert.equal(calendarDays("2026-03-10T01:00:00Z", NOW), 0);
  assert.equal(calendarDays("2026-03-12T18:00:00Z", NOW), -2);
});

Deno.test("when an order was placed is answered with the day and the days since", () => {
  const d = orderDatesReply(
    view("what day did i order the espresso machine", delivered),
    "neutral",
  );
  assert.match(d!.text, /placed order ORD-7002 \(Espresso Machine\) on February 20, 18 days ago/);
  assert.match(d!.text, /delivered on February 28/);
});

Deno.test("how long a parcel has been on its way counts from the day it shipped", () => {
  const d = orderDatesReply(view("how long has it been in transit?", onItsWay), "neutral");
  assert.match(d!.text, /shipped on March 7 with UPS, so it has been on its way for 3 days/);
  assert.match(d!.text, /estimate for delivery is March 12, so it's still on time/);
});

Deno.test("more than 30 days since delivery is answered no, from the delivery, calmly", () => {
  const d = orderDatesReply(
    view("has it been more than 30 days since my espresso machine arrived?", delivered),
    "apologetic",
  );
  assert.match(d!.text, /No — order ORD-7002 .* was delivered on February 28, 10 days ago/);
  assert.match(d!.text, /return it until March 30 \(20 days left\)/);
  assert.doesNotMatch(d!.text, /sorry|apologi/i);
  assert.equal(d!.proposed_actions.length, 0);
});

Deno.test("a question of dates for an order it does not fit is left to the intent's reply", () => {
  assert.equal(
    orderDatesReply(view("how long has it been in transit", delivered), "neutral"),
    null,
  );
  assert.equal(orderDatesReply(view("where is my espresso machine", delivered), "neutral"), null);
});

Deno.test("a return asked with a wrong count of days says the day it was delivered", () => {
  const v = view("can I still return it, I got it 25 days ago?", delivered);
  const proposal: Draft = {
    text: "I can start a return for order ORD-7002.",
    tone: "neutral",
    template: "return_item",
    proposed_actions: [{
      type: "return_item",
      order_id: "ORD-7002",
      params: {},
      requires_confirmation: true,
    }],
  };
  const d = withDeliveryCount(v, "neutral", proposal);
  assert.match(d.text, /delivered on February 28, 10 days ago — not 25 days ago/);
  assert.match(d.text, /you have 20 days left\. I can start a return/);
  const right = withDeliveryCount(
    view("can i return it, got it 10 days ago", delivered),
    "neutral",
    proposal,
  );
  assert.equal(right.text, proposal.text);
});

Deno.test("the days left to return it are counted before the return offered", () => {
  const v = {
    ...view("is it too late to return the espresso machine?", delivered),
    intent: "return_item",
  } as TurnView;
  assert.equal(
    orderDatesReply({ ...v, text: "how many days do i have left to return it" }, "neutral"),
    null,
  );
  const offer: Draft = {
    text: "I can start a return for order ORD-7002.",
    tone: "neutral",
    template: "return_item",
    proposed_actions: [{
      type: "return_item",
      order_id: "ORD-7002",
      params: {},
      requires_confirmation: true,
    }],
  };
  const d = withDeliveryCount(v, "neutral", offer);
  assert.match(
    d.text,
    /No — ORD-7002 was delivered on February 28, 10 days ago, so you have 20 days left/,
  );
  // Offered softly when it ends in the plain yes-to-confirm: "ok" after it is no yes.
  const able = { ...v, canAct: true } as TurnView;
  const soft = withDeliveryCount(able, "neutral", {
    ...offer,
    text: `${offer.text} ${confirmPrompt(able)}`,
  });
  assert.match(soft.text, /nothing has been changed/);
  assert.equal(soft.asks?.slot, "offer");
});
