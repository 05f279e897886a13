import assert from "node:assert/strict";
import { awayDays } from "./away_days.ts";

const NOW = new Date("2026-12-07T22:00:00Z"); // a Monday
const span = (t: string) => {
  const a = awayDays(t, NOW);
  return a ? [a.from.toISOString().slice(0, 10), a.to.toISOString().slice(0, 10)] : null;
};

Deno.test("the days a shopper is away are read against the turn's clock", () => {
  assert.deepEqual(span("I'm away from thursday to sunday, can you hold it?"), [
    "2026-12-10",
    "2026-12-13",
  ]);
  assert.deepEqual(span("we're on holiday tuesday-wednesday"), ["2026-12-08", "2026-12-09"]);
  assert.deepEqual(span("I won't be home until saturday"), ["2026-12-07", "2026-12-12"]);
  assert.equal(span("I'm away, where is my order"), null);
  assert.equal(span("can it arrive by friday"), null);
});
