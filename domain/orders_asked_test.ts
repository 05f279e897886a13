import assert from "node:assert/strict";
import { asksForOrderList, periodAsked } from "./orders_asked.ts";

Deno.test("asking for one's orders is told from a question about one order", () => {
  for (
    const t of [
      "whats in my orders",
      "show me my orders",
      "what did i order last month",
      "what orders do i have",
      "my orders?",
      "my orders pls",
      "all my orders please",
      "hi, what are my orders?",
      "which are my orders",
      "can you list all my orders",
      "wat did i buy",
      "order history pls",
    ]
  ) assert.ok(asksForOrderList(t), t);
  for (
    const t of [
      "where is my order",
      "cancel my order",
      "what's in order ORD-1003",
      "add a bottle to my order",
      "my order hasn't arrived",
    ]
  ) assert.ok(!asksForOrderList(t), t);
});

Deno.test("a period named narrows to the days it covers, from the clock passed in", () => {
  const now = new Date("2026-06-15T10:00:00Z"); // a Monday
  const last = periodAsked("what did i order last month", now)!;
  assert.equal(last.from.toISOString(), "2026-05-01T00:00:00.000Z");
  assert.equal(last.to.toISOString(), "2026-06-01T00:00:00.000Z");
  const jan = periodAsked("last month", new Date("2026-01-10T00:00:00Z"))!;
  assert.equal(jan.from.toISOString(), "2025-12-01T00:00:00.000Z");
  const week = periodAsked("orders from last week", now)!;
  assert.equal(week.from.toISOString(), "2026-06-08T00:00:00.000Z");
  assert.equal(week.to.toISOString(), "2026-06-15T00:00:00.000Z");
  assert.equal(periodAsked("wat did i order lst month", now)?.words, "last month");
  assert.equal(periodAsked("show me my orders", now), null);
});
