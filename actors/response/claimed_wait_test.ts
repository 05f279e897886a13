import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import type { Draft, TurnView } from "./view.ts";
import { withClaimedWait } from "./claimed_wait.ts";
import { saidWaitingDays } from "../../domain/dates_asked.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order: OrderView = {
  id: "ORD-7001",
  status: "shipped",
  placed_at: "2026-03-04T09:00:00Z",
  total: 89,
  currency: "USD",
  items: [{ sku: "KB-1", name: "Keyboard", quantity: 1, price: 89 }],
  tracking_number: null,
};
const view = (text: string): TurnView =>
  ({
    msgId: "m1",
    text,
    now: NOW,
    guest: false,
    firstTurn: false,
    name: null,
    intent: "delivery_problem",
    entities: { order_ids: [] },
    sentiment: null,
    context: { orders: [order], order, order_lookup: "found" },
  }) as unknown as TurnView;
const reply: Draft = {
  text: "Order ORD-7001 shipped.",
  tone: "neutral",
  template: "delivery_problem",
  proposed_actions: [],
};

Deno.test("a wait said in weeks is read in days", () => {
  assert.equal(saidWaitingDays("its been three weeks!! where is my keyboard"), 21);
  assert.equal(saidWaitingDays("been waiting 2 weeks for my headphones"), 14);
  assert.equal(saidWaitingDays("where is my keyboard"), null);
});

Deno.test("a wait said well past the records is met with the day the order was placed", () => {
  const d = withClaimedWait(view("its been three weeks!! where is my keyboard"), reply);
  assert.equal(
    d.text,
    "Our records show you placed ORD-7001 on March 4, 6 days ago. " + reply.text,
  );
  // A count that is about right is not corrected.
  assert.equal(withClaimedWait(view("it's been a week, where is it"), reply).text, reply.text);
});
