import assert from "node:assert/strict";
import { createMessage, SentimentEnrichment } from "../../shared/protocol.ts";
import { silentLogger } from "../../shared/log.ts";
import { sentimentActor } from "../sentiment.ts";

async function sentiment(text: string) {
  const msg = createMessage({ text, conversationId: "c1", channel: "test" });
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => new Date("2026-01-10T12:00:00Z"),
    deliveryCount: 1,
  };
  return SentimentEnrichment.parse((await sentimentActor.process(msg, {}, ctx)).enrichment);
}

Deno.test("a wait supposed after a rule ('what if its been 35 days') is no urgent complaint", async () => {
  const s = await sentiment("what if its been 35 days");
  assert.equal(s.is_complaint, false);
  assert.notEqual(s.urgency, "high");
  assert.notEqual(s.urgency, "critical");
});

Deno.test("a wait endured stays a complaint", async () => {
  const s = await sentiment("its been 35 days and still nothing");
  assert.equal(s.is_complaint, true);
});
