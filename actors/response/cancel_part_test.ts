import assert from "node:assert/strict";
import { partialCancel } from "./cancel_part.ts";
import { viewOf } from "./view.ts";
import { castContext, entitiesIn, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1003" });
function part(text: string) {
  const msg = turnWith({ text, who: "sarah", intent: intentOf("cancel_order", text), context });
  return partialCancel(viewOf(msg, new Date(msg.created_at)), "neutral", context.order!);
}

Deno.test("cancelling just some items of an order removes those lines, not the order", () => {
  const d = part("cancel just the water bottles from my order");
  assert.equal(d?.template, "cancel_part_proposed");
  assert.match(d?.text ?? "", /remove 2× Insulated Water Bottle from it; the rest/);
  assert.deepEqual(d?.proposed_actions[0].params, {
    items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
  });
  assert.deepEqual(part("only cancel the shoes, keep the bottles")?.proposed_actions[0].params, {
    items: [{ sku: "OUT-101", quantity: 0, name: "Trail Running Shoes" }],
  });
});

Deno.test("the order named by an item, all its items, or no part cue cancels the whole order", () => {
  assert.equal(part("cancel my order with the shoes"), null);
  assert.equal(part("cancel my shoes order"), null);
  assert.equal(part("cancel just the shoes and the water bottles"), null);
  assert.equal(part("cancel ORD-1003"), null);
});

Deno.test("'cancel the bottles' with no word of the order is a part of it too", () => {
  assert.deepEqual(part("ok then cancel the bottles")?.proposed_actions[0].params, {
    items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
  });
  assert.equal(part("cancel the shoes order"), null);
});

Deno.test("'cancel the shoes one' is the order with the shoes, whole", () => {
  assert.equal(part("ok cancel the shoes one"), null);
  assert.equal(part("cancel that trail shoes one pls"), null);
  // An item called "one" of its kind is still a part: "just the bottle one".
  assert.equal(part("cancel just the bottle one")?.template, "cancel_part_proposed");
  assert.equal(part("cancel the shoes")?.template, "cancel_part_proposed");
});

Deno.test("'i don't want the bottles anymore, just the shoes': the lines wanted alone are kept", () => {
  for (
    const t of [
      "i don't want the water bottles anymore, just the shoes",
      "cancel the water bottles, i only want the shoes",
    ]
  ) {
    assert.deepEqual(part(t)?.proposed_actions[0].params, {
      items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
    }, t);
  }
});

Deno.test("'yes but only the shoes' to the whole order's cancellation removes the shoes", () => {
  for (const text of ["yes but only the shoes", "ok, just the shoes", "sure only the shoes"]) {
    assert.deepEqual(part(text)?.proposed_actions[0].params, {
      items: [{ sku: "OUT-101", quantity: 0, name: "Trail Running Shoes" }],
    }, text);
  }
  // Keeping the shoes is no cancellation of them.
  assert.notDeepEqual(part("just the bottles, keep the shoes")?.proposed_actions[0].params, {
    items: [{ sku: "OUT-101", quantity: 0, name: "Trail Running Shoes" }],
  });
});

Deno.test("'yes cancel it but keep the shoes': every other line goes", () => {
  for (const text of ["yes cancel it but keep the shoes", "i only want the shoes"]) {
    assert.deepEqual(part(text)?.proposed_actions[0].params, {
      items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
    }, text);
  }
});

Deno.test("'cancel the water bottles on 1003' is those lines of that order, not all of it", () => {
  assert.deepEqual(part("cancel the water bottles on 1003")?.proposed_actions[0].params, {
    items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
  });
  assert.deepEqual(part("pls cancel the bottles in #1003")?.proposed_actions[0].params, {
    items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
  });
});

Deno.test("'cancel one of the two bottles' takes one unit off, the other stays", () => {
  const d = part("cancel one of the two water bottles on 1003");
  assert.deepEqual(d?.proposed_actions[0].params, {
    items: [{ sku: "OUT-102", quantity: 1, name: "Insulated Water Bottle" }],
  });
  assert.match(d?.text ?? "", /from 2 to 1/);
});

Deno.test("'actually no, just remove the bottles': what follows 'just' goes, the rest is kept", () => {
  for (
    const t of [
      "actually no, just remove the water bottles",
      "no, just take the bottles off",
      "hmm, only cancel the bottles",
      "not the whole thing, just drop the water bottles",
    ]
  ) {
    assert.deepEqual(part(t)?.proposed_actions[0].params, {
      items: [{ sku: "OUT-102", quantity: 0, name: "Insulated Water Bottle" }],
    }, t);
  }
});

Deno.test("'cancel just the stoves' when no order has a stove: what the order holds, and which asked", () => {
  const text = "ok cancel just the camping stove";
  const stove = { products: [{ sku: "OUT-107", name: "Camping Stove" }] };
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("cancel_order", text, { entities: entitiesIn(text, stove) }),
    context,
  });
  const d = partialCancel(viewOf(msg, new Date(msg.created_at)), "neutral", context.order!);
  assert.equal(d?.template, "cancel_part_not_ordered");
  assert.match(d?.text ?? "", /can't find the Camping Stove in any of your orders/);
  assert.match(d?.text ?? "", /Trail Running Shoes and 2× Insulated Water Bottle/);
  assert.deepEqual(d?.proposed_actions, []);
  assert.equal(d?.asks?.slot, "items");
  assert.equal(d?.asks?.intent, "cancel_order");
  // Goods the order has are that part, as before.
  assert.equal(part("ok cancel just the bottles")?.template, "cancel_part_proposed");
});
