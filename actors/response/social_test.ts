/** Replies to the conversation itself: an acknowledgement, a closing, a yes with nothing to do. */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { Intent } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, turnWith } from "../../tests/fixtures/turns.ts";

async function replyTo(text: string, intent: Intent): Promise<string> {
  const r = await responseActor.process(
    turnWith({ text, who: "sarah", intent, session: { turn: 2 } }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment.text;
}

Deno.test("an 'ok' after an answer is taken in, not answered with 'what would you like me to do?'", async () => {
  for (
    const text of ["ok", "ok fine", "fine whatever", "got it, thanks", "cool", "lol ok", "perfect"]
  ) {
    const reply = await replyTo(text, "affirm");
    assert.doesNotMatch(reply, /what would you like/i, text);
    assert.match(reply, /anything else/i, text);
  }
});

Deno.test("a bare yes with nothing pending asks what they would like", async () => {
  assert.match(await replyTo("yes", "affirm"), /what would you like me to help with/i);
});

Deno.test("'ok do it' with nothing pending says nothing was changed; after a self-service answer, who does it", async () => {
  assert.match(
    await replyTo("ok do it", "affirm"),
    /nothing waiting for a yes.*nothing has been changed/i,
  );
  const r = await responseActor.process(
    turnWith({
      text: "ok do it",
      who: "sarah",
      intent: "affirm",
      session: { turn: 2, last_intent: "account_update" },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.match(r.enrichment!.text, /done in your account rather than by me/);
});

Deno.test("'nah all good' closes the conversation instead of asking what is next", async () => {
  for (
    const text of [
      "nah all good",
      "no that's it",
      "im good thanks",
      "nothing else",
      "ok ill think about it",
    ]
  ) {
    const reply = await replyTo(text, "small_talk");
    assert.doesNotMatch(reply, /what can i do for you next|look at next/i, text);
    assert.match(reply, /lovely day|take care|happy to help/i, text);
  }
});

Deno.test("thanks that name a topic are thanked, a question beside them answered", async () => {
  const thanked = await replyTo("ok I'll try paypal, thanks", "small_talk");
  assert.doesNotMatch(thanked, /We accept credit and debit cards/, "no answer to no question");
  assert.match(thanked, /welcome|happy to help|glad/i);
  assert.match(await replyTo("thanks! and do you do gift cards?", "small_talk"), /gift cards/);
});

Deno.test("'cool' and 'ty!!' mid-conversation are taken in or thanked, not asked what's next", async () => {
  assert.match(await replyTo("cool", "small_talk"), /anything else/i);
  assert.doesNotMatch(await replyTo("cool", "small_talk"), /look at next|do for you next/i);
  assert.match(await replyTo("ty!!", "small_talk"), /welcome|happy to help/i);
  assert.match(await replyTo("🙏", "small_talk"), /welcome|happy to help/i);
});

Deno.test("a bare yes to our question for an address asks for the address again, not what next", async () => {
  const r = await responseActor.process(
    turnWith({
      text: "yep",
      who: "sarah",
      intent: "affirm",
      session: {
        turn: 2,
        dialogue: {
          focus: null,
          mentioned: [],
          unanswered: [],
          asked: { slot: "address", intent: "change_address", order_id: "ORD-1003" },
        },
      },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.match(r.enrichment!.text, /send the new address for order ORD-1003/);
  assert.equal(r.enrichment!.asks?.slot, "address", "still asked: the next message may be it");
});

Deno.test("an unsure reading that names their order and asks where it stands gets its status", async () => {
  const text = "my keybaord is so late, whats going on";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "mike",
      intent: "other",
      context: castContext("mike", { order: "ORD-2001" }),
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.match(r.enrichment!.text, /ORD-2001 \(Mechanical Keyboard\) shipped/);
  assert.doesNotMatch(r.enrichment!.text, /not sure what you'd like me to do/);
});

Deno.test("a grumbled 'ugh fine whatever' after an answer is taken in, not asked what they want", async () => {
  for (const text of ["ugh fine whatever", "meh ok", "sigh, fine"]) {
    const reply = await replyTo(text, "affirm");
    assert.doesNotMatch(reply, /what would you like/i, text);
  }
});
