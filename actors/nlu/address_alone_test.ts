import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { addressAlone, isAddressAlone } from "./address_alone.ts";

Deno.test("a full address given alone, with its lead-in or not, is an address change", () => {
  for (
    const t of [
      "12 Oak Avenue, Portland OR 97201",
      "my new address is 5 Elm Rd, Leeds LS1 4AB",
      "ship it to 500 Pine St, Seattle WA 98101 please",
      "ok it's 22 Baker Street, London NW1 6XE",
      "sure, that's 5 Oak Ave, Portland OR 97201",
    ]
  ) assert.ok(isAddressAlone(t), t);
  assert.equal(isAddressAlone("12 Oak Avenue, Portland OR 97201 - where is my keyboard"), false);
  assert.equal(isAddressAlone("where is my order"), false);
});

Deno.test("the postcode of an address given alone names no order", () => {
  const text = "12 Oak Avenue, Portland OR 97201";
  const reading: IntentEnrichment = {
    intent: "other",
    confidence: 0.26,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [{ value: 12, item: "oak avenue" }],
      products: [],
      order_refs: [{ text: "97201", id: "ORD-97201", form: "bare" }],
    },
    source: "classifier",
  };
  const read = addressAlone(reading, text);
  assert.equal(read?.intent, "change_address");
  assert.deepEqual(read?.entities.order_refs, []);
  assert.deepEqual(read?.entities.quantities, []);
});

Deno.test("an address beside the order it goes on, named by its goods or number, is an address change", () => {
  const named = (text: string, refs: string[]) => isAddressAlone(text, refs);
  assert.ok(named("fine, the shoes one then, 12 Pine St, Seattle WA 98101", ["the shoes"]));
  assert.ok(named("what about ORD-1003? 5 Oak Ave, Portland OR 97201", ["ORD-1003"]));
  assert.ok(named("the shoes order: 44 Lake Rd, Austin TX 78701", ["the shoes"]));
  // Without the order's words known, or with a problem told beside it: not an address alone.
  assert.equal(isAddressAlone("fine, the shoes one then, 12 Pine St, Seattle WA 98101"), false);
  assert.equal(named("my shoes arrived broken, 44 Lake Rd, Austin TX 78701", ["my shoes"]), false);
});
