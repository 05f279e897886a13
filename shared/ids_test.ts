import assert from "node:assert/strict";
import { newId } from "./ids.ts";

Deno.test("newId: UUIDv7, unique, and in creation order even within one millisecond", () => {
  const ids = Array.from({ length: 20_000 }, () => newId());
  for (const id of ids.slice(0, 50)) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(new Set(ids).size, ids.length);
  const sorted = [...ids].sort();
  assert.deepEqual(sorted.slice(0, 4096), ids.slice(0, 4096), "sorted as made");
  const at = Date.parse("2026-11-25T12:00:00.000Z");
  const ms = parseInt(newId(at + 86_400_000).replaceAll("-", "").slice(0, 12), 16);
  assert.equal(ms, at + 86_400_000, "the first 48 bits are the milliseconds");
});
