import assert from "node:assert/strict";
import { asPastedOrder, pastedConfirmation } from "./pasted_order.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const EMAIL = "Hi there! Thank you for your order! Order number: ORD-1001\nPlaced on: Nov 30\n" +
  "Items: Wireless Headphones x1\nTotal: 89.99 USD\nShip to: Sarah Chen\nQuestions? Reply to this email.";

function read(intent: IntentEnrichment["intent"], ids: string[]): IntentEnrichment {
  return {
    intent,
    confidence: 0.4,
    alternatives: [],
    entities: {
      order_ids: ids,
      tracking_numbers: [],
      emails: [],
      dates: [],
      amounts: [],
      products: [],
    },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

Deno.test("a pasted order confirmation alone asks where that order stands", () => {
  assert.ok(pastedConfirmation(EMAIL));
  const r = asPastedOrder(read("shipping_options", ["ORD-1001"]), EMAIL);
  assert.equal(r.intent, "order_status");
  assert.equal(r.requests?.[0].intent, "order_status");
});

Deno.test("a request beside the pasted confirmation, or a plain message, is read as it was", () => {
  const cancel = asPastedOrder(read("cancel_order", ["ORD-1001"]), `cancel this\n${EMAIL}`);
  assert.equal(cancel.intent, "cancel_order");
  assert.ok(!pastedConfirmation("what's the total of order ORD-1001?"));
  const plain = "Do you ship to Canada? My order ORD-1001 total: 89.99";
  assert.equal(
    asPastedOrder(read("shipping_options", ["ORD-1001"]), plain).intent,
    "shipping_options",
  );
  assert.equal(
    asPastedOrder(read("shipping_options", ["ORD-1001", "ORD-1002"]), EMAIL).intent,
    "shipping_options",
  );
});
