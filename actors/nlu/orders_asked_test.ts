import assert from "node:assert/strict";
import { asOrdersList } from "./orders_asked.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: IntentEnrichment["intent"], orderIds: string[] = []): IntentEnrichment {
  return {
    intent,
    confidence: 0.5,
    alternatives: [],
    entities: {
      order_ids: orderIds,
      products: [],
      emails: [],
      dates: [],
      money: [],
      quantities: [],
    },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

Deno.test("'whats in my orders' read as a change of items is the list of orders", () => {
  assert.equal(asOrdersList(reading("modify_order"), "whats in my orders").intent, "order_status");
  assert.equal(
    asOrdersList(reading("policy_question"), "what orders do i have").intent,
    "order_status",
  );
});

Deno.test("a change, or an order named, keeps its reading", () => {
  assert.equal(
    asOrdersList(reading("modify_order"), "add a bottle to my order").intent,
    "modify_order",
  );
  assert.equal(
    asOrdersList(reading("cancel_order"), "cancel all my orders").intent,
    "cancel_order",
  );
  const named = asOrdersList(reading("modify_order", ["ORD-1003"]), "what's in my orders ORD-1003");
  assert.equal(named.intent, "modify_order");
});
