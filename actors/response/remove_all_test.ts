import assert from "node:assert/strict";
import { allRemoved } from "./remove_all.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1003" });
const view = (text: string) => {
  const msg = turnWith({ text, who: "sarah", intent: intentOf("modify_order", text), context });
  return viewOf(msg, new Date(msg.created_at));
};

Deno.test("a change read as every line set to none is the cancellation, whatever its words", () => {
  const every = {
    items: [{ sku: "OUT-102", quantity: 0 }, { sku: "OUT-101", quantity: 0 }],
    summary: "",
  };
  const d = allRemoved(view("yes and the shoes too"), "neutral", context.order!, every);
  assert.equal(d?.proposed_actions[0].type, "cancel_order");
  // One line kept: no cancellation.
  const one = { items: [{ sku: "OUT-102", quantity: 0 }], summary: "" };
  assert.equal(allRemoved(view("yes and the shoes too"), "neutral", context.order!, one), null);
  // Named in words, as before.
  assert.equal(
    allRemoved(view("remove the shoes and the bottles"), "neutral", context.order!)
      ?.proposed_actions[0].type,
    "cancel_order",
  );
});

Deno.test("goods naming the order are no line taken off: no cancellation", () => {
  const named = allRemoved(
    view("remove the water bottles from the running shoes order"),
    "neutral",
    context.order!,
  );
  assert.equal(named, null);
});
