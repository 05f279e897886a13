import assert from "node:assert/strict";
import { ordersAskedTogether } from "./each_order.ts";
import type { TurnView } from "./view.ts";
import { castContext, entitiesIn } from "../../tests/fixtures/turns.ts";

/** The view of Sarah's message asking `intent`, with no single order in question. */
function sarah(text: string, intent: TurnView["intent"], requests?: TurnView["requests"]) {
  return {
    intent,
    text,
    entities: entitiesIn(text),
    context: { ...castContext("sarah"), order_lookup: "ambiguous" },
    requests,
    confirmation: null,
  } as unknown as TurnView;
}

Deno.test("one question of two orders named by their goods is asked of each", () => {
  const text = "can you tell me when the headphones arrive and whether the shoes shipped yet";
  assert.deepEqual(ordersAskedTogether(sarah(text, "order_status")), ["ORD-1001", "ORD-1003"]);
  const speed = "can you speed up my headphones and shoes";
  assert.deepEqual(ordersAskedTogether(sarah(speed, "shipping_options")), [
    "ORD-1001",
    "ORD-1003",
  ]);
});

Deno.test("two asks of two orders named by goods are each their own request", () => {
  const text = "check on my headphones, and also can i still return the espresso machine?";
  const requests = [
    {
      intent: "order_status" as const,
      confidence: 0.3,
      text: text.slice(0, 22),
      start: 0,
      end: 22,
    },
    { intent: "order_status" as const, confidence: 0.3, text: text.slice(33), start: 33, end: 74 },
  ];
  assert.deepEqual(ordersAskedTogether(sarah(text, "order_status", requests)), []);
});

Deno.test("'both my orders that aren't delivered' are the two still to come", () => {
  const text = "whats the status of both my orders that arent delivered";
  assert.deepEqual(ordersAskedTogether(sarah(text, "order_status")), ["ORD-1003", "ORD-1001"]);
});

Deno.test("'the other two' after one order are every other order of theirs", () => {
  const v = sarah("and the other two?", "order_status");
  const told = {
    ...v,
    context: { ...v.context!, order_lookup: "found" },
    told: { order_id: "ORD-1001" },
  };
  assert.deepEqual(ordersAskedTogether(told as TurnView), ["ORD-1003", "ORD-1002"]);
});

Deno.test("'speed up both' after two orders is both, though one of them has two items", () => {
  const v = sarah("can you speed up both", "shipping_options");
  const after = {
    ...v,
    mentioned: ["ORD-1001", "ORD-1003"],
    told: { order_id: "ORD-1003" },
  } as TurnView;
  assert.deepEqual(ordersAskedTogether(after), ["ORD-1001", "ORD-1003"]);
});
