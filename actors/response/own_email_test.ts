import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import {
  castContext,
  fixtureCtx,
  guestContext,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(text: string, signedIn: boolean) {
  const context = signedIn ? castContext("sarah") : guestContext();
  const msg = turnWith({
    ...(signedIn ? { who: "sarah" as const } : {}),
    text,
    intent: intentOf("account_update", text),
    context,
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  return {
    text: r.enrichment!.text,
    verdict: checkReply(msg, fixtureCtx().now()).enrichment!.verdict,
  };
}

Deno.test("a customer signed in asking their account's email is told it", async () => {
  const r = await reply("hi, can u tell me what email is on my account?", true);
  assert.match(r.text, /sarah\.chen@example\.com/);
  assert.doesNotMatch(r.text, /can't look an account up/);
  assert.equal(r.verdict, "pass");
  // Their old account's email is not the one signed in.
  const old = await reply("i forgot which email i used for my old account though", true);
  assert.doesNotMatch(old.text, /sarah\.chen@example\.com/);
  assert.match(old.text, /Order confirmation/);
});

Deno.test("a guest asking which email an account uses is told how to find it, not any email", async () => {
  const r = await reply("what email is on my account?", false);
  assert.match(r.text, /Order confirmation/);
  assert.doesNotMatch(r.text, /@/);
});
