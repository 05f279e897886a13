import assert from "node:assert/strict";
import { createMessage, type PendingAction, type SessionInfo } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { INTENT_DEADLINE_MS, intentActor } from "./intent.ts";
import { sharedIntentClassifier } from "./nlu/intent_model.ts";

const now = new Date("2026-11-25T15:30:00Z");
const classifier = sharedIntentClassifier();

const pending: PendingAction = {
  id: "p1",
  action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
  proposed_in: "m0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "Cancel order ORD-1003",
};

async function read(text: string, session: Partial<SessionInfo> = {}) {
  const msg = createMessage({ text, conversationId: "c1", channel: "test", session, now });
  const ctx = {
    signal: AbortSignal.timeout(INTENT_DEADLINE_MS),
    log: silentLogger,
    now: () => now,
    deliveryCount: 1,
  };
  return (await intentActor.process(msg, { llm: null, classifier }, ctx)).enrichment!;
}

Deno.test("asking whether it is a person is no request for one", async () => {
  for (const t of ["r u a real person", "am i talking to a human", "is this an AI"]) {
    assert.equal((await read(t)).intent, "small_talk", t);
  }
  assert.equal((await read("can i talk to a human")).intent, "human_agent");
});

Deno.test("'what are my options' is what the assistant does with no topic, and no new request while a change waits", async () => {
  assert.equal((await read("what are my options")).intent, "small_talk");
  const waiting = await read("what are my options", { pending_action: pending, turn: 2 });
  assert.equal(waiting.confirmation, "unclear");
});

Deno.test("slang praise is feedback, not a complaint", async () => {
  for (const t of ["this shop is fire 🔥", "the headphones are sick"]) {
    assert.equal((await read(t)).intent, "feedback", t);
  }
});

Deno.test("'how much?' and 'and the other?' lean on the answer about an order before", async () => {
  const after = { turn: 2, last_intent: "order_status" as const, last_order_id: "ORD-2001" };
  const price = await read("how much?", after);
  assert.equal(price.intent, "order_status");
  assert.deepEqual(price.entities.order_ids, ["ORD-2001"]);
  assert.equal((await read("and the other?", after)).intent, "order_status");
});

Deno.test("goods praised in so many words are feedback, in a part or the whole", async () => {
  const whole = await read("the stand mixer I received is wonderful");
  assert.equal(whole.intent, "feedback");
  const two = await read("the stand mixer I received is wonderful. Many thanks to the whole team.");
  assert.deepEqual(two.requests?.map((r) => r.intent), ["feedback"]);
  // Praise beside trouble is no praise alone.
  assert.equal((await read("the mixer is great but it arrived broken")).intent, "delivery_problem");
});

Deno.test("a goodbye in chat words is small talk; a laughed 'ok' before a question asks nothing", async () => {
  for (const t of ["cya", "ttyl", "ok thx, cya"]) {
    assert.equal((await read(t)).intent, "small_talk", t);
  }
  const asked = await read("lol ok. do u sell headphones");
  assert.equal(asked.intent, "product_question");
  assert.ok(asked.confidence >= 0.5);
});

Deno.test("'ok get me one then' after the assistant said what it is asks for a person", async () => {
  const after = { turn: 2, last_intent: "small_talk" as const };
  assert.equal((await read("ok get me one then", after)).intent, "human_agent");
  assert.notEqual((await read("ok get me one then", { turn: 2 })).intent, "small_talk");
});

Deno.test("a pasted five-star review is feedback, its 'delivery was quick' no shipping question", async () => {
  const review = "★★★★★ Absolutely love the stand mixer. Sturdy, quiet, and the bowl is huge. " +
    "Delivery was quick too. Highly recommend!";
  const r = await read(review);
  assert.equal(r.intent, "feedback");
  assert.ok(r.requests?.every((q) => q.intent === "feedback"));
  assert.equal((await read("is delivery quick?")).intent, "shipping_options");
});

Deno.test("praise typed fast is feedback; 'what would you suggest?' after an upset message is that order", async () => {
  assert.equal((await read("hii im so hapy with my espreso machine!!! tysm")).intent, "feedback");
  const after = { turn: 2, last_intent: "other" as const, last_order_id: "ORD-3001" };
  const r = await read("I see. What would you suggest?", after);
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.entities.order_ids, ["ORD-3001"]);
});

Deno.test("'can u help me' asks what the assistant does; 'why so long?' follows up the order", async () => {
  assert.equal((await read("can u help me")).intent, "small_talk");
  const after = { turn: 2, last_intent: "order_status" as const, last_order_id: "ORD-1003" };
  const why = await read("why so long?", after);
  assert.equal(why.intent, "order_status");
  assert.deepEqual(why.entities.order_ids, ["ORD-1003"]);
});

Deno.test("'ur a lifesaver, the return label worked' is praise, not a return asked for", async () => {
  assert.equal((await read("omg ur a lifesaver, the return label worked")).intent, "feedback");
  assert.equal((await read("the return label didn't work")).intent, "return_item");
});

Deno.test("'actually yes i do want one' after the person was called off asks for one again", async () => {
  const after = { turn: 3, last_intent: "deny" as const };
  assert.equal((await read("actually yes i do want one", after)).intent, "human_agent");
  const product = { turn: 2, last_intent: "product_question" as const };
  assert.notEqual((await read("i want one", product)).intent, "human_agent");
});
