import assert from "node:assert/strict";
import { createMessage, SentimentEnrichment } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { sentimentActor } from "./sentiment.ts";

Deno.test("the sentiment actor adds a valid enrichment under its key", async () => {
  const msg = createMessage({
    text: "THIS IS THE THIRD TIME I ASK!!! I will dispute the charge",
    conversationId: "c1",
    channel: "test",
  });
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => new Date(),
    deliveryCount: 1,
  };
  const out = await sentimentActor.process(msg, {}, ctx);
  const s = SentimentEnrichment.parse(out.enrichment);
  assert.equal(sentimentActor.key, "sentiment");
  assert.equal(s.label, "negative");
  assert.equal(s.urgency, "critical");
  assert.equal(s.is_complaint, true);
  assert.ok(s.signals.includes("caps") && s.signals.includes("waiting"));
});
