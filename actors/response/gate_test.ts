import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { Intent, Message } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

/** Sarah's "<text>" where the reference fits several of her orders equally. */
function ambiguous(text: string, intent: Intent, candidates: string[]): Message {
  const context = { ...castContext("sarah"), order_lookup: "ambiguous" as const, candidates };
  return turnWith({ text, who: "sarah", intent: intentOf(intent, text), decision: "act", context });
}

async function reply(msg: Message) {
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("'cancel the other one' that may mean only orders past shipping says neither can be cancelled", async () => {
  const r = await reply(
    ambiguous("cancel the other one", "cancel_order", ["ORD-1001", "ORD-1002"]),
  );
  assert.equal(r.template, "no_order_fits");
  assert.match(r.text, /ORD-1001 .* or ORD-1002 .*neither of them can still be cancelled/);
  assert.doesNotMatch(r.text, /Do you mean/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("'cancel the other one' that may mean one order that can be cancelled proposes that one", async () => {
  const r = await reply(
    ambiguous("cancel the other one", "cancel_order", ["ORD-1001", "ORD-1003"]),
  );
  assert.deepEqual(r.proposed_actions.map((a) => [a.type, a.order_id]), [
    ["cancel_order", "ORD-1003"],
  ]);
  assert.match(r.text, /ORD-1003, the only order that can still be cancelled/);
});

Deno.test("a status question about an ambiguous reference still asks which order", async () => {
  const r = await reply(
    ambiguous("where is the other one", "order_status", ["ORD-1001", "ORD-1002"]),
  );
  assert.match(r.text, /Do you mean ORD-1001 .* or ORD-1002/);
});
