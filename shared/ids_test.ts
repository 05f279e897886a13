import assert from "node:assert/strict";
import { idGenerator, newId } from "./ids.ts";

function msOf(id: string): number {
  return parseInt(id.replaceAll("-", "").slice(0, 12), 16);
}

Deno.test("newId: UUIDv7, unique, and in creation order even within one millisecond", () => {
  const ids = Array.from({ length: 20_000 }, () => newId());
  for (const id of ids.slice(0, 50)) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(new Set(ids).size, ids.length);
  const sorted = [...ids].sort();
  assert.deepEqual(sorted.slice(0, 4096), ids.slice(0, 4096), "sorted as made");
});

Deno.test("idGenerator: the first 48 bits are the clock's milliseconds, whatever the date", () => {
  // The clock is passed in, so the test holds on any calendar date.
  let now = Date.parse("2031-02-03T04:05:06.789Z");
  const next = idGenerator(() => now);
  assert.equal(msOf(next()), now);
  now += 86_400_000;
  assert.equal(msOf(next()), now, "a later clock stamps the later moment");
  assert.equal(msOf(next(now - 5_000)), now, "an earlier moment never goes back (monotonic)");
  const past = idGenerator(() => Date.parse("2020-01-01T00:00:00.000Z"));
  assert.equal(msOf(past()), Date.parse("2020-01-01T00:00:00.000Z"), "a fresh generator is free");
});
