import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";
import { awayReply } from "./away_reply.ts";

const NOW = new Date("2026-12-07T22:00:00Z"); // a Monday
const order = (eta: string, status = "processing"): OrderView => ({
  id: "ORD-7003",
  status,
  placed_at: "2026-12-07T02:00:00Z",
  total: 120,
  currency: "USD",
  items: [{ sku: "SH-1", name: "Shoes", quantity: 1, price: 120 }],
  tracking_number: null,
  eta,
});
const view = (text: string, o: OrderView): TurnView =>
  ({
    msgId: "m1",
    text,
    now: NOW,
    guest: false,
    pending: null,
    firstTurn: false,
    name: null,
    intent: "other",
    entities: { order_ids: [] },
    sentiment: null,
    context: { orders: [o], order: o, order_lookup: "found", tracking: null },
  }) as unknown as TurnView;

Deno.test("an estimate inside the days away says what can be done before it ships", () => {
  const d = awayReply(
    view("I'm away from thursday to sunday, can you hold it?", order("2026-12-11T18:00:00Z")),
    "neutral",
  );
  assert.match(d!.text, /Friday, December 11 — while you're away \(Thursday, December 10 to/);
  assert.match(d!.text, /can't hold a parcel/);
  assert.match(d!.text, /another address/);
  assert.equal(d!.proposed_actions.length, 0);
});

Deno.test("an estimate before the days away needs nothing done", () => {
  const d = awayReply(
    view("I'm away from thursday to sunday", order("2026-12-09T18:00:00Z")),
    "neutral",
  );
  assert.match(d!.text, /before you're away/);
  assert.doesNotMatch(d!.text, /can't hold|another address/);
});
