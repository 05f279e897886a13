import assert from "node:assert/strict";
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { withAddedChange } from "./added_change.ts";
import { narrowsCancel } from "./pending_cancel_items.ts";

function pending(type: PendingAction["action"]["type"], orderId: string): PendingAction {
  return {
    id: "p-1",
    action: { type, order_id: orderId, params: {}, requires_confirmation: true },
    proposed_in: "m-0",
    expires_at: "2026-12-07T11:00:00Z",
    summary: `${type} of ${orderId}`,
  };
}

function reading(patch: Partial<IntentEnrichment>): IntentEnrichment {
  return {
    intent: "other",
    confidence: 0.8,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "conversation",
    confirmation: "unclear",
    ...patch,
  };
}

Deno.test("a change added beside the waiting one is kept for after it, not dropped", () => {
  const speedUp = pending("expedite_order", "ORD-1003");
  const added = withAddedChange(reading({}), "oh and add a water bottle too", speedUp);
  assert.deepEqual(added.after_yes, {
    intent: "modify_order",
    order_id: "ORD-1003",
    text: "oh and add a water bottle too",
    raised: false,
  });
  assert.equal(added.confirmation, "unclear", "no yes to the speed-up");
  // A change of another order asked outright with "also": kept too, the waiting one asked first.
  const ret = pending("return_item", "ORD-1002");
  const text = "and can you also change the address on 1003 to 9 Pine St, Denver CO 80202";
  const own = withAddedChange(
    reading({ intent: "change_address", confidence: 0.9, confirmation: "new_request" }),
    text,
    ret,
  );
  assert.equal(own.confirmation, "unclear");
  assert.equal(own.after_yes?.intent, "change_address");
  assert.equal(own.after_yes?.order_id, "ORD-1003");
});

Deno.test("a change said instead, or the waiting change again, is no addition", () => {
  const speedUp = pending("expedite_order", "ORD-1003");
  for (const text of ["actually add a water bottle instead", "no, add a water bottle too"]) {
    assert.equal(withAddedChange(reading({}), text, speedUp).after_yes, undefined, text);
  }
  assert.equal(withAddedChange(reading({}), "and rush it too", speedUp).after_yes, undefined);
  // Nothing waiting: nothing to add to.
  assert.equal(
    withAddedChange(reading({}), "oh and add a water bottle too", null).after_yes,
    undefined,
  );
});

Deno.test("a question about another order while a cancellation waits narrows nothing", () => {
  const cancel = pending("cancel_order", "ORD-1003");
  const entities = reading({}).entities;
  const named = {
    ...entities,
    item_refs: [{ text: "my headphones", name: "headphones", sku: null }],
  };
  assert.equal(narrowsCancel("where is my headphones order", named, cancel, false), false);
  assert.equal(narrowsCancel("also where is my headphones order", named, cancel, false), false);
  const shoes = { ...entities, item_refs: [{ text: "the shoes", name: "shoes", sku: null }] };
  assert.equal(narrowsCancel("ok cancel the shoes then", shoes, cancel, false), true);
});

Deno.test("a speed-up asked 'also' while an address change waits is kept for after it", () => {
  const address = pending("change_address", "ORD-1003");
  const read = reading({
    intent: "shipping_options",
    confidence: 0.9,
    confirmation: "new_request",
  });
  const added = withAddedChange(read, "can you also expedite 1003", address);
  assert.equal(added.confirmation, "unclear");
  assert.equal(added.after_yes?.intent, "shipping_options");
  assert.equal(added.after_yes?.order_id, "ORD-1003");
  // Asked instead: in its place, as before.
  assert.equal(withAddedChange(read, "can you expedite it instead", address).after_yes, undefined);
});

Deno.test("a change added for goods the waiting change is not about is not put on its order", () => {
  const shoes = pending("return_item", "ORD-11088");
  shoes.action.params = { goods: ["OUT-101"] };
  const headphones = reading({
    intent: "cancel_order",
    confirmation: "new_request",
    entities: {
      ...reading({}).entities,
      products: [{ sku: "AUD-105", name: "Kids Volume-Limited Headphones" }],
    },
  });
  const text = "oh and can you cancel the kids headphones order";
  assert.equal(withAddedChange(headphones, text, shoes).after_yes?.order_id, null);
  // Its own goods named again, or none: the waiting change's order.
  const same = reading({
    intent: "cancel_order",
    confirmation: "new_request",
    entities: { ...reading({}).entities, products: [{ sku: "OUT-101", name: "Shoes" }] },
  });
  assert.equal(
    withAddedChange(same, "oh and cancel the shoes too", shoes).after_yes?.order_id,
    "ORD-11088",
  );
});
