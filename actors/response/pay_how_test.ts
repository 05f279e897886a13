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

function after(text: string, payment: string | null) {
  const msg = turnWith({ text, who: "mike", intent: "small_talk" });
  msg.session.dialogue = {
    focus: null,
    mentioned: [],
    unanswered: [],
    topic: "payment_methods",
    payment,
  };
  return msg;
}

Deno.test("'how?' right after a way to pay was asked about is told how to pay that way", async () => {
  for (const text of ["how", "how?", "ok how do i do that", "how does that work"]) {
    const r = await reply(after(text, "paypal"));
    assert.equal(r.template, "payment_how", text);
    assert.match(r.text, /approve the payment/, text);
    assert.match(r.text, /ORD-2002/, text);
  }
});

Deno.test("'how?' with no way to pay talked of, or a question of its own, is not this reply", async () => {
  assert.notEqual((await reply(after("how?", null))).template, "payment_how");
  assert.notEqual(
    (await reply(after("how do i return the keyboard", "paypal"))).template,
    "payment_how",
  );
});
