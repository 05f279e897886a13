import assert from "node:assert/strict";
import { responseActor } from "./response.ts";
import { INTENTS, type ResponseEnrichment } from "../shared/protocol.ts";
import { HANDOFF_WAIT_MINUTES, RETURN_WINDOW_DAYS } from "../domain/policy.ts";
import {
  castContext,
  decisionOf,
  fixtureCtx,
  intentOf,
  pendingOf,
  type TurnOptions,
  turnWith,
} from "../tests/fixtures/turns.ts";

async function reply(t: TurnOptions): Promise<ResponseEnrichment> {
  const r = await responseActor.process(
    turnWith(t),
    { llm: null, llmTimeoutMs: 4_000 },
    fixtureCtx(),
  );
  assert.ok(r.enrichment);
  assert.equal(r.escalate, undefined);
  return r.enrichment;
}

const about = (order: string) => castContext("sarah", { order });

Deno.test("every intent of the taxonomy gets a template reply that greets and says something", async () => {
  for (const intent of INTENTS) {
    const r = await reply({ text: "hello", who: "sarah", intent, decision: "act" });
    assert.equal(r.source, "template");
    assert.ok(r.template, intent);
    assert.ok(r.text.length > 30, `${intent}: ${r.text}`);
    assert.doesNotMatch(r.text, /undefined|null|NaN|\[object/, intent);
  }
});

Deno.test("order status states status, items, tracking number, carrier and ETA from the context", async () => {
  const r = await reply({
    text: "Where is ORD-1001?",
    who: "sarah",
    intent: "order_status",
    context: about("ORD-1001"),
  });
  assert.equal(r.template, "order_status");
  for (
    const fact of [
      "ORD-1001",
      "Noise-Cancelling Headphones",
      "TRK8800001001",
      "UPS",
      "June 17",
      "Dallas, TX",
    ]
  ) {
    assert.ok(r.text.includes(fact), `${fact} missing from: ${r.text}`);
  }
  assert.match(r.text, /Sarah/);
  assert.deepEqual(r.proposed_actions.map((a) => [a.type, a.requires_confirmation]), [
    ["order_status", false],
    ["tracking_info", false],
  ]);
});

Deno.test("an order that is not the customer's reads exactly like one that does not exist", async () => {
  const other = await reply({
    text: "Where is ORD-2001?",
    who: "sarah",
    intent: "order_status",
    context: about("ORD-2001"),
  });
  const none = await reply({
    text: "Where is ORD-2001?",
    who: "sarah",
    intent: "order_status",
    context: { ...about("ORD-2001"), order_lookup: "not_found" },
  });
  assert.equal(other.text, none.text);
  assert.match(other.text, /couldn't find order ORD-2001 on your account/);
  assert.doesNotMatch(other.text, /FedEx|TRK8800002001|Keyboard|109|shipped|Memphis|Mike/i);
  assert.deepEqual(other.proposed_actions, []);
});

Deno.test("a guest asking about an order is asked to sign in or give their email", async () => {
  const r = await reply({
    text: "Where is ORD-1001?",
    intent: "order_status",
    decision: "identify",
  });
  assert.equal(r.template, "identify");
  assert.match(r.text, /sign in|email address/);
  assert.doesNotMatch(r.text, /ORD-1001|UPS/);
  const undecided = await reply({ text: "cancel ORD-1003", intent: "cancel_order" });
  assert.equal(undecided.template, "identify");
});

Deno.test("with no order named, the customer's recent orders are listed to choose from", async () => {
  const r = await reply({ text: "Where is my order?", who: "sarah", intent: "order_status" });
  assert.equal(r.template, "which_order");
  assert.match(r.text, /ORD-1003.*ORD-1001/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("cancelling a shipped order is refused with the rule and offers a return after delivery", async () => {
  const r = await reply({
    text: "Cancel ORD-1001",
    who: "sarah",
    intent: "cancel_order",
    context: about("ORD-1001"),
    decision: "act",
  });
  assert.equal(r.template, "cancel_refused");
  assert.match(r.text, /already shipped on June 13/);
  assert.match(r.text, /only possible until an order ships/);
  assert.match(r.text, new RegExp(`return it within ${RETURN_WINDOW_DAYS} days`));
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("cancelling a processing order is proposed and asks for a yes", async () => {
  const r = await reply({
    text: "Cancel ORD-1003",
    who: "sarah",
    intent: "cancel_order",
    context: about("ORD-1003"),
    decision: "act",
  });
  assert.equal(r.template, "cancel_proposed");
  assert.match(r.text, /Reply yes to confirm/);
  assert.match(r.text, /192\.00 USD/);
  assert.deepEqual(r.proposed_actions, [
    {
      type: "cancel_order",
      order_id: "ORD-1003",
      params: { reason: "Customer request in chat" },
      requires_confirmation: true,
    },
  ]);
});

Deno.test("cancelling a delivered order offers to start a return instead", async () => {
  const r = await reply({
    text: "Cancel ORD-1002",
    who: "sarah",
    intent: "cancel_order",
    context: about("ORD-1002"),
    decision: "act",
  });
  assert.equal(r.template, "cancel_refused");
  assert.match(r.text, /was delivered on June 5/);
  assert.match(r.text, /until July 5/);
  assert.equal(r.proposed_actions[0].type, "return_item");
});

Deno.test("a refund outside the window is refused with the rule, a return within it is proposed", async () => {
  const old = castContext("sarah", {
    order: "ORD-1002",
    orderPatch: { delivered_at: "2026-05-01T10:00:00.000Z" },
  });
  const late = await reply({
    text: "Refund ORD-1002",
    who: "sarah",
    intent: "refund_request",
    context: old,
    decision: "act",
  });
  assert.equal(late.template, "refund_refused");
  assert.match(late.text, /within 30 days of delivery.*delivered on May 1, 45 days ago/);
  assert.deepEqual(late.proposed_actions, []);
  const ret = await reply({
    text: "I'd like to return ORD-1002",
    who: "sarah",
    intent: "return_item",
    context: about("ORD-1002"),
    decision: "act",
  });
  assert.equal(ret.template, "return_proposed");
  assert.match(ret.text, /prepaid return label/);
  assert.equal(ret.proposed_actions[0].type, "return_item");
});

Deno.test("delivery problems: empathy, the facts, and what the rules allow", async () => {
  const late = await reply({
    text: "My keyboard is late!",
    who: "mike",
    sentiment: "negative",
    intent: "delivery_problem",
    context: castContext("mike", { order: "ORD-2001" }),
    decision: "act",
  });
  assert.equal(late.template, "delivery_late");
  assert.equal(late.tone, "empathetic");
  assert.match(late.text, /Mike/);
  assert.match(late.text, /delay at Memphis, TN/);
  assert.equal(late.proposed_actions[0].type, "carrier_investigation");
  const damaged = await reply({
    text: "The mixer arrived damaged",
    who: "emma",
    sentiment: "negative",
    intent: "delivery_problem",
    context: castContext("emma", { order: "ORD-3002" }),
    decision: "act",
  });
  assert.equal(damaged.template, "delivery_damaged");
  assert.equal(damaged.tone, "formal");
  assert.match(damaged.text, /^Dear Emma/);
  assert.deepEqual(damaged.proposed_actions[0].params, {
    amount: 349,
    reason: "Arrived damaged",
  });
});

Deno.test("the wrong item of several, named by a word of it, is refunded alone", async () => {
  const wrong = await reply({
    text: "i got the wrong frother in my espresso order",
    who: "sarah",
    intent: "delivery_problem",
    context: castContext("sarah", { order: "ORD-1002" }),
    decision: "act",
  });
  assert.equal(wrong.template, "delivery_damaged");
  // The item named, not the whole order's list (talk34).
  assert.match(
    wrong.text,
    /Milk Frother in order ORD-1002 should have been exactly what you ordered/,
  );
  assert.deepEqual(wrong.proposed_actions[0].params, {
    amount: 29,
    // Which of the two is kept, so that a replacement asked next says it the same way.
    reason: "Wrong item",
    // The item kept with the refund, so a refund asked in its place stays the frother's.
    items: [{ sku: "KIT-110", quantity: 1 }],
  });
});

Deno.test("a refund of one item of several is what that item cost", async () => {
  const text = "refund just the frother from ORD-1002";
  const read = intentOf("refund_request", text);
  const item_refs = [{ text: "the frother", name: "frother", sku: null }];
  const part = await reply({
    text,
    who: "sarah",
    intent: { ...read, entities: { ...read.entities, item_refs } },
    context: castContext("sarah", { order: "ORD-1002" }),
    decision: "act",
  });
  assert.equal(part.template, "refund_proposed");
  assert.match(part.text, /refund 29\.00 USD for the Milk Frother from order ORD-1002/);
  assert.equal(part.proposed_actions[0].params.amount, 29);
});

Deno.test("a handoff writes a holding reply with the usual wait of its priority", async () => {
  const msg = { text: "I want a human", who: "emma" as const, intent: "human_agent" as const };
  const urgent = await reply({ ...msg, decision: decisionOf("handoff", "urgent") });
  assert.equal(urgent.template, "handoff");
  assert.match(urgent.text, new RegExp(`about ${HANDOFF_WAIT_MINUTES.urgent} minutes`));
  assert.deepEqual(urgent.proposed_actions, []);
  const normal = await reply({ ...msg, decision: decisionOf("handoff", "normal") });
  assert.match(normal.text, /about an hour/);
});

Deno.test("yes and no to a pending action are acknowledged and propose nothing new", async () => {
  const pending = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  const yes = await reply({
    text: "yes",
    who: "sarah",
    intent: "affirm",
    decision: "act",
    session: { pending_action: pending },
  });
  assert.equal(yes.template, "pending_affirmed");
  assert.match(yes.text, /cancel order ORD-1003 now/);
  assert.deepEqual(yes.proposed_actions, []);
  const no = await reply({
    text: "no",
    who: "sarah",
    intent: "deny",
    decision: "act",
    session: { pending_action: pending },
  });
  assert.equal(no.template, "pending_denied");
  assert.match(no.text, /won't|nothing has been changed/);
  const expired = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  }, { expiresInS: -1 });
  const late = await reply({
    text: "yes",
    who: "sarah",
    intent: "affirm",
    session: { pending_action: expired },
  });
  assert.equal(late.template, "pending_expired");
  assert.match(late.text, /expired/);
  const bare = await reply({ text: "yes", who: "sarah", intent: "affirm" });
  assert.equal(bare.template, "affirm");
});

Deno.test("the same message id always gets the same phrasing, and ids vary it", async () => {
  const t = {
    text: "Where is ORD-1001?",
    who: "sarah" as const,
    intent: "order_status" as const,
    context: about("ORD-1001"),
  };
  const a = await reply({ ...t, id: "m-1" });
  const b = await reply({ ...t, id: "m-1" });
  assert.equal(a.text, b.text);
  const texts = new Set<string>();
  for (let i = 0; i < 12; i++) texts.add((await reply({ ...t, id: `m-${i}` })).text);
  assert.ok(texts.size >= 3, `only ${texts.size} phrasings`);
});
