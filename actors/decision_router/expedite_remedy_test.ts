import assert from "node:assert/strict";
import { expediteRemedy } from "./expedite_remedy.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("an upset ask to speed up an order of theirs is offered before a person", () => {
  const text = "ORD-1001 is taking forever, can you speed it up?";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("shipping_options", text),
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.match(expediteRemedy(msg) ?? "", /speed ORD-1001 up/);
});

Deno.test("no wish to speed up, or an order delivered, is no such remedy", () => {
  const late = "ORD-1001 is taking forever";
  assert.equal(
    expediteRemedy(turnWith({
      text: late,
      who: "sarah",
      intent: intentOf("delivery_problem", late),
      context: castContext("sarah", { order: "ORD-1001" }),
    })),
    null,
  );
  const done = "speed up ORD-1002";
  assert.equal(
    expediteRemedy(turnWith({
      text: done,
      who: "sarah",
      intent: intentOf("shipping_options", done),
      context: castContext("sarah", { order: "ORD-1002" }),
    })),
    null,
  );
});
