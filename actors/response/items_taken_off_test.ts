import assert from "node:assert/strict";
import { quantityIn } from "./items.ts";
import type { TurnView } from "./view.ts";

const v = { text: "", entities: { quantities: [] } } as unknown as TurnView;

Deno.test("goods taken off or got out of an order: none of them left", () => {
  for (
    const t of [
      "could u take both water bottles off my order 1003 pls",
      "get the water bottles out of my shoes order pls",
      "take the bottles off ORD-1003",
    ]
  ) {
    assert.equal(quantityIn(v, t, 2), 0, t);
  }
});

Deno.test("one taken off is one fewer", () => {
  assert.equal(quantityIn(v, "take one bottle off 1003", 2), 1);
});
