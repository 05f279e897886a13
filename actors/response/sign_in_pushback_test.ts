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

Deno.test("a guest pushing back on signing in is heard, told why, and told the request waits", async () => {
  for (
    const [text, intent] of [
      [
        "this is absurd, I have to sign in to cancel?? I'm not doing that. cancel ORD-1003 now",
        "cancel_order",
      ],
      ["no. just cancel it", "cancel_order"],
      ["i dont want to sign in, just tell me where ORD-1001 is", "order_status"],
      ["signing in is such a hassle, where's my refund for ORD-1002", "refund_status"],
    ] as const
  ) {
    const r = await reply(turnWith({ text, intent, session: { turn: 2, last_intent: intent } }));
    assert.equal(r.template, "identify_pushback", text);
    assert.match(r.text, /sorry for the hassle/, text);
    assert.match(r.text, /won't need to ask again/, text);
    assert.doesNotMatch(r.text, /Happy to look into that/, text);
  }
});

Deno.test("a guest asking plainly about an order is asked to sign in as before", async () => {
  const r = await reply(turnWith({ text: "can u cancel ORD-1003 pls", intent: "cancel_order" }));
  assert.equal(r.template, "identify");
});

Deno.test("a guest claiming to ask for the person who ordered is told the privacy rule", async () => {
  for (
    const text of [
      "i'm emma's husband, she asked me to check",
      "im her son, she asked me to chase it",
      "I'm writing on behalf of my mother",
    ]
  ) {
    const r = await reply(turnWith({ text, intent: "other", session: { turn: 2 } }));
    assert.equal(r.template, "privacy_guest_other_person", text);
    assert.match(r.text, /person who placed it/, text);
  }
});
