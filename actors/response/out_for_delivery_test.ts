import assert from "node:assert/strict";
import { trackingFacts } from "./order_facts.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a parcel out for delivery is said to be out for delivery, not only on its way", () => {
  const context = castContext("sarah", { order: "ORD-1001" });
  const text = "is my headphones order arriving today?";
  const msg = turnWith({ text, who: "sarah", intent: intentOf("order_status", text), context });
  const v = viewOf(msg, FIXTURE_NOW);
  const at = new Date(FIXTURE_NOW.getTime() - 3_600_000).toISOString();
  const tracking = {
    number: "TRK1",
    carrier: "UPS",
    status: "out_for_delivery",
    eta: null,
    last_event: { at, status: "out_for_delivery", location: "Milan" },
    days_since_last_scan: 0,
  };
  const facts = trackingFacts(v, context.order!, tracking).join(" ");
  assert.match(facts, /out for delivery — its latest scan was in Milan/);
  const moving = trackingFacts(v, context.order!, { ...tracking, status: "in_transit" }).join(" ");
  assert.doesNotMatch(moving, /out for delivery/);
});
