import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import { fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("praise of how something of ours went is thanked for the team, no product review", async () => {
  for (const text of ["well that was painless", "yeah thanks, that was easy"]) {
    const r = await reply(
      turnWith({ text, who: "sarah", intent: "feedback", sentiment: "positive" }),
    );
    assert.equal(r.template, "feedback_us", text);
    assert.doesNotMatch(r.text, /review on the product page|sorry/i, text);
  }
});

Deno.test("litotes and words of praise of the goods are thanked as praise, not asked about", async () => {
  for (
    const text of [
      "not bad at all tbh",
      "Just wanted to say the headphones are incredible. Took a while to come but worth it.",
    ]
  ) {
    const r = await reply(
      turnWith({ text, who: "sarah", intent: "feedback", sentiment: "positive" }),
    );
    assert.notEqual(r.template, "feedback_plain", text);
    assert.doesNotMatch(r.text, /something I can do about it/, text);
  }
});
