import assert from "node:assert/strict";
import { stateRefs } from "./references.ts";

const recency = (text: string) => stateRefs(text).map((s) => s.ref.recency);

Deno.test("an age alone ending a follow-up names the order by its age", () => {
  assert.deepEqual(recency("and my oldest?"), ["earliest"]);
  assert.deepEqual(recency("what about the newest"), ["latest"]);
  assert.deepEqual(recency("ok and the most recent?"), ["latest"]);
});

Deno.test("an age word that names something else is no order's age", () => {
  assert.deepEqual(recency("the oldest trick in the book"), []);
  assert.deepEqual(recency("is the newest model in stock"), []);
});
