import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import { refundsTogether, refundWaitNote } from "./refund_wait.ts";
import type { TurnView } from "./view.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order = (id: string, refunded: number): OrderView => ({
  id,
  status: "delivered",
  placed_at: "2026-03-01T10:00:00Z",
  total: refunded || 100,
  currency: "USD",
  items: [],
  tracking_number: null,
  refunded_amount: refunded,
});
const mixer = order("ORD-3002", 349);
const vacuum = order("ORD-3001", 313.99);

function view(text: string, orders: OrderView[], done: TurnView["done"]): TurnView {
  return {
    text,
    now: NOW,
    done,
    entities: { order_ids: [], item_refs: [] },
    context: { orders },
  } as unknown as TurnView;
}

const bothDone = {
  type: "refund" as const,
  order_id: "ORD-3001",
  also: ["ORD-3002"],
  at: "2026-03-10T11:00:00Z",
};

Deno.test("two refunds made in one turn are told together, with one wait", () => {
  const facts = refundsTogether(
    view("how long until i see the money", [mixer, vacuum], bothDone),
    vacuum,
  );
  assert.ok(facts);
  assert.match(facts[0], /349\.00 USD on order ORD-3002 and 313\.99 USD on order ORD-3001/);
  assert.match(facts[1], /^They were issued today, so they can still take up to 5/);
});

Deno.test("of two refunds, only the one made here gets the wait; a named order is told alone", () => {
  const oneDone = { ...bothDone, also: undefined };
  const facts = refundsTogether(view("where's my money", [mixer, vacuum], oneDone), vacuum);
  assert.match(facts?.[1] ?? "", /^The refund on order ORD-3001 was issued today/);
  assert.equal(
    refundsTogether(view("where's the refund for ORD-3001", [mixer, vacuum], oneDone), vacuum),
    null,
  );
  assert.equal(
    refundsTogether(view("where's my money", [order("ORD-3002", 0), vacuum], oneDone), vacuum),
    null,
  );
});

Deno.test("the wait note speaks of a refund made in the same turn as another", () => {
  const note = refundWaitNote(view("not there yet", [mixer, vacuum], bothDone), mixer);
  assert.match(note ?? "", /^It was issued today/);
  assert.equal(refundWaitNote(view("not there yet", [mixer], null), mixer), null);
});
