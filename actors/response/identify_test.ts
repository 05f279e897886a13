import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import { fixtureCtx, guestContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function guestAsks(text: string, codeSent: boolean) {
  const msg = turnWith({
    text,
    intent: intentOf("order_status", text),
    context: guestContext("ORD-3001"),
    session: { turn: 2, sign_in_code_sent: codeSent },
  });
  msg.payload.decision = decide(msg);
  assert.equal(msg.payload.decision.action, "identify");
  return (await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
    .enrichment!;
}

Deno.test("a guest is asked to sign in or give an email, or to type the code already sent", async () => {
  const first = await guestAsks("where is ORD-3001", false);
  assert.equal(first.template, "identify");
  assert.match(first.text, /sign in, or tell me the email address you ordered with/);
  const sent = await guestAsks("where is ORD-3001", true);
  assert.equal(sent.template, "identify_code_sent");
  assert.match(sent.text, /type the one-time code we sent/);
  assert.doesNotMatch(sent.text, /tell me the email address you ordered with/);
  assert.doesNotMatch(sent.text, /ORD-3001|TRK/);
});
