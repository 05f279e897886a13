import assert from "node:assert/strict";
import { factsOf } from "./facts.ts";
import { castContext, FIXTURE_NOW, turnWith } from "../tests/fixtures/turns.ts";

Deno.test("the days a reply may state are the UTC days of the order's times, however written", () => {
  const context = castContext("sarah");
  const [first, ...rest] = context.orders;
  const orders = [
    // The store's form (UTC, as toISOString writes it) and another offset, a day later in UTC.
    { ...first, placed_at: "2026-06-01T09:30:00.000Z", eta: "2026-06-09T21:30:00-05:00" },
    ...rest,
  ];
  const facts = factsOf(
    turnWith({ text: "when?", who: "sarah", context: { ...context, orders } }),
    FIXTURE_NOW,
  );
  assert.ok(facts.days.has("2026-06-01"));
  assert.ok(facts.days.has("2026-06-10"), "21:30 at -05:00 is the next day in UTC");
  assert.ok(!facts.days.has("2026-06-09"));
  assert.ok(facts.days.has("2026-06-15"), "today");
});

Deno.test("an order waiting for its payment may be said to be held until its hold ends", () => {
  const context = castContext("mike");
  const orders = context.orders.map((o) =>
    o.payment_status === "pending" ? { ...o, placed_at: "2026-06-10T08:00:00.000Z" } : o
  );
  assert.ok(orders.some((o) => o.payment_status === "pending"), "Mike has an unpaid order");
  const facts = factsOf(
    turnWith({ text: "I paid by bank transfer", who: "mike", context: { ...context, orders } }),
    FIXTURE_NOW,
  );
  assert.ok(facts.days.has("2026-06-17"), "placed June 10, held 7 days");
});
