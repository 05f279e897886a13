import assert from "node:assert/strict";
import { fewerReturned, fewerText } from "./fewer_returned.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

const shoes = { sku: "OUT-101", name: "Trail Running Shoes", quantity: 3, price: 124 };
const order = { id: "ORD-11091", items: [shoes] } as unknown as OrderView;
const view = (text: string, intent = "modify_order") =>
  ({
    text,
    intent,
    entities: { quantities: [], products: [], item_refs: [] },
    requests: [],
    asked: null,
    pending: null,
  }) as unknown as TurnView;

Deno.test("fewer units asked of a delivered order return the rest, not the whole line", () => {
  const lines = fewerReturned(view("I ordered 3 pairs of running shoes but only need two"), order);
  assert.deepEqual(lines, [{ ...shoes, quantity: 1 }]);
  assert.equal(fewerText(lines!, order), "1 of your 3 Trail Running Shoes");
  assert.deepEqual(fewerReturned(view("take two pairs of shoes off"), order), [
    { ...shoes, quantity: 2 },
  ]);
  assert.equal(fewerReturned(view("remove the shoes"), order), null, "the whole line");
  assert.equal(fewerReturned(view("add another pair of shoes"), order), null);
  assert.equal(fewerReturned(view("return the shoes", "return_item"), order), null);
});

Deno.test("the units kept, said outright, say what goes back", () => {
  const text = "no, just one pair of the running shoes, I want to keep two";
  assert.deepEqual(fewerReturned(view(text), order), [{ ...shoes, quantity: 1 }]);
});
