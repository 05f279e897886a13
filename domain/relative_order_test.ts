import assert from "node:assert/strict";
import { besideByAge, relativeOrder } from "./relative_order.ts";

Deno.test("an order named by where it stands beside the one talked of", () => {
  assert.equal(relativeOrder("ok and the one before that?"), "before");
  assert.equal(relativeOrder("and the one before that one?"), "before");
  assert.equal(relativeOrder("what about the order i placed before that"), "before");
  assert.equal(relativeOrder("and the one after that?"), "after");
  assert.equal(relativeOrder("what did I order before christmas"), null);
  assert.equal(relativeOrder("can it arrive before that?"), null);
  assert.equal(relativeOrder("the one that shipped"), null);
});

Deno.test("the order beside another is the one placed just before or after it", () => {
  const orders = [
    { id: "ORD-1003", placed_at: "2026-11-30T10:00:00Z" },
    { id: "ORD-1001", placed_at: "2026-11-25T10:00:00Z" },
    { id: "ORD-1002", placed_at: "2026-11-10T10:00:00Z" },
  ];
  assert.equal(besideByAge(orders, "ORD-1003", "before")?.id, "ORD-1001");
  assert.equal(besideByAge(orders, "ORD-1001", "before")?.id, "ORD-1002");
  assert.equal(besideByAge(orders, "ORD-1002", "before"), null, "none older");
  assert.equal(besideByAge(orders, "ORD-1002", "after")?.id, "ORD-1001");
  assert.equal(besideByAge(orders, "ORD-9999", "after"), null, "not theirs");
});
