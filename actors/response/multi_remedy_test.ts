import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import {
  castContext,
  entitiesIn,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

function part(text: string, intent: IntentRequest["intent"], words: string): IntentRequest {
  const start = text.indexOf(words);
  return { intent, confidence: 0.8, text: words, start, end: start + words.length };
}

Deno.test("'return it and refund me' is one remedy: nothing is put off for later", async () => {
  const text = "the mixer came broken. return it and refund me";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "emma",
      intent: intentOf("refund_request", text, {
        requests: [
          part(text, "return_item", "the mixer came broken. return it"),
          part(text, "refund_request", "refund me"),
        ],
      }),
      context: castContext("emma", { order: "ORD-3002" }),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const e = r.enrichment!;
  assert.equal(e.proposed_actions.filter((a) => a.requires_confirmation).length, 1);
  assert.doesNotMatch(e.text, /once this is settled/);
  assert.equal(e.deferred, undefined);
});

Deno.test("'pay for 2002 and cancel 2001' cancels nothing of ORD-2002: the bare 2001 names its part", async () => {
  const text = "pay for 2002 and cancel 2001";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "mike",
      intent: intentOf("cancel_order", text, {
        entities: entitiesIn(text, {
          order_refs: [
            { text: "2002", id: "ORD-2002", form: "bare" },
            { text: "2001", id: "ORD-2001", form: "bare" },
          ],
        }),
        requests: [
          part(text, "payment_methods", "pay for 2002"),
          part(text, "cancel_order", "cancel 2001"),
        ],
      }),
      context: castContext("mike", { order: "ORD-2002" }),
      decision: "act",
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const e = r.enrichment!;
  assert.deepEqual(e.proposed_actions.filter((a) => a.type === "cancel_order"), []);
  assert.match(e.text, /ORD-2001 already shipped/);
});
