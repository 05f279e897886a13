import assert from "node:assert/strict";
import { statusFacts } from "./order_facts.ts";
import type { TurnView } from "./view.ts";
import { CAST_ORDERS, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";

Deno.test("a delivered order since refunded is told refunded, never late", () => {
  const delivered = CAST_ORDERS["ORD-3002"];
  const refunded = {
    ...delivered,
    status: "refunded" as const,
    refunded_amount: delivered.total,
    eta: new Date(FIXTURE_NOW.getTime() - 10 * 86_400_000).toISOString(),
  };
  const v = { text: "where is ORD-3002", now: FIXTURE_NOW } as unknown as TurnView;
  const text = statusFacts(v, refunded, null).join(" ");
  assert.match(text, /has been refunded/);
  assert.doesNotMatch(text, /running late|estimate|tracking number is/);
});
