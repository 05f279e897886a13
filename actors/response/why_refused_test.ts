import assert from "node:assert/strict";
import { whyRefused } from "./why_refused.ts";
import type { TurnView } from "./view.ts";
import { CAST_ORDERS, pendingOf } from "../../tests/fixtures/turns.ts";

const mixer = {
  ...CAST_ORDERS["ORD-3002"],
  status: "delivered",
  delivered_at: "2026-06-10T12:00:00Z",
};
const returning = pendingOf({
  type: "return_item",
  order_id: mixer.id,
  requires_confirmation: true,
});
const view = (text: string, topic = "cancel_order") =>
  ({
    text,
    now: new Date("2026-06-15T12:00:00Z"),
    pending: returning,
    told: { topic, order_id: mixer.id },
    context: { order_lookup: "found", order: mixer, orders: [mixer] },
  }) as unknown as TurnView;

Deno.test("'why not?' after a refused cancellation says why, and what the return does", () => {
  for (const t of ["why not", "Why not?", "how come?", "but why?", "why can't you cancel it?"]) {
    const said = whyRefused(view(t));
    assert.ok(said, t);
    assert.match(said![0], /^That's because order ORD-3002 was delivered on June 10/, t);
    assert.match(said![1], /same refund/, t);
  }
});

Deno.test("no refusal before, or more than 'why': not this reading", () => {
  assert.equal(whyRefused(view("why not", "order_status")), null);
  assert.equal(whyRefused(view("why not just refund me")), null);
  assert.equal(whyRefused(view("yes")), null);
});
