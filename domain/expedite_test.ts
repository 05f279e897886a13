import assert from "node:assert/strict";
import { wantsFaster } from "./expedite.ts";

Deno.test("a wish for an order to come faster, in shoppers' words", () => {
  for (const t of ["can you speed it up?", "pls expedite ORD-1001", "hurry it up", "rush it"]) {
    assert.ok(wantsFaster(t), t);
  }
  assert.ok(!wantsFaster("where is my order"));
});
