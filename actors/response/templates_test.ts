import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { INTENTS } from "../../shared/protocol.ts";
import { policyAnswer } from "../../domain/policy.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";
import { replyTo as reply } from "../../tests/fixtures/replies.ts";

const about = (order: string) => castContext("sarah", { order });

Deno.test("tone follows mood and tier: apologetic complaint, friendly praise, formal unhappy vip", async () => {
  const complaint = await reply({
    text: "Awful service",
    who: "mike",
    sentiment: "negative",
    intent: "complaint",
    decision: "act",
  });
  assert.equal(complaint.tone, "apologetic");
  assert.equal(complaint.proposed_actions[0].type, "escalate_supervisor");
  const praise = await reply({
    text: "Love it!",
    who: "sarah",
    sentiment: "positive",
    intent: "feedback",
  });
  assert.equal(praise.tone, "friendly");
  const vip = await reply({
    text: "Where is it?!",
    who: "emma",
    sentiment: "negative",
    intent: "order_status",
    context: castContext("emma", { order: "ORD-3002" }),
  });
  assert.equal(vip.tone, "formal");
});

Deno.test("policy answers quote shared/policy.ts and tell gold members they pay no expedite fee", async () => {
  const warranty = await reply({
    text: "How long is the warranty?",
    who: "mike",
    intent: "policy_question",
  });
  assert.ok(warranty.text.includes(policyAnswer("warranty")));
  const shipping = await reply({
    text: "What shipping options are there?",
    who: "sarah",
    intent: "shipping_options",
  });
  assert.ok(shipping.text.includes(policyAnswer("shipping")));
  assert.match(shipping.text, /as a gold member, you pay no fee/);
});

Deno.test("with no execution on the route, changes are not proposed and no yes is asked for", async () => {
  const r = await reply({
    text: "Cancel ORD-1003",
    who: "sarah",
    intent: "cancel_order",
    context: about("ORD-1003"),
    decision: "answer",
  });
  assert.deepEqual(r.proposed_actions, []);
  assert.doesNotMatch(r.text, /reply yes/i);
});

Deno.test("a low-confidence intent gets a clarifying question naming the likely meanings", async () => {
  const intent = intentOf("order_status", "", {
    confidence: 0.3,
    alternatives: [{ intent: "cancel_order", confidence: 0.2 }],
  });
  const r = await reply({ text: "the order thing", who: "sarah", intent, decision: "clarify" });
  assert.equal(r.template, "clarify");
  assert.match(r.text, /check where an order is, or cancel an order/);
  assert.match(r.text, /ORD-1003.* or ORD-1002/);
});

Deno.test("every template reply for the demo cast passes the guardrail unchanged", async () => {
  const orders: Record<string, string[]> = {
    sarah: ["ORD-1001", "ORD-1002", "ORD-1003"],
    mike: ["ORD-2001", "ORD-2002"],
    emma: ["ORD-3001", "ORD-3002"],
  };
  for (
    const [who, ids] of Object.entries(orders) as [
      keyof typeof orders & ("sarah" | "mike" | "emma"),
      string[],
    ][]
  ) {
    for (const order of [undefined, ...ids]) {
      for (const intent of INTENTS) {
        const msg = turnWith({
          text: `About ${order ?? "my order"}`,
          who,
          intent,
          decision: "act",
          context: castContext(who, { order }),
        });
        const r = await responseActor.process(
          msg,
          { llm: null, llmTimeoutMs: 4_000 },
          fixtureCtx(),
        );
        msg.payload.response = r.enrichment!;
        const g = checkReply(msg, FIXTURE_NOW);
        assert.equal(
          g.enrichment?.verdict,
          "pass",
          `${who} ${order} ${intent}: ${JSON.stringify(g.enrichment?.issues)}`,
        );
      }
    }
  }
});

Deno.test("greetings, thanks and goodbyes are answered and pass the guardrail", async () => {
  for (const text of ["hello", "thanks a lot", "thanks, bye!", "bye", "how are you?"]) {
    const msg = turnWith({ text, who: "sarah", intent: "small_talk", decision: "answer" });
    const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
    assert.match(r.enrichment!.text, /Sarah/);
    msg.payload.response = r.enrichment!;
    assert.equal(checkReply(msg, FIXTURE_NOW).enrichment?.verdict, "pass", text);
  }
});

Deno.test("a complaint about an order states its facts; without execution it offers a person", async () => {
  const r = await reply({
    text: "Where the hell is ORD-2001, this is ridiculous",
    who: "mike",
    sentiment: "negative",
    intent: "complaint",
    context: castContext("mike", { order: "ORD-2001" }),
    decision: "answer",
  });
  assert.equal(r.tone, "apologetic");
  assert.match(r.text, /delay at Memphis, TN/);
  assert.match(r.text, /ask for a colleague/);
  assert.deepEqual(r.proposed_actions, []);
});

Deno.test("when the orders service is down, the reply says so instead of 'no orders'", async () => {
  const context = {
    ...castContext("sarah"),
    orders: [],
    notes: ["orders service unavailable (order ORD-1001): timed out"],
  };
  const r = await reply({
    text: "Where is ORD-1001?",
    who: "sarah",
    intent: "order_status",
    context,
  });
  assert.equal(r.template, "lookup_unavailable");
  assert.match(r.text, /can't reach our order system.*order ORD-1001/);
  assert.doesNotMatch(r.text, /don't see any orders/);
});
