import assert from "node:assert/strict";
import { doneWrongOneReading } from "./done_wrong_one.ts";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";

function reading(
  intent: IntentEnrichment["intent"],
  entities: Partial<IntentEnrichment["entities"]> = {},
): IntentEnrichment {
  return {
    intent,
    confidence: 0.6,
    alternatives: [],
    entities: {
      order_ids: [],
      products: [],
      emails: [],
      dates: [],
      money: [],
      quantities: [],
      ...entities,
    },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

const CANCELLED: DoneChange = {
  type: "cancel_order",
  order_id: "ORD-2002",
  at: "2026-06-15T11:00:00Z",
};

Deno.test("'oops wrong one, i meant the keyboard' after a cancellation asks to cancel the keyboard's order", () => {
  const r = doneWrongOneReading(
    reading("delivery_problem", {
      order_ids: ["ORD-2002"],
      item_refs: [{ text: "the keyboard", name: "keyboard", sku: null }],
    }),
    "oops wrong one, i meant the keyboard",
    CANCELLED,
    false,
  )!;
  assert.equal(r.intent, "cancel_order");
  assert.deepEqual(r.entities.order_ids, []);
  const byId = doneWrongOneReading(
    reading("order_status", { order_ids: ["ORD-2001"] }),
    "wrong order, I meant 2001",
    CANCELLED,
    false,
  )!;
  assert.deepEqual(byId.entities.order_ids, ["ORD-2001"]);
});

Deno.test("no other order meant, a change waiting, or no correction: no such reading", () => {
  assert.equal(doneWrongOneReading(reading("deny"), "wrong one", CANCELLED, false), null);
  assert.equal(
    doneWrongOneReading(
      reading("order_status", { order_ids: ["ORD-2001"] }),
      "i meant 2001",
      CANCELLED,
      true,
    ),
    null,
  );
  assert.equal(
    doneWrongOneReading(
      reading("order_status", { order_ids: ["ORD-2001"] }),
      "where is 2001",
      CANCELLED,
      false,
    ),
    null,
  );
});
