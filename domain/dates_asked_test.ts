import assert from "node:assert/strict";
import { datesAsked, saidDelivered, saidDeliveredDaysAgo } from "./dates_asked.ts";

Deno.test("an order's dates are asked in shoppers' words", () => {
  const cases: [string, string][] = [
    ["what day did i order the espresso machine", "placed"],
    ["when did i place order 1001?", "placed"],
    ["when was it ordered", "placed"],
    ["can you tell me when my shoes order was placed", "placed"],
    ["how long has my keyboard been in transit?", "in_transit"],
    ["how long ago did my headphones ship", "in_transit"],
    ["how long have my headphones been on the way", "in_transit"],
    ["has it been more than 30 days since my espresso machine arrived?", "since_delivery"],
    ["how many days do i have left to return the frother?", "return_left"],
    ["whats the last day i can return order 1002", "return_left"],
    ["is it too late to return the mixer?", "return_left"],
  ];
  for (const [text, kind] of cases) assert.equal(datesAsked(text), kind, text);
  for (
    const t of ["when will my order ship?", "where is my order", "i want to return the mixer"]
  ) assert.equal(datesAsked(t), null, t);
});

Deno.test("the days the shopper says the goods came are read", () => {
  assert.equal(saidDeliveredDaysAgo("can i still return it, I got it 25 days ago?"), 25);
  assert.equal(saidDeliveredDaysAgo("it arrived like 3 weeks ago"), 21);
  assert.equal(saidDeliveredDaysAgo("i ordered it 3 weeks ago"), null);
});

Deno.test("the shopper's own words for the days are kept", () => {
  assert.equal(saidDelivered("got the machine a week ago, can i return it")?.words, "a week ago");
  assert.equal(saidDelivered("it came like 3 weeks ago")?.words, "3 weeks ago");
});
