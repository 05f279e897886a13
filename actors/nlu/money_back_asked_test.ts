import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { moneyBackAsked } from "./money_back_asked.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

function reading(intent: IntentEnrichment["intent"]): IntentEnrichment {
  return intentOf(intent, "", { confidence: 0.56, source: "classifier" });
}

Deno.test("'when does the money come back for the vacuum' is the refund's status, not the vacuum", () => {
  for (
    const text of [
      "and when does the money come back for the vacuum?",
      "back to the vacuum - when does the money come back?",
      "how long till i see my money for the skillet",
      "when will the refund for the tent hit my card",
    ]
  ) {
    assert.equal(moneyBackAsked(reading("product_question"), text)?.intent, "refund_status", text);
  }
});

Deno.test("a price, a refund asked for, or a question of no time is left as read", () => {
  assert.equal(moneyBackAsked(reading("product_question"), "how much is the vacuum?"), null);
  assert.equal(moneyBackAsked(reading("refund_request"), "can I get my money back?"), null);
  assert.equal(
    moneyBackAsked(reading("product_question"), "when is the vacuum back in stock?"),
    null,
  );
  assert.equal(moneyBackAsked(reading("other"), "is the money safe with you?"), null);
});
