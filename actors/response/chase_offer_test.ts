/**
 * An angry refund demand refused because the parcel is still on its way offers what can be done
 * now when the carrier reports it delayed: an investigation, proposed for a yes.
 */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ContextEnrichment } from "../../shared/protocol.ts";
import {
  castContext,
  fixtureCtx,
  intentOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(text: string, context: ContextEnrichment, calm = false) {
  const msg = turnWith({
    text,
    who: "mike",
    sentiment: calm ? "neutral" : sentimentOf("negative", { urgency: "high", is_complaint: true }),
    intent: intentOf("refund_request", text),
    context,
    decision: "act",
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  return r.enrichment!;
}

Deno.test("a refund of a delayed parcel is refused with the carrier's chase offered", async () => {
  const c = castContext("mike", { order: "ORD-2001" });
  const delayed = { ...c, tracking: { ...c.tracking!, status: "exception" } };
  const r = await reply("I want my money back for the keyboard", delayed);
  assert.match(r.text, /Refunds are for delivered orders/);
  assert.match(r.text, /investigation with FedEx/);
  assert.deepEqual(r.proposed_actions.map((a) => a.type), ["carrier_investigation"]);
});

Deno.test("a calm refund question about a delayed parcel is told the rule and the wait", async () => {
  const c = castContext("mike", { order: "ORD-2001" });
  const delayed = { ...c, tracking: { ...c.tracking!, status: "exception" } };
  const r = await reply("can i get a refund for the keyboard", delayed, true);
  assert.match(r.text, /Refunds are for delivered orders/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("a parcel on time is only told to wait", async () => {
  const c = castContext("mike", { order: "ORD-2001" });
  const onTime = { ...c, tracking: { ...c.tracking!, status: "in_transit" } };
  const r = await reply("I want my money back for the keyboard", onTime);
  assert.doesNotMatch(r.text, /investigation/);
  assert.deepEqual(r.proposed_actions, []);
});
