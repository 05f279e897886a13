import assert from "node:assert/strict";
import { type References, resolveReference } from "./resolve_reference.ts";
import { castContext } from "../../tests/fixtures/turns.ts";

const SARAH = castContext("sarah").orders;
const other: References = {
  explicit: [],
  bare: [],
  items: [],
  text: "and the other one?",
  skus: [],
  states: [],
  other: true,
};

Deno.test("'the other one' after two orders answered together is the one not talked of", () => {
  // "Where are my headphones and my shoes?" answered both; no single order in focus.
  const r = resolveReference({ ...other, mentioned: ["ORD-1003", "ORD-1001"] }, SARAH, null);
  assert.deepEqual(r, { kind: "order", id: "ORD-1002", why: "state" });
});

Deno.test("'the other one' with nothing talked of, or several untold, is no guess", () => {
  assert.deepEqual(resolveReference({ ...other, mentioned: [] }, SARAH, null), { kind: "none" });
  assert.deepEqual(resolveReference({ ...other, mentioned: ["ORD-1001"] }, SARAH, null), {
    kind: "none",
  });
});

Deno.test("'the first one I asked about' is the first order talked of, not the oldest placed", () => {
  const first: References = {
    ...other,
    other: false,
    text: "ok cancel the first one i asked about",
  };
  const talked = { ...first, mentioned: ["ORD-1003", "ORD-1001"] };
  assert.deepEqual(resolveReference(talked, SARAH, "ORD-1001"), {
    kind: "order",
    id: "ORD-1003",
    why: "state",
  });
  const last = { ...talked, text: "the last one we talked about" };
  assert.deepEqual(resolveReference(last, SARAH, null), {
    kind: "order",
    id: "ORD-1001",
    why: "state",
  });
});
