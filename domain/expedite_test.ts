import assert from "node:assert/strict";
import { methodAsked, wantsFaster } from "./expedite.ts";

Deno.test("a wish for an order to come faster, in shoppers' words", () => {
  for (
    const t of [
      "can you speed it up?",
      "pls expedite ORD-1001",
      "expidite my order",
      "hurry it up",
      "rush it",
    ]
  ) {
    assert.ok(wantsFaster(t), t);
  }
  assert.ok(!wantsFaster("where is my order"));
});

Deno.test("the speed asked for is the last one named and not turned down", () => {
  assert.equal(methodAsked("yes but not the express one, overnight"), "overnight");
  assert.equal(methodAsked("make it express not overnight"), "express");
  assert.equal(methodAsked("can it come next-day"), "overnight");
  assert.equal(methodAsked("not express"), null);
  assert.equal(methodAsked("speed it up"), null);
});
