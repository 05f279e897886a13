import assert from "node:assert/strict";
import { placedRefs, placedWindow } from "./placed_when.ts";
import { extractEntities } from "./entities.ts";
import { followUpOf } from "./follow_up.ts";

// A Monday; every reading is against this clock, never the wall clock.
const MONDAY = new Date(Date.UTC(2026, 11, 7, 10));
const THURSDAY = new Date(Date.UTC(2026, 11, 10, 10));

Deno.test("an order named by when it was placed carries those days", () => {
  const cases: [string, string][] = [
    ["what about the one from last week", "2026-11-30/2026-12-05,2026-11-24/2026-12-05"],
    ["the order I placed 2 days ago", "2026-12-05/2026-12-05,2026-12-04/2026-12-06"],
    ["my order from november", "2026-11-01/2026-11-30,2026-10-29/2026-12-03"],
    ["where's the order i placed yesterday", "2026-12-06/2026-12-06,2026-12-05/2026-12-07"],
    ["cancel yesterday's order", "2026-12-06/2026-12-06,2026-12-05/2026-12-07"],
    ["what i ordered on dec 1 hasnt come", "2026-12-01/2026-12-01,2026-11-29/2026-12-03"],
    ["the one i made on the 4th of december", "2026-12-04/2026-12-04,2026-12-02/2026-12-06"],
    ["the one from a couple days ago", "2026-12-05/2026-12-05,2026-12-04/2026-12-06"],
  ];
  for (const [text, placed] of cases) {
    const refs = placedRefs(text, MONDAY);
    assert.equal(refs.length, 1, text);
    assert.equal(refs[0].ref.placed, placed, text);
  }
});

Deno.test("last week is the calendar week before, loosened to the days people round to it", () => {
  // On a Thursday an order from Monday three days back is this week, but "last week" is
  // still said of it: the looser days reach three days back.
  assert.equal(placedWindow("last week", THURSDAY), "2026-11-30/2026-12-06,2026-11-27/2026-12-07");
  // On a Monday, yesterday is no "last week": the two days before are left out.
  assert.equal(placedWindow("last week", MONDAY), "2026-11-30/2026-12-05,2026-11-24/2026-12-05");
});

Deno.test("a month said alone names an order only after a linking word", () => {
  assert.deepEqual(placedRefs("the order may be late", MONDAY), []);
  assert.deepEqual(placedRefs("my order from amazon", MONDAY), []);
  // A month still to come this year is last year's.
  assert.match(placedRefs("my order from march", MONDAY)[0].ref.placed!, /^2026-03-01\/2026-03-31/);
  assert.match(
    placedRefs("my order from december", MONDAY)[0].ref.placed!,
    /^2026-12-01\/2026-12-07/,
  );
});

Deno.test("an order named by its placing day alone is a follow-up asking about it", () => {
  for (const text of ["the order I placed 2 days ago", "my order from november"]) {
    const e = extractEntities(text, { now: MONDAY });
    assert.equal(followUpOf(text, e), "another", text);
  }
  const asked = "the order from last week, can I return the blender from it and get a refund";
  assert.equal(followUpOf(asked, extractEntities(asked, { now: MONDAY })), null);
});

Deno.test("how an order named by its placing day stands may be asked in a few words", () => {
  const text = "whats up with the one from last week";
  assert.equal(followUpOf(text, extractEntities(text, { now: MONDAY })), "another");
});

Deno.test("an order named by its day without 'I', with 'it', or as 'last night'", () => {
  const now = new Date("2026-12-07T22:00:00Z"); // a Monday
  const at = (t: string) => placedRefs(t, now).map((r) => r.ref.placed);
  assert.deepEqual(at("ordered on friday, where is it"), [
    "2026-12-04/2026-12-04,2026-12-03/2026-12-05",
  ]);
  assert.deepEqual(at("I ordered it on Monday and it still hasn't shipped"), [
    "2026-11-30/2026-11-30,2026-11-29/2026-12-01",
  ]);
  assert.deepEqual(at("the order i placed last night, has it shipped"), [
    "2026-12-06/2026-12-07,2026-12-05/2026-12-07",
  ]);
  // The goods came then: no order named by it.
  assert.deepEqual(at("can i still return it, I got it 25 days ago?"), []);
});
