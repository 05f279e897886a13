import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import { paidByFacts } from "./paid_by_reply.ts";

const OPEN = {
  id: "ho-first",
  priority: "normal" as const,
  opened_at: new Date(FIXTURE_NOW.getTime() - 15 * 60_000).toISOString(),
};

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

Deno.test("'are you a bot?' is told it is the assistant, and how to reach a person", async () => {
  const text = "r u a real person";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("small_talk", text),
    session: { turn: 2 },
  }));
  assert.equal(r.template, "about_assistant");
  assert.match(r.text, /virtual assistant/);
  assert.match(r.text, /talk to a person, just say so/);
  const queued = await reply(turnWith({
    text: "are you a bot?",
    who: "mike",
    intent: intentOf("small_talk", "are you a bot?"),
    session: { turn: 3, open_handoff: OPEN },
  }));
  assert.equal(queued.template, "about_assistant");
  assert.match(queued.text, /already on the way/);
});

Deno.test("'what can you do?' gets what the assistant can do, and a guest how to sign in", async () => {
  const text = "what can u help with";
  const r = await reply(
    turnWith({ text, intent: intentOf("small_talk", text), session: { turn: 2 } }),
  );
  assert.equal(r.template, "about_capabilities");
  assert.match(r.text, /where an order is/);
  assert.match(r.text, /wait for your yes/);
  assert.match(r.text, /sign in/);
});

Deno.test("'what are my options' while a cancellation waits is the choice it leaves", async () => {
  const text = "what are my options";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("payment_methods", text, { confirmation: "unclear" }),
    session: { turn: 2, pending_action: cancelling, last_intent: "cancel_order" },
  }));
  assert.equal(r.template, "pending_options");
  assert.match(r.text, /say yes and I'll cancel order ORD-1003, or no/);
  assert.match(r.text, /change its items or delivery address instead/);
  assert.doesNotMatch(r.text, /PayPal|Visa/);
});

Deno.test("a payment told while a person is on the way is traced by that person", () => {
  const order = castContext("mike", { order: "ORD-2002" }).order!;
  const by = { id: "paypal", name: "PayPal" } as const;
  const queued = paidByFacts(order, by, FIXTURE_NOW, true).join(" ");
  assert.match(queued, /colleague who is on the way can trace/);
  assert.doesNotMatch(queued, /just ask for one/);
  assert.match(paidByFacts(order, by, FIXTURE_NOW).join(" "), /just ask for one/);
});

Deno.test("mixed feedback is thanked and the let-down owned, with no review to write", async () => {
  const text = "the mixer is great but delivery was a nightmare";
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("feedback", text),
    session: { turn: 2 },
  });
  msg.payload.sentiment = {
    label: "negative",
    score: -0.15,
    urgency: "low",
    is_complaint: false,
    confidence: 0.6,
    signals: ["mixed"],
  };
  const r = await reply(msg);
  assert.equal(r.template, "feedback_mixed");
  assert.match(r.text, /glad you like it/);
  assert.match(r.text, /sorry the delivery let you down/);
  assert.doesNotMatch(r.text, /review|passing our conversation/);
});

Deno.test("'ok no worries' while a change waits: nothing done, and a yes still does it", async () => {
  const text = "ok no worries";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("other", text, { confirmation: "unclear" }),
    session: { turn: 2, pending_action: cancelling, last_intent: "cancel_order" },
  }));
  assert.equal(r.template, "pending_let_rest");
  assert.match(r.text, /haven't changed anything/);
  assert.match(r.text, /cancel order ORD-1003 after all, just say yes/);
  assert.doesNotMatch(r.text, /yes or a no/);
});

Deno.test("'where is my keyboard' while its carrier investigation waits is answered, then asked again", async () => {
  const investigating = pendingOf({
    type: "carrier_investigation",
    order_id: "ORD-2001",
    requires_confirmation: true,
  }, { summary: "Open a carrier investigation for ORD-2001" });
  const text = "where is my keyboard";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("order_status", text, { confirmation: "unclear" }),
    context: castContext("mike", { order: "ORD-2001" }),
    session: { turn: 2, pending_action: investigating, last_intent: "delivery_problem" },
  }));
  assert.equal(r.template, "pending_status_answered");
  assert.match(r.text, /ORD-2001/);
  assert.match(r.text, /I haven't done anything yet: shall I/);
  assert.doesNotMatch(r.text, /yes or a no/);
});

Deno.test("praise of us is thanked for the team, with no product page to review", async () => {
  const text = "thx for the quick reply tho";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("feedback", text),
    sentiment: "positive",
    session: { turn: 2 },
  }));
  assert.equal(r.template, "feedback_us");
  assert.doesNotMatch(r.text, /review/);
});

Deno.test("a verdict on the assistant gets an apology and a way on, not thanks for telling us", async () => {
  const text = "ur useless";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("complaint", text),
    sentiment: "negative",
    session: { turn: 2 },
  }));
  assert.equal(r.template, "unhelped");
  assert.match(r.text, /haven't been much help/);
  assert.doesNotMatch(r.text, /taking the time to tell us/);
});

Deno.test("'what would you suggest?' after 'a refund or a replacement?' explains both", async () => {
  const text = "I see. What would you suggest?";
  const r = await reply(turnWith({
    text,
    who: "emma",
    intent: intentOf("other", text, { confidence: 0.3 }),
    context: castContext("emma", { order: "ORD-3001" }),
    session: {
      turn: 2,
      dialogue: {
        asked: {
          slot: "choice",
          intent: "delivery_problem",
          order_id: "ORD-3001",
          options: ["refund", "replacement"],
        },
      },
    } as never,
  }));
  assert.equal(r.template, "choice_explained");
  assert.match(r.text, /a refund puts .* within 5 business days/);
  assert.match(r.text, /replacement leaves our warehouse/);
});

Deno.test("asking which of several orders is noted as our question, so 'the shoes one' answers it", async () => {
  const text = "my order";
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("order_status", text, { confidence: 0.2 }),
    session: { turn: 2 },
  });
  const r = await reply(msg);
  assert.equal(r.template, "clarify");
  assert.equal(r.asks?.slot, "order");
  assert.equal(r.asks?.intent, "order_status");
});

Deno.test("'hi, I have a complaint' is asked what happened, not thanked for telling it", async () => {
  const text = "hi, I have a complaint";
  const r = await reply(turnWith({
    text,
    who: "mike",
    intent: intentOf("complaint", text),
    sentiment: "negative",
    session: { turn: 1 },
  }));
  assert.equal(r.template, "complaint_announced");
  assert.match(r.text, /Tell me what happened/);
  assert.doesNotMatch(r.text, /taking the time to tell us/);
});

Deno.test("a joke about their own parcel is taken as the question it is: which order", async () => {
  const text = "lol my parcel went on holiday without me";
  const r = await reply(turnWith({
    text,
    who: "sarah",
    intent: intentOf("other", text),
    session: { turn: 1 },
  }));
  assert.equal(r.template, "own_parcel_unread");
  assert.match(r.text, /Which order is it/);
  assert.equal(r.asks?.slot, "order");
  assert.doesNotMatch(r.text, /support assistant|outside what I can help/);
});
