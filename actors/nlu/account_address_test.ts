import assert from "node:assert/strict";
import { asAccountAddress, speaksOfAccountAddress } from "./account_address.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const ENTITIES = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};

function reading(intent: IntentEnrichment["intent"], patch: Partial<IntentEnrichment> = {}) {
  return {
    intent,
    confidence: 0.8,
    alternatives: [],
    entities: ENTITIES,
    source: "classifier" as const,
    ...patch,
  };
}

Deno.test("the address saved for future orders is an account detail", () => {
  for (
    const t of [
      "how I might update my delivery address for future orders",
      "how do i edit the saved addresses in my address book",
      "i moved, please update the address on my account",
    ]
  ) assert.equal(speaksOfAccountAddress(t), true, t);
  for (
    const t of [
      "change the address of ORD-1003",
      "Where do I set a default shipping address?",
      "I need to change my delivery address",
      "send it to my new address: 12 High St, London",
    ]
  ) assert.equal(speaksOfAccountAddress(t), false, t);
});

Deno.test("a change of address for future orders is read as an account update, in the whole and in a request", () => {
  const text = "update my delivery address for future orders";
  assert.equal(asAccountAddress(reading("change_address"), text).intent, "account_update");
  const two = "do you offer gift wrapping, and how do I update my address for future orders";
  const r = asAccountAddress(
    reading("order_status", {
      requests: [
        { intent: "order_status", confidence: 0.4, text: two, start: 0, end: two.length },
        {
          intent: "change_address",
          confidence: 0.8,
          text: "how do I update my address for future orders",
          start: 30,
          end: two.length,
        },
      ],
    }),
    two,
  );
  assert.equal(r.requests?.[1].intent, "account_update");
  // An order's own address stays a change of that order.
  assert.equal(
    asAccountAddress(reading("change_address"), "change my delivery address").intent,
    "change_address",
  );
});

Deno.test("the account's address misheard as an order's status is an account update too", () => {
  const text =
    "Good afternoon. Could you kindly tell me how I might update my delivery address for future orders?";
  assert.equal(asAccountAddress(reading("order_status"), text).intent, "account_update");
  // A question about the newsletter stays what it was.
  assert.equal(asAccountAddress(reading("account_access"), text).intent, "account_access");
});
