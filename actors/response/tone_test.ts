import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { decide } from "../decision_router.ts";
import type { Message, ResponseEnrichment } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  sentimentOf,
  type TurnOptions,
  turnWith,
} from "../../tests/fixtures/turns.ts";

async function reply(msg: Message): Promise<ResponseEnrichment> {
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

function at(turn: number, t: TurnOptions): Message {
  return turnWith({ ...t, session: { turn, ...t.session } });
}

const SORRY = /\bsorry\b|apologi/i;
const GREETING = /^(hi|hello|hey|dear)\b/i;

Deno.test("the first turn greets by name; later turns get straight to the point", async () => {
  const t: TurnOptions = {
    text: "Where is ORD-1001?",
    who: "sarah",
    intent: "order_status",
    context: castContext("sarah", { order: "ORD-1001" }),
  };
  const first = await reply(at(0, t));
  assert.match(first.text, /^(Hi|Hello) Sarah/);
  for (let turn = 1; turn <= 6; turn++) {
    const later = await reply(at(turn, { ...t, id: `msg-later-${turn}` }));
    assert.doesNotMatch(later.text, GREETING, `turn ${turn}: ${later.text}`);
    assert.doesNotMatch(later.text, /thanks for (your message|reaching out|getting in touch)/i);
  }
});

Deno.test("a password reset is answered without an apology, and not handed to a person", async () => {
  const text = "I forgot my password and can't log into my account";
  const t: TurnOptions = {
    text,
    who: "sarah",
    intent: intentOf("account_access", text),
    sentiment: sentimentOf("negative", { urgency: "high", is_complaint: true }),
  };
  const msg = at(0, t);
  const d = decide(msg);
  assert.equal(d.action, "answer", JSON.stringify(d.reasons));
  msg.payload.decision = d;
  const r = await reply(msg);
  assert.equal(r.template, "faq_password_reset");
  assert.match(r.text, /Forgot password\?/);
  assert.doesNotMatch(r.text, SORRY);
  assert.doesNotMatch(r.text, /shouldn't have happened/);
  msg.payload.response = r;
  assert.equal(checkReply(msg, FIXTURE_NOW).enrichment?.verdict, "pass");
  // Even an upset VIP gets the answer; asking for a person still gets one.
  const vip = at(0, { ...t, who: "emma", context: castContext("emma") });
  assert.equal(decide(vip).action, "answer");
  const person = at(0, { ...t, intent: intentOf("human_agent", text) });
  assert.equal(decide(person).action, "handoff");
});

Deno.test("a late or lost parcel is the carrier's trouble: sorry for the trouble, once", async () => {
  const t: TurnOptions = {
    text: "Where is my order?",
    who: "emma",
    intent: "order_status",
    context: castContext("emma", { order: "ORD-3001" }),
  };
  const first = await reply(at(0, t));
  assert.match(first.text, /sorry for the trouble|sorry this delivery/i);
  assert.doesNotMatch(first.text, /shouldn't have happened|not the experience/);
  const calm = await reply(at(2, t));
  assert.doesNotMatch(calm.text, SORRY, "a calm follow-up is not apologised to again");
  const upset = await reply(at(2, { ...t, sentiment: "negative" }));
  assert.match(upset.text, SORRY, "an upset follow-up is");
});

Deno.test("a damaged delivery is ours to apologise for; a plain question is nobody's", async () => {
  const damaged = await reply(at(0, {
    text: "My stand mixer arrived damaged",
    who: "emma",
    intent: "delivery_problem",
    context: castContext("emma", { order: "ORD-3002" }),
  }));
  assert.match(damaged.text, SORRY);
  const question = await reply(at(0, {
    text: "What is your return policy?",
    who: "mike",
    intent: "policy_question",
  }));
  assert.doesNotMatch(question.text, SORRY);
  // The invoice of the order whose damage was reported before is no occasion to apologise.
  const invoice = await reply(at(0, {
    text: "I need an invoice for my mixer order for my company",
    who: "emma",
    intent: "invoice_request",
    context: castContext("emma", { order: "ORD-3002" }),
  }));
  assert.doesNotMatch(invoice.text, SORRY);
  assert.match(invoice.text, /invoice for order ORD-3002/);
});

Deno.test("replies come in short paragraphs: status, next step, question", async () => {
  const r = await reply(at(1, {
    text: "Cancel ORD-1003",
    who: "sarah",
    intent: "cancel_order",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1003" }),
  }));
  const paragraphs = r.text.split("\n\n");
  assert.ok(paragraphs.length >= 2, r.text);
  assert.match(paragraphs.at(-1)!, /reply yes|go ahead/i);
  // The guardrail keeps the paragraphs when it passes the reply.
  const msg = at(1, {
    text: "Cancel ORD-1003",
    who: "sarah",
    intent: "cancel_order",
    decision: "act",
    context: castContext("sarah", { order: "ORD-1003" }),
  });
  msg.payload.response = r;
  assert.equal(checkReply(msg, FIXTURE_NOW).enrichment?.text, r.text);
});

Deno.test("mid-conversation small talk without a greeting is not greeted", async () => {
  const named = await reply(at(2, {
    text: "and ORD-1003?",
    who: "sarah",
    intent: "small_talk",
    context: castContext("sarah", { order: "ORD-1003" }),
  }));
  assert.doesNotMatch(named.text, GREETING);
  assert.match(named.text, /ORD-1003.*being prepared|preparing order ORD-1003/);
  const bare = await reply(at(2, { text: "ok", who: "sarah", intent: "small_talk" }));
  assert.doesNotMatch(bare.text, GREETING);
  const hello = await reply(at(2, { text: "hello again", who: "sarah", intent: "small_talk" }));
  assert.match(hello.text, GREETING, "a greeting is answered with one");
});

Deno.test("their apology before a question is answered first, in one breath with ours", async () => {
  const r = await reply(turnWith({
    text: "sorry for being rude earlier, where is my keyboard",
    who: "mike",
    intent: "order_status",
    sentiment: sentimentOf("neutral", { signals: ["own_apology"] }),
    context: castContext("mike", { order: "ORD-2001" }),
  }));
  assert.match(r.text, /no need to apologise|no apology needed/);
  assert.doesNotMatch(r.text, /apologise\. I'm sorry|needed\. I'm sorry/);
});

Deno.test("thanks for help leading a question is thanked back; a bare 'thanks!' first is not", async () => {
  const t = (text: string, turn: number) =>
    at(turn, {
      text,
      who: "sarah",
      intent: "order_status",
      context: castContext("sarah", { order: "ORD-1001" }),
    });
  const helped = await reply(
    t("Thanks so much for your help yesterday! where is ORD-1001 now?", 0),
  );
  assert.match(helped.text, /glad I could help|you're welcome/);
  assert.doesNotMatch(helped.text, /thanks for getting in touch/);
  const ahead = await reply(t("thanks! where is ORD-1001?", 0));
  assert.doesNotMatch(ahead.text, /glad I could help|you're welcome/);
});
