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

Deno.test("a count taken off leaves the rest of the line, not none of it", () => {
  for (
    const [t, current, want] of [
      ["take two off please", 3, 1],
      ["remove 2 of the air fryers", 3, 1],
      ["can you drop three of the mice", 4, 1],
      ["two fewer bottles pls", 3, 1],
      ["take 2 of them off my order", 3, 1],
      ["remove just one of the bottles", 3, 2],
    ] as const
  ) {
    assert.equal(quantityIn(v, t, current), want, t);
  }
});

Deno.test("the count they need is the count set", () => {
  assert.equal(quantityIn(v, "I ordered 3 air fryers by mistake I only need one", 3), 1);
  assert.equal(quantityIn(v, "i need 2 more bottles", 2), 4);
});
