import assert from "node:assert/strict";
import { speedBesidePlace } from "./speed_beside_place.ts";
import type { TurnView } from "./view.ts";
import type { OrderView } from "../../shared/protocol.ts";

const NOW = new Date("2026-12-07T12:00:00Z");

const ORDER = {
  id: "ORD-1003",
  status: "processing",
  items: [{ name: "Trail Running Shoes", quantity: 1, price: 120 }],
  total: 120,
  carrier: null,
  tracking_number: null,
  payment_status: "paid",
  created_at: "2026-12-05T10:00:00Z",
} as unknown as OrderView;

function view(text: string): TurnView {
  return {
    text,
    now: NOW,
    tier: "gold",
    guest: false,
    firstTurn: false,
    context: { orders: [ORDER], tracking: {} },
    entities: { order_ids: [] },
    lastOrderId: "ORD-1003",
  } as unknown as TurnView;
}

Deno.test("a speed-up of the order in focus asked beside a place is proposed after the answer", () => {
  const d = speedBesidePlace(
    view("can you switch it to express delivery? and do you ship to the UK btw"),
    "neutral",
  );
  assert.ok(d, "no draft");
  assert.match(d.text, /we ship to the United Kingdom/);
  assert.match(d.text, /upgrade order ORD-1003 to express/);
  assert.equal(d.proposed_actions[0]?.type, "expedite_order");
});

Deno.test("a speed asked about a place, with no change of an order, is no speed-up", () => {
  assert.equal(speedBesidePlace(view("do you ship express to canada?"), "neutral"), null);
  assert.equal(speedBesidePlace(view("how much is express to the uk"), "neutral"), null);
  assert.equal(speedBesidePlace(view("can you switch it to express delivery?"), "neutral"), null);
});
