import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a handoff answers the questions the rules answer, asked beside it", async () => {
  const text = "1. Do you ship to Canada?\n2. Is my order ORD-2002 still waiting for payment?";
  const at = (t: string) => text.indexOf(t);
  const requests: IntentRequest[] = [
    {
      intent: "payment_issue",
      confidence: 0.9,
      text: "Is my order ORD-2002 still waiting for payment?",
      start: at("Is my"),
      end: text.length,
    },
    {
      intent: "shipping_options",
      confidence: 0.99,
      text: "Do you ship to Canada?",
      start: at("Do you"),
      end: at("Do you") + 22,
    },
  ];
  const msg = turnWith({
    text,
    who: "mike",
    intent: { ...intentOf("payment_issue", text), requests },
    decision: "handoff",
    context: castContext("mike", { order: "ORD-2002" }),
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  const reply = r.enrichment!.text;
  assert.match(reply, /ship to Canada/);
  // The person is announced last, once.
  assert.match(reply, /member of our team[^]*$/);
  assert.ok(reply.indexOf("Canada") < reply.indexOf("member of our team"), reply);
  assert.deepEqual(r.enrichment!.proposed_actions, []);
});
