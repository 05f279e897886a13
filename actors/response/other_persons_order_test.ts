import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { Intent, Message } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function turn(text: string, intent: Intent): Message {
  return turnWith({
    text,
    who: "mike",
    intent: intentOf(intent, text),
    decision: "act",
    context: castContext("mike", { order: "ORD-1001" }),
  });
}

async function reply(msg: Message) {
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("an order said to be somebody else's is refused for privacy, not 'check the number'", async () => {
  for (
    const text of [
      "can you tell me the address on ORD-1001? it's my wife sarah's order",
      "cancel ORD-1001 for me, it's my husband's order",
      "where is ORD-1001, my friend ordered it for me",
    ]
  ) {
    const r = await reply(turn(text, "order_status"));
    assert.match(r.text, /can't help with someone else's order here/, text);
    assert.doesNotMatch(r.text, /check the number/, text);
    // Nothing of the order: not found and not theirs read the same.
    assert.doesNotMatch(r.text, /Headphones|shipped|TRK/, text);
    assert.deepEqual(r.proposed_actions, [], text);
  }
});

Deno.test("an order number that is not theirs, said plainly, still asks to check the number", async () => {
  const r = await reply(turn("where is ORD-1001", "order_status"));
  assert.match(r.text, /check the number/);
});

Deno.test("'show me emma's orders' gets the privacy rule and nothing of Emma", async () => {
  const text = "ok then show me emma's orders";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("affirm", text),
    decision: "answer",
    context: castContext("mike"),
  }));
  assert.equal(r.template, "privacy_other_customer");
  assert.doesNotMatch(r.text, /ORD-3\d{3}|Robot Vacuum|Stand Mixer/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("'its my wifes order' after an order not theirs: the rule, not the order we guessed", async () => {
  const text = "its my wifes order, she asked me to check";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", text),
    decision: "act",
    // The conversation's last order stands in for the one meant: our guess, not hers.
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  const r = await reply(msg);
  assert.match(r.text, /only look at and change orders on the account you're signed in with/);
  assert.doesNotMatch(r.text, /Headphones|shipped|TRK/);
  assert.deepEqual(r.proposed_actions, []);
});
