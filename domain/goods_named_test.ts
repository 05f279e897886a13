import assert from "node:assert/strict";
import { clausesOf, ordersNamedByGoods } from "./goods_named.ts";
import { castContext } from "../tests/fixtures/turns.ts";

const SARAH = castContext("sarah").orders;
const EMMA = castContext("emma").orders;
const ids = (orders: { id: string }[]) => orders.map((o) => o.id);

Deno.test("orders named by their goods, each by a word of its own, in the order said", () => {
  const said = "I would like to speed up my headphones order and my shoes order";
  assert.deepEqual(ids(ordersNamedByGoods(SARAH, said)), ["ORD-1001", "ORD-1003"]);
  assert.deepEqual(
    ids(ordersNamedByGoods(EMMA, "my vacuum never came and the mixer is broken")),
    ["ORD-3001", "ORD-3002"],
  );
  assert.deepEqual(ids(ordersNamedByGoods(SARAH, "can you speed up my headphones and shoes")), [
    "ORD-1001",
    "ORD-1003",
  ]);
  // What is to be done to the goods follows them: "get the vacuum refunded".
  assert.deepEqual(
    ids(ordersNamedByGoods(EMMA, "can I get the mixer replaced and the vacuum refunded?")),
    ["ORD-3002", "ORD-3001"],
  );
});

Deno.test("a word of a name that describes something else names no order", () => {
  // "water tank" is a part of the espresso machine; "a weird noise" no headphones.
  assert.deepEqual(
    ids(ordersNamedByGoods(SARAH, "my espresso machine came without the water tank")),
    ["ORD-1002"],
  );
  assert.deepEqual(
    ids(ordersNamedByGoods(SARAH, "my espresso machine makes a weird noise, is that covered?")),
    ["ORD-1002"],
  );
  assert.deepEqual(ids(ordersNamedByGoods(EMMA, "refund the vacuum")), ["ORD-3001"]);
  assert.deepEqual(ids(ordersNamedByGoods(EMMA, "where is the vacuum?")), ["ORD-3001"]);
});

Deno.test("clauses are cut at sentences, commas and joining words, with their offsets", () => {
  const text =
    "the vacuum never showed up. refund it please. and the mixer came dented, i want a new one";
  const clauses = clausesOf(text);
  assert.deepEqual(clauses.map((c) => c.text), [
    "the vacuum never showed up",
    "refund it please",
    "the mixer came dented",
    "i want a new one",
  ]);
  for (const c of clauses) assert.equal(text.slice(c.start, c.end), c.text);
});
