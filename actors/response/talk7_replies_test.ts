import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import { fixtureCtx, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

const cancelling = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
}, { summary: "Cancel order ORD-1003" });

function thanks(text: string, lastIntent: "cancel_order" | "small_talk") {
  return turnWith({
    text,
    who: "sarah",
    intent: intentOf("small_talk", text, { confirmation: "unclear" }),
    session: { turn: 2, pending_action: cancelling, last_intent: lastIntent },
  });
}

Deno.test("a thank-you while a change waits is thanked and told once what a yes would do", async () => {
  const first = await reply(thanks("thanks!", "cancel_order"));
  assert.equal(first.template, "pending_thanks");
  assert.match(first.text, /You're welcome, Sarah/);
  assert.match(first.text, /haven't done anything yet/);
  assert.match(first.text, /cancel order ORD-1003, say yes/);
  assert.doesNotMatch(first.text, /yes or a no/);
  const again = await reply(thanks("thank you", "small_talk"));
  assert.equal(again.template, "pending_thanks_again");
  assert.doesNotMatch(again.text, /ORD-1003|yes or a no/);
});

Deno.test("a question with thanks while a change waits is no plain thank-you", async () => {
  const r = await reply(thanks("thanks, but how long does the refund take?", "cancel_order"));
  assert.notEqual(r.template, "pending_thanks");
});

Deno.test("a guest saying the order is a friend's is told the privacy rule, not offered a choice", async () => {
  const text = "its my friends order";
  const r = await reply(turnWith({ text, intent: intentOf("other", text), session: { turn: 1 } }));
  assert.equal(r.template, "privacy_guest_other_person");
  assert.match(r.text, /person who placed it/);
  assert.doesNotMatch(r.text, /would you like to check where an order is/);
});

Deno.test("'hold on' while a change waits gives time; 'what does that mean' says what it would do", async () => {
  const waiting = (text: string) =>
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("other", text, { confirmation: "unclear" }),
      session: { turn: 2, pending_action: cancelling, last_intent: "cancel_order" },
    });
  const hold = await reply(waiting("hold on"));
  assert.equal(hold.template, "pending_hold_on");
  assert.match(hold.text, /take your time/);
  assert.match(hold.text, /say yes and I'll cancel order ORD-1003/);
  assert.doesNotMatch(hold.text, /yes or a no/);
  const means = await reply(waiting("wait what does that mean"));
  assert.equal(means.template, "pending_question_answered");
  assert.match(means.text, /cancel order ORD-1003/);
  assert.doesNotMatch(means.text, /yes or a no/);
});

Deno.test("asking for a person while queued is never answered as calling them off", async () => {
  const text = "i don't need a refund, i need a person";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("human_agent", text),
    session: {
      turn: 2,
      open_handoff: { id: "ho-1", priority: "normal", opened_at: "2026-11-25T15:00:00.000Z" },
    },
  }));
  assert.doesNotMatch(r.text, /sorted|don't need them/);
  assert.match(r.text, /queue/);
});

Deno.test("'how do i pay then' right after a question about ORD-2002's payment is about that order", async () => {
  const text = "how do i pay then";
  const msg = turnWith({
    text,
    who: "mike",
    intent: intentOf("payment_methods", text),
    session: {
      turn: 2,
      last_intent: "payment_issue",
      dialogue: {
        focus: { order_id: "ORD-2002", why: "explicit" },
        mentioned: ["ORD-2002"],
        unanswered: [],
      },
    },
  });
  const r = await reply(msg);
  assert.match(r.text, /Order ORD-2002 \(329\.00 USD\) is waiting for its payment/);
});

Deno.test("'ok gracias' while a Spanish-speaking colleague is on the way is answered in Spanish", async () => {
  const open = { id: "ho-1", priority: "normal" as const, opened_at: "2026-11-25T15:00:00.000Z" };
  const thanks = await reply(turnWith({
    text: "ok gracias",
    intent: intentOf("small_talk", "ok gracias"),
    session: { turn: 1, open_handoff: open },
  }));
  assert.equal(thanks.template, "handoff_queued_courtesy_es");
  assert.match(thanks.text, /^¡De nada!/);
  assert.doesNotMatch(thanks.text, /queue|Te paso/);
  const bye = await reply(turnWith({
    text: "adiós",
    intent: intentOf("small_talk", "adiós"),
    session: { turn: 2, open_handoff: open },
  }));
  assert.match(bye.text, /^¡Hasta pronto!/);
});
