import assert from "node:assert/strict";
import { ownItemAsked } from "./own_item_asked.ts";
import { castContext } from "../tests/fixtures/turns.ts";

const EMMA = castContext("emma").orders;
const SARAH = castContext("sarah").orders;

Deno.test("the product asked about as their own purchase is the line of their order", () => {
  for (
    const t of [
      "the vacuum I ordered – is it in stock?",
      "is the robot vacuum i bought still available",
      "my vacuum order - is it in stock",
    ]
  ) {
    const own = ownItemAsked(t, EMMA);
    assert.equal(own?.order_id, "ORD-3001", t);
    assert.match(own?.name ?? "", /Vacuum/, t);
  }
  assert.equal(
    ownItemAsked("the headphones I ordered, are they in stock?", SARAH)?.order_id,
    "ORD-1001",
  );
});

Deno.test("a product asked about without owning words, or not in their orders, is no line of theirs", () => {
  assert.equal(ownItemAsked("is the robot vacuum in stock?", EMMA), null);
  assert.equal(ownItemAsked("the kettle I ordered, is it in stock?", EMMA), null);
});
