import assert from "node:assert/strict";
import { replacementFacts } from "./replacement_facts.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

const now = new Date("2026-12-06T12:00:00Z");

Deno.test("an order with a replacement sent says so, with the day it should arrive", () => {
  const order = {
    ...castContext("emma", { order: "ORD-3001" }).order!,
    replacement_id: "RPL-000001",
    replacement_eta: "2026-12-09T12:00:00Z",
  };
  const [line] = replacementFacts(order, now);
  assert.match(line, /replacement for order ORD-3001/);
  assert.match(line, /within 1 business day and should be with you by December 9/);
});

Deno.test("an order without a replacement says nothing of one", () => {
  assert.deepEqual(replacementFacts(castContext("emma", { order: "ORD-3001" }).order!, now), []);
});
