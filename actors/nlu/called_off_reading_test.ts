import assert from "node:assert/strict";
import { calledOffReading, restAfterCallOff } from "./called_off_reading.ts";
import { sharedIntentClassifier } from "./intent_model.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const classifier = sharedIntentClassifier();
const classify = (t: string) => classifier.classify(t);

function reading(text: string, orderIds: string[] = []): IntentEnrichment {
  const p = classifier.classify(text);
  return {
    intent: p.intent,
    confidence: p.confidence,
    alternatives: p.alternatives,
    source: p.source,
    entities: {
      order_ids: orderIds,
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
  };
}

Deno.test("the clause that calls the person off is left out of what the rest asks", () => {
  assert.equal(
    restAfterCallOff("actually I don't need a person anymore, where is ORD-3002?"),
    "where is ORD-3002",
  );
  assert.equal(restAfterCallOff("cancel the request for a human"), "");
});

Deno.test("while queued, a withdrawal alone is a no to the person, beside a question that question", () => {
  const queued = { queued: true, pendingChange: false, classify };
  const alone = "cancel the request for a human";
  assert.equal(calledOffReading(reading(alone), alone, queued).intent, "deny");
  const mixed = "actually I don't need a person anymore, where is ORD-3002?";
  const r = calledOffReading(reading(mixed, ["ORD-3002"]), mixed, queued);
  assert.equal(r.intent, "order_status");
  assert.equal(r.requests?.[0].text, "where is ORD-3002?");
  const waiting = { ...queued, pendingChange: true };
  assert.equal(calledOffReading(reading(alone), alone, waiting).intent, "small_talk");
  // Nobody awaited: the message reads as it did.
  const free = { ...queued, queued: false };
  assert.equal(calledOffReading(reading(alone), alone, free).intent, reading(alone).intent);
});

Deno.test("'nevermind, you can do it. yes change it' while queued is the waiting change's yes", () => {
  const pending = {
    id: "p",
    action: {
      type: "change_address" as const,
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    },
    proposed_in: "m",
    expires_at: "2026-12-31T00:00:00Z",
    summary: "x",
  };
  const opts = { queued: true, pendingChange: pending, classify };
  const text = "nevermind, you can do it. yes change it";
  const r = calledOffReading(reading(text), text, opts);
  assert.equal(r.intent, "affirm");
  assert.equal(r.confirmation, "affirm");
  assert.deepEqual(r.entities.order_ids, ["ORD-1003"]);
  // A rest that is no clear yes stays no answer to the change.
  const unsure = "never mind the person, not sure yet";
  assert.notEqual(calledOffReading(reading(unsure), unsure, opts).confirmation, "affirm");
});
