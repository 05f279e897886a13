import assert from "node:assert/strict";
import { orderNamedBefore } from "./order_before.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import { extractEntities } from "../nlu/entities.ts";

const now = new Date("2026-11-25T15:30:00Z");

function before(text: string, request: string, who: "emma" | "sarah" = "emma") {
  const entities = extractEntities(text, { now });
  const start = text.indexOf(request);
  return orderNamedBefore(text, { text: request, start }, castContext(who), entities);
}

Deno.test("a request naming no order is about the order the story before it named", () => {
  const text = "I placed order 3001 nearly three weeks ago. The tracking hasn't moved. I would " +
    "like a full refund please. Also ORD-3002 arrived damaged.";
  assert.equal(before(text, "I would like a full refund please"), "ORD-3001");
  // Its own order wins; nothing named before is no guess.
  assert.equal(before(text, "Also ORD-3002 arrived damaged"), null);
  assert.equal(before("Refund me please. ORD-3002 is broken.", "Refund me please"), null);
});

Deno.test("an order named before that is not theirs is no order of the request", () => {
  const text = "My wife's order ORD-1001 came. I would like a refund please.";
  assert.equal(before(text, "I would like a refund please"), null);
});
