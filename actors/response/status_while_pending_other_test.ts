import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import {
  castContext,
  fixtureCtx,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const speedUp = pendingOf(
  { type: "expedite_order", order_id: "ORD-1003", requires_confirmation: true },
  { summary: "Upgrade order ORD-1003 to express shipping" },
);

async function reply(text: string): Promise<ResponseEnrichment> {
  const t = turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", text, {
      confirmation: "unclear",
      source: "conversation",
      entities: {
        order_ids: ["ORD-1003"],
        tracking_numbers: [],
        emails: [],
        amounts: [],
        dates: [],
        quantities: [],
        products: [],
        item_refs: [{ text: "my headphones", name: "headphones", sku: null }],
      },
    }),
    // The reply was read against the waiting change's order.
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "answer",
    session: { pending_action: speedUp },
  });
  const r = await responseActor.process(t, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("goods of another order asked after while a speed-up waits: that order told, the change asked again", async () => {
  const r = await reply("where are my headphones");
  assert.equal(r.template, "pending_status_answered");
  assert.match(r.text, /ORD-1001/);
  assert.match(r.text, /ORD-1003/);
  assert.doesNotMatch(r.text, /yes or a no/);
});
