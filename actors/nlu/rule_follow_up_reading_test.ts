import assert from "node:assert/strict";
import { asRuleFollowUp } from "./rule_follow_up_reading.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

function read(intent: string, ids: string[] = []): IntentEnrichment {
  return {
    intent,
    confidence: 0.6,
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

Deno.test("a short follow-up on the rule answered before is a question about that rule", () => {
  const state = { dialogue: { rule: "prices" }, pendingChange: false };
  const r = asRuleFollowUp(read("other"), "Not even for amazon?", state);
  assert.equal(r.intent, "policy_question");
  assert.equal(r.source, "conversation");
  const weekends = asRuleFollowUp(read("small_talk"), "What about weekends?", {
    dialogue: { rule: "shipping" },
    pendingChange: false,
  });
  assert.equal(weekends.intent, "policy_question");
});

Deno.test("no rule before, a change waiting, an order named or a change asked: the reading stays", () => {
  const none = { dialogue: { rule: null }, pendingChange: false };
  assert.equal(asRuleFollowUp(read("other"), "Not even for amazon?", none).intent, "other");
  const pending = { dialogue: { rule: "prices" }, pendingChange: true };
  assert.equal(asRuleFollowUp(read("other"), "Not even for amazon?", pending).intent, "other");
  const returns = { dialogue: { rule: "returns" }, pendingChange: false };
  assert.equal(
    asRuleFollowUp(read("return_item", ["ORD-1002"]), "and if ORD-1002 is opened?", returns).intent,
    "return_item",
  );
  assert.equal(
    asRuleFollowUp(read("cancel_order"), "ok cancel it then", returns).intent,
    "cancel_order",
  );
});
