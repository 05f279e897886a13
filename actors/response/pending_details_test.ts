import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import type { ActionType } from "../../shared/vocabulary.ts";
import type { ResponseEnrichment } from "../../shared/protocol.ts";
import {
  castContext,
  type CastName,
  fixtureCtx,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

/** The reply to `text` while the change `type` of `order` waits for `who`'s yes. */
async function whilePending(
  text: string,
  who: CastName,
  type: ActionType,
  order: string,
): Promise<ResponseEnrichment> {
  const pending = pendingOf({ type, order_id: order, requires_confirmation: true });
  const r = await responseActor.process(
    turnWith({
      text,
      who,
      intent: intentOf("other", text, { confirmation: "unclear" }),
      context: castContext(who, { order }),
      decision: "act",
      session: { pending_action: pending },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("a question about the waiting change is answered from what it would do, then asked again", async () => {
  const cases: [CastName, ActionType, string, string, RegExp][] = [
    ["mike", "cancel_order", "ORD-2002", "hmm what happens to my money?", /haven't paid/],
    ["sarah", "cancel_order", "ORD-1003", "and my money?", /192\.00 USD you paid goes back/],
    [
      "sarah",
      "cancel_order",
      "ORD-1003",
      "sure, but first tell me the fee",
      /^There's no fee for cancelling\. The 192\.00 USD you paid goes back/,
    ],
    ["sarah", "refund", "ORD-1002", "how long will it take", /within 5 business days/],
    ["sarah", "expedite_order", "ORD-1003", "how much does it cost?", /gold member, you pay no/],
    ["mike", "expedite_order", "ORD-2002", "what's the fee", /costs 9\.99 USD/],
    ["emma", "replacement", "ORD-3001", "when would it ship?", /within 1 business day/],
    ["sarah", "change_address", "ORD-1003", "does that cost anything?", /costs nothing/],
    // A yes on a condition asks about the terms too.
    ["mike", "expedite_order", "ORD-2002", "ok but only if it's free", /costs 9\.99 USD/],
  ];
  for (const [who, type, order, text, fact] of cases) {
    const r = await whilePending(text, who, type, order);
    assert.equal(r.template, "pending_question_answered", text);
    assert.match(r.text, fact, text);
    assert.doesNotMatch(r.text, /yes or a no/, `${text}: a question is not an unclear answer`);
    assert.match(r.text, /I haven't done anything yet: shall I .* Reply yes or no\.$/, text);
    assert.deepEqual(r.proposed_actions, [], text);
  }
});

Deno.test("an answer that is no question, or a change without such facts, is asked again", async () => {
  const unclear = await whilePending("hmm maybe", "sarah", "refund", "ORD-1002");
  assert.equal(unclear.template, "pending_unclear");
  const advice = await whilePending(
    "I'm not sure, should I say yes or no?",
    "mike",
    "cancel_order",
    "ORD-2002",
  );
  assert.equal(advice.template, "pending_unclear", "a question that is not about what it does");
  const whole = await whilePending("what happens then?", "sarah", "cancel_order", "ORD-1003");
  assert.match(
    whole.text,
    /then I cancel order ORD-1003 straight away\. The 192\.00 USD you paid goes back/,
  );
  const review = await whilePending(
    "what happens then?",
    "emma",
    "escalate_supervisor",
    "ORD-3001",
  );
  assert.equal(review.template, "pending_unclear");
});

Deno.test("'when would it ship?' while a replacement waits is the new shipment's timing, asked once", async () => {
  const text = "hmm when would it ship?";
  const r = await responseActor.process(
    turnWith({
      text,
      who: "emma",
      intent: intentOf("order_status", text, { confirmation: "new_request" }),
      context: castContext("emma", { order: "ORD-3001" }),
      decision: "answer",
      session: {
        pending_action: pendingOf({
          type: "replacement",
          order_id: "ORD-3001",
          requires_confirmation: true,
        }),
      },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  const reply = r.enrichment!.text;
  assert.match(reply, /leaves our warehouse within 1 business day/);
  assert.doesNotMatch(reply, /marked the parcel as lost/, "not the lost parcel's status");
  assert.equal(reply.match(/shall I/g)?.length, 1, reply);
});

Deno.test("'what happens to the water bottles?' while the cancellation waits: all of it goes, and the guardrail passes it", async () => {
  const text = "hmm no wait, what happens to the water bottles?";
  const pending = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("other", text, {
      confirmation: "unclear",
      entities: {
        ...intentOf("other", text).entities,
        item_refs: [{ text: "the water bottles", name: "water bottles", sku: null }],
      },
    }),
    context: castContext("sarah", { order: "ORD-1003" }),
    decision: "answer",
    session: { pending_action: pending },
  });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  assert.match(r.enrichment.text, /cancels everything in it, 2× Insulated Water Bottle included/);
  assert.match(r.enrichment.text, /shall I cancel order ORD-1003\? Reply yes or no\.$/);
  msg.payload.response = r.enrichment;
  // "Order ORD-1003 is cancelled as soon as you say yes" claimed a state the order is not in.
  const when = await whilePending("when does that happen?", "sarah", "cancel_order", "ORD-1003");
  msg.payload.response = when;
  assert.notEqual(checkReply(msg, new Date(msg.created_at)).enrichment?.verdict, "blocked");
  assert.doesNotMatch(when.text, /is cancelled/);
});

Deno.test("the frother's return waiting: 'what happens to my money?' says 29.00, not 428.00", async () => {
  const text = "what happens to my money?";
  const pending = pendingOf({
    type: "return_item",
    order_id: "ORD-1002",
    params: { items: [{ sku: "KIT-110", quantity: 1 }] },
    requires_confirmation: true,
  });
  const r = await responseActor.process(
    turnWith({
      text,
      who: "sarah",
      intent: intentOf("other", text, { confirmation: "unclear" }),
      context: castContext("sarah", { order: "ORD-1002" }),
      decision: "act",
      session: { pending_action: pending },
    }),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.match(r.enrichment?.text ?? "", /the 29\.00 USD is refunded once the parcel is back/);
  assert.doesNotMatch(r.enrichment?.text ?? "", /428\.00/);
});

Deno.test("'how long will a new one take?' while a refund waits is the replacement's timing, not the refund's", async () => {
  const r = await whilePending("how long will a new one take?", "sarah", "refund", "ORD-1002");
  assert.match(r.text, /leaves our warehouse within 1 business day/);
  assert.match(r.text, /rather have the new one than the refund/);
  assert.doesNotMatch(r.text, /goes back to your original payment method/);
});
