import assert from "node:assert/strict";
import { asksRateOfSpeed, methodAsked, wantsFaster } from "./expedite.ts";

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

Deno.test("a speed's price or time asked is a question of rates, not a wish to speed an order", () => {
  for (
    const t of [
      "how much is express shipping?",
      "how long does overnight take",
      "ok and what does express cost?",
      "what's the price of next-day delivery",
    ]
  ) {
    assert.equal(asksRateOfSpeed(t), true, t);
  }
  for (
    const t of [
      "can you expedite my order",
      "how much to upgrade my order to express?",
      "how much would it cost to send it express",
      "send it express please",
    ]
  ) {
    assert.equal(asksRateOfSpeed(t), false, t);
  }
});
