import assert from "node:assert/strict";
import { changesItems } from "./items_asked.ts";

Deno.test("goods taken off an order of theirs change its items", () => {
  for (
    const t of [
      "can you take the bottles off ORD-1003",
      "get the water bottles out of my shoes order pls",
      "i want to take the shoes off 1003",
    ]
  ) {
    assert.ok(changesItems(t), t);
  }
});

Deno.test("taken off a list, or out for a walk, is no change of an order", () => {
  for (const t of ["take me off the mailing list", "take the dog out", "get me out of here"]) {
    assert.ok(!changesItems(t), t);
  }
});
