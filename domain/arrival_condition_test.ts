import assert from "node:assert/strict";
import { arrivalCondition } from "./arrival_condition.ts";

/** A Monday. */
const NOW = new Date("2026-12-07T12:00:00Z");

Deno.test("a change that waits on a late arrival names the day it waits for", () => {
  const friday = arrivalCondition("if my keyboard doesn't arrive by friday I want a refund", NOW);
  assert.equal(friday?.by.toISOString().slice(0, 10), "2026-12-11");
  const thu = arrivalCondition("if the headphones aren't here by thursday just refund them", NOW);
  assert.equal(thu?.by.toISOString().slice(0, 10), "2026-12-10");
  const tomorrow = arrivalCondition("refund me unless it can come tomorrow", NOW);
  assert.equal(tomorrow?.by.toISOString().slice(0, 10), "2026-12-08");
  assert.ok(
    arrivalCondition("If the vacuum doesnt show up by the weekend, can I get my money back?", NOW),
  );
});

Deno.test("a day without a condition on the arrival is none", () => {
  assert.equal(arrivalCondition("I need it by friday", NOW), null);
  assert.equal(arrivalCondition("cancel 1003 if it hasn't shipped yet", NOW), null);
  assert.equal(arrivalCondition("will it arrive by friday?", NOW), null);
});

Deno.test("a span of days after the arrival is the day it waits for", () => {
  const week = arrivalCondition("if it isn't here within a week I want my money back", NOW);
  assert.equal(week?.by.toISOString().slice(0, 10), "2026-12-14");
});
