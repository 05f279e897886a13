import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import { requestsInOrder } from "./multi.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

/** The requests of `text` at the offsets of each part. */
function requests(text: string, parts: [IntentRequest["intent"], string][]): IntentRequest[] {
  return parts.map(([intent, part]) => {
    const start = text.indexOf(part);
    assert.ok(start >= 0, part);
    return { intent, confidence: 0.8, text: part, start, end: start + part.length };
  });
}

Deno.test("requests are answered in the order the customer wrote them, distinct intents only", () => {
  const text = "where's ORD-1001 and do you take PayPal?";
  const [a, b] = requests(text, [["order_status", "where's ORD-1001"], [
    "payment_methods",
    "do you take PayPal?",
  ]]);
  assert.deepEqual(requestsInOrder([b, a]).map((r) => r.intent), [
    "order_status",
    "payment_methods",
  ]);
  assert.deepEqual(
    requestsInOrder([a, { ...a, start: 30 }]),
    [],
    "one intent twice is one request",
  );
  assert.deepEqual(requestsInOrder(undefined), []);
});

Deno.test("a part naming no order beside another of the same intent is the same request", () => {
  const text = "I tried to pay for ORD-2002 but my card keeps getting declined";
  const [pay, card] = requests(text, [["payment_issue", "I tried to pay for ORD-2002"], [
    "payment_issue",
    "my card keeps getting declined",
  ]]);
  const c = castContext("mike");
  assert.deepEqual(
    requestsInOrder([pay, card], c),
    [],
    "one request: the whole message answers it",
  );
  // Two orders asked about the same way stay two requests.
  const two = "where is ORD-2001 and where is ORD-2002";
  const both = requests(two, [["order_status", "where is ORD-2001"], [
    "order_status",
    "where is ORD-2002",
  ]]);
  assert.equal(requestsInOrder(both, c).length, 2);
});

Deno.test("a status question and a payment question get both answers, one greeting and one closing", async () => {
  const text = "where's ORD-1001 and do you take PayPal?";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("payment_methods", text, {
      requests: requests(text, [["payment_methods", "do you take PayPal?"], [
        "order_status",
        "where's ORD-1001",
      ]]),
    }),
    context: castContext("sarah", { order: "ORD-1001" }),
    decision: "answer",
  });
  const r = (await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
    .enrichment!;
  assert.ok(r.text.indexOf("ORD-1001") < r.text.indexOf("PayPal"), r.text);
  assert.match(r.text, /TRK\d{10}/);
  assert.equal(r.text.match(/anything else/gi)?.length, 1, r.text);
  assert.match(r.template ?? "", /^multi:/);
  // The greeting opens the first answer's paragraph, never a paragraph of its own.
  const first = r.text.split(/\n\n/)[0];
  assert.match(first, /^(Hi|Hello)\b.*ORD-1001/s, r.text);
  msg.payload.response = r;
  const g = checkReply(msg, FIXTURE_NOW);
  assert.equal(g.enrichment?.verdict, "pass", JSON.stringify(g.enrichment?.issues));
});

Deno.test("of two changes only the first is proposed; the second is mentioned for later", async () => {
  const text = "cancel ORD-1003 and I also want to return ORD-1002";
  const r = await reply({
    text,
    who: "sarah",
    intent: intentOf("cancel_order", text, {
      requests: requests(text, [["cancel_order", "cancel ORD-1003"], [
        "return_item",
        "I also want to return ORD-1002",
      ]]),
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "act",
  });
  const changes = r.proposed_actions.filter((a) => a.requires_confirmation);
  assert.equal(changes.length, 1, JSON.stringify(r.proposed_actions));
  assert.equal(changes[0].type, "cancel_order");
  assert.match(r.text, /I can also help with the return once this is settled\./);
  assert.match(r.text, /(Reply yes|go ahead)/, "the confirmation question closes the reply");
  assert.doesNotMatch(r.text, /anything else/i);
});

Deno.test("a message of one request is answered as before", async () => {
  const r = await reply({
    text: "do you take PayPal?",
    who: "sarah",
    intent: intentOf("payment_methods", "do you take PayPal?"),
    decision: "answer",
  });
  assert.doesNotMatch(r.template ?? "", /^multi:/);
});

Deno.test("an FAQ answer's own follow-up question closes the reply instead of the offer", async () => {
  const text = "what's your return policy and how do I reset my password?";
  const r = await reply({
    text,
    who: "sarah",
    intent: intentOf("policy_question", text, {
      requests: requests(text, [
        ["policy_question", "what's your return policy"],
        ["account_access", "how do I reset my password?"],
      ]),
    }),
    decision: "answer",
  });
  assert.match(r.text, /30 days/);
  assert.match(r.text, /reset/);
  assert.doesNotMatch(r.text, /anything else/i, r.text);
  assert.match(r.text, /\?$/, "it ends with the FAQ's question");
});

Deno.test("a complaint that asks when the parcel comes states the order's facts once", async () => {
  const text =
    "you guys are useless, my keyboard is late AGAIN. can you at least tell me when it comes?";
  const r = await reply({
    text,
    who: "mike",
    sentiment: "negative",
    intent: intentOf("complaint", text, {
      requests: requests(text, [
        ["complaint", "you guys are useless, my keyboard is late AGAIN."],
        ["order_status", "can you at least tell me when it comes?"],
      ]),
    }),
    context: castContext("mike", { order: "ORD-2001" }),
    decision: "act",
  });
  assert.equal(r.text.match(/TRK\d{10}/g)?.length, 1, r.text);
});

Deno.test("a complaint about a lost parcel asked after again tells its facts once and keeps the remedy", async () => {
  const text =
    "I'm writing again about ORD-3001. It's been over a week. What exactly are you doing about it?";
  const r = await reply({
    text,
    who: "emma",
    sentiment: "negative",
    intent: intentOf("complaint", text, {
      requests: requests(text, [
        ["complaint", "I'm writing again about ORD-3001. It's been over a week."],
        ["order_status", "What exactly are you doing about it?"],
      ]),
    }),
    context: castContext("emma", { order: "ORD-3001" }),
    decision: "act",
  });
  assert.equal(r.text.match(/TRK\d{10}/g)?.length, 1, r.text);
  assert.match(r.text, /replacement/, r.text);
});

Deno.test("a complaint about a lost parcel offers its refund or replacement, not a supervisor", async () => {
  const text = "This is ridiculous, ORD-3001 never came and nobody tells me anything";
  const r = await reply({
    text,
    who: "emma",
    sentiment: "negative",
    intent: "complaint",
    context: castContext("emma", { order: "ORD-3001" }),
    decision: "act",
  });
  assert.match(r.text, /refund it in full or send a replacement/);
  assert.doesNotMatch(r.text, /supervisor|Reply yes/);
  assert.deepEqual(r.proposed_actions.filter((a) => a.type === "escalate_supervisor"), []);
});

Deno.test("a choice two answers would both offer is asked once", async () => {
  const text = "I'm so angry. My vacuum never arrived and nobody tells me anything";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text, {
      requests: requests(text, [["complaint", "I'm so angry."], [
        "delivery_problem",
        "My vacuum never arrived and nobody tells me anything",
      ]]),
    }),
    context: castContext("emma", { order: "ORD-3001" }),
    decision: "act",
  });
  assert.equal(r.text.match(/which would you prefer\?/g)?.length, 1, r.text);
  assert.equal(r.text.match(/TRK8800003001/g)?.length, 1, r.text);
});

Deno.test("the trouble a proposed return settles is not raised again for later", async () => {
  const text = "Hi, how do I return the mixer? it's broken";
  const r = await reply({
    text,
    who: "emma",
    intent: intentOf("return_item", text, {
      requests: requests(text, [["return_item", "Hi, how do I return the mixer?"], [
        "delivery_problem",
        "it's broken",
      ]]),
    }),
    context: castContext("emma", { order: "ORD-3002" }),
    decision: "act",
  });
  assert.deepEqual(r.proposed_actions.map((a) => a.type), ["return_item"]);
  assert.doesNotMatch(r.text, /once this is settled/, r.text);
});

Deno.test("two questions of one intent that the FAQ tells apart are two requests", () => {
  const text = "i'd like to change my password and also update my phone number";
  const kept = requestsInOrder([
    {
      intent: "account_update",
      confidence: 0.7,
      text: "i'd like to change my password",
      start: 0,
      end: 30,
    },
    {
      intent: "account_update",
      confidence: 0.7,
      text: "update my phone number",
      start: 40,
      end: text.length,
    },
  ]);
  assert.equal(kept.length, 2);
  // The same question twice stays one.
  assert.equal(
    requestsInOrder([
      { intent: "account_update", confidence: 0.7, text: "update my phone", start: 0, end: 15 },
      {
        intent: "account_update",
        confidence: 0.7,
        text: "and my phone number",
        start: 20,
        end: 39,
      },
    ]).length,
    0,
  );
});
