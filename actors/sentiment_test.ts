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

Deno.test("a message not in English gets a neutral reading and is never a complaint", async () => {
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => new Date(),
    deliveryCount: 1,
  };
  for (
    const [text, lang] of [
      ["¡¡ESTO ES UNA ESTAFA, QUIERO MI DINERO!!", "es"],
      ["Mon colis est arrivé cassé, je suis furieux", "fr"],
      ["danke", "de"],
    ]
  ) {
    const msg = createMessage({ text, conversationId: "c1", channel: "test" });
    const s = SentimentEnrichment.parse((await sentimentActor.process(msg, {}, ctx)).enrichment);
    assert.equal(s.label, "neutral", text);
    assert.equal(s.is_complaint, false, text);
    assert.ok(s.signals.includes(`language_${lang}`), text);
    assert.notEqual(s.urgency, "critical", text);
  }
});
