import assert from "node:assert/strict";
import { deadlineDay, neededBy } from "./needed_by.ts";

// A Monday.
const NOW = new Date("2026-12-07T10:00:00Z");
const day = (text: string) => neededBy(text, NOW)?.by.toISOString().slice(0, 10) ?? null;

Deno.test("a day the goods are needed by is read from the customer's words", () => {
  assert.equal(day("I need the vacuum by friday, it's a gift"), "2026-12-11");
  assert.equal(day("i need my shoes by thursday"), "2026-12-10");
  assert.equal(day("need it by tomorrow"), "2026-12-08");
  assert.equal(day("i need my keybord by tomorow its for work"), "2026-12-08");
  assert.equal(day("will it arrive before the weekend?"), "2026-12-11");
  assert.equal(day("can it be here in time for christmas"), "2026-12-25");
  assert.equal(day("i need it by the 12th"), "2026-12-12");
  // The day first, the question after.
  assert.equal(day("they're for my sister's birthday on friday, will they make it?"), "2026-12-11");
  assert.equal(day("it's a gift for sunday, can it be here in time?"), "2026-12-13");
  assert.equal(day("will my headphones be delivered by dec 10?"), "2026-12-10");
  assert.equal(day("I need the headphones within a week"), "2026-12-14");
  assert.equal(day("need it in 3 days"), "2026-12-10");
  assert.equal(day("i need it by next friday"), "2026-12-18");
});

Deno.test("no day needed: other changes with a day, or no day at all", () => {
  assert.equal(day("where is my order"), null);
  assert.equal(day("i want to return it by friday"), null);
  assert.equal(day("can you cancel it before friday"), null);
  assert.equal(day("is it in stock"), null);
  // A day to deliver on is a delivery day asked for, not a day it is needed by.
  assert.equal(day("pls deliver 1003 on saturday instead"), null);
});

Deno.test("days are on or after now: a date passed this year is next year's", () => {
  assert.equal(deadlineDay("jan 3", NOW)?.toISOString().slice(0, 10), "2027-01-03");
  assert.equal(deadlineDay("monday", NOW)?.toISOString().slice(0, 10), "2026-12-07");
  assert.equal(deadlineDay("someday", NOW), null);
});

Deno.test("a change said after the arrival's question is a maybe; a change given the day is not", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  const asked = neededBy(
    "I need the shoes by December 11 for a race, will they arrive in time? if not I'd rather cancel",
    now,
  );
  assert.equal(asked?.by.toISOString().slice(0, 10), "2026-12-11");
  assert.equal(neededBy("please cancel it if it won't arrive by friday", now), null);
  assert.equal(neededBy("can I return it by friday?", now), null);
});

Deno.test("a day asked without 'by': on saturday, this week, next weekend, terse", () => {
  const now = new Date("2026-12-07T22:00:00Z"); // a Monday
  const day = (t: string) => neededBy(t, now)?.by.toISOString().slice(0, 10) ?? null;
  assert.equal(day("can the shoes arrive on saturday?"), "2026-12-12");
  assert.equal(day("will my headphones arrive this week?"), "2026-12-13");
  assert.equal(day("will the headphones come by next weekend?"), "2026-12-19");
  assert.equal(day("headphones by tomorrow possible?"), "2026-12-08");
  assert.equal(day("cancel it by tomorrow?"), null);
});
