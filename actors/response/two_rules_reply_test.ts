import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { Intent } from "../../shared/protocol.ts";
import { fixtureCtx, guestContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function answer(text: string, intent: Intent = "policy_question") {
  const msg = turnWith({ text, intent: intentOf(intent, text), context: guestContext() });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  return r.enrichment!.text;
}

Deno.test("a price match asked beside another rule answers both, not the price alone", async () => {
  const text = await answer("whats the warranty and do you price match");
  assert.match(text, /warranty against defects/);
  assert.match(text, /don't match other stores' prices/);
});

Deno.test("a price match asked with what was seen elsewhere stays the price rule", async () => {
  const text = await answer("do you price match? saw it cheaper on amazon");
  assert.match(text, /No — we don't match other stores' prices/);
});

Deno.test("a rule's detail asked outright is answered first, under the ways to pay too", async () => {
  assert.match(
    await answer("do you deliver on saturdays?", "shipping_options"),
    /No — we don't deliver at weekends/,
  );
  assert.match(await answer("can i pay in euros?", "payment_methods"), /charged in euros/);
});
