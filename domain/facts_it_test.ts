import assert from "node:assert/strict";
import { type Facts, statusContradictions } from "./facts.ts";
import type { OrderState } from "./status_claims.ts";

const state = (status: string, parcel: string | null): OrderState => ({
  status,
  parcel,
  daysSinceScan: parcel === "lost" ? 9 : null,
  overdue: false,
});

const facts: Facts = {
  orderIds: new Set(["ORD-3001", "ORD-3002"]),
  mentionedOrderIds: new Set(),
  trackingNumbers: new Set(),
  amounts: [],
  days: new Set(),
  emails: new Set(),
  states: new Map([
    ["ORD-3001", state("shipped", "lost")],
    ["ORD-3002", state("delivered", "delivered")],
  ]),
  focus: "ORD-3002",
};

Deno.test("'it' in a reply is the order named last, not the turn's focus", () => {
  const text = "I can send you a new Stand Mixer for order ORD-3002.\n\n" +
    "Order ORD-3001 (Robot Vacuum Cleaner) shipped on November 23. " +
    "Since the carrier has lost it, I can refund it in full.";
  assert.deepEqual(statusContradictions(text, facts), []);
});

Deno.test("a wrong status of the order named last, or of the focus, is still found", () => {
  const wrong = statusContradictions("Order ORD-3001 shipped. It has been delivered.", facts);
  assert.deepEqual(wrong.map((c) => [c.orderId, c.claim]), [["ORD-3001", "delivered"]]);
  const focus = statusContradictions("Sorry about that. It's been lost.", facts);
  assert.deepEqual(focus.map((c) => [c.orderId, c.claim]), [["ORD-3002", "lost"]]);
});
