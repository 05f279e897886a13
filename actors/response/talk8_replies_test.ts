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

Deno.test("a guest just asked to sign in who asks 'why not' is told why and how", async () => {
  for (
    const [text, intent] of [
      ["why not", "deny"],
      ["why do you need that", "other"],
      ["why?", "other"],
      ["do i have to", "other"],
    ] as const
  ) {
    const r = await reply(turnWith({
      text,
      intent,
      session: { turn: 2, last_intent: "order_status" },
    }));
    assert.equal(r.template, "identify_why", text);
    assert.match(r.text, /signed-in customer/, text);
    assert.match(r.text, /email address you ordered with/, text);
    assert.doesNotMatch(r.text, /No problem|outside what I can help/, text);
  }
});

Deno.test("'why not' from a guest not asked to sign in is no sign-in question", async () => {
  const r = await reply(turnWith({
    text: "why not",
    intent: "deny",
    session: { turn: 2, last_intent: "shipping_options" },
  }));
  assert.notEqual(r.template, "identify_why");
});
