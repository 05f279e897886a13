import assert from "node:assert/strict";
import { checkReply } from "../guardrail.ts";
import type { GuardrailEnrichment } from "../../shared/protocol.ts";
import { castContext, FIXTURE_NOW, turnWith } from "../../tests/fixtures/turns.ts";

/** Checks `reply` as the answer to Sarah asking about the refund of an old ORD-1002. */
function check(reply: string, patch: Record<string, unknown>) {
  const msg = turnWith({
    text: "where's my money for ORD-1002",
    who: "sarah",
    intent: "refund_status",
    context: castContext("sarah", {
      order: "ORD-1002",
      orderPatch: { delivered_at: "2026-05-01T10:00:00.000Z", ...patch },
    }),
    decision: "act",
    at: "guardrail",
    response: {
      text: reply,
      tone: "neutral",
      proposed_actions: [],
      source: "template",
      template: null,
    },
  });
  return checkReply(msg, FIXTURE_NOW).enrichment as GuardrailEnrichment;
}

Deno.test("a refund already made on an old order is told, not replaced by the window rule", () => {
  const g = check("Hi Sarah. We've refunded 428.00 USD on order ORD-1002.", {
    status: "refunded",
    refunded_amount: 428,
  });
  assert.match(g.text, /We've refunded 428\.00 USD on order ORD-1002/);
  assert.doesNotMatch(g.text, /past that window/);
});

Deno.test("the refund owed on a returned order is no promise beyond the window", () => {
  const g = check(
    "Hi Sarah. Your return of order ORD-1002 is back with us; I'll pass it on so the refund is issued.",
    { status: "returned", refunded_amount: 0, return_id: "RMA-000001" },
  );
  assert.doesNotMatch(g.text, /past that window/);
});

Deno.test("a refund promised on an old delivered order still meets the window rule", () => {
  const g = check("Hi Sarah. I'll refund ORD-1002 in full today.", { refunded_amount: 0 });
  assert.match(g.text, /past that window/);
});
