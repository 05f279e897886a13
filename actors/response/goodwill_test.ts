import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import { decide } from "../decision_router.ts";
import type { Intent, Message } from "../../shared/protocol.ts";
import {
  castContext,
  type CastName,
  fixtureCtx,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

function turn(who: CastName, order: string, text: string, intent: Intent): Message {
  const msg = turnWith({
    text,
    who,
    intent: intentOf(intent, text),
    context: castContext(who, { order }),
  });
  msg.payload.decision = decide(msg);
  return msg;
}

async function reply(msg: Message) {
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.ok(r.enrichment);
  return r.enrichment;
}

Deno.test("compensation asked for a damaged delivery proposes the tier's goodwill credit, not a person", async () => {
  const msg = turn(
    "emma",
    "ORD-3002",
    "the mixer arrived broken, this is the second time. I want some compensation",
    "delivery_problem",
  );
  assert.equal(msg.payload.decision?.action, "act");
  const r = await reply(msg);
  assert.equal(r.template, "goodwill_offered");
  assert.deepEqual(r.proposed_actions.map((a) => [a.type, a.order_id, a.params.amount]), [
    ["goodwill_credit", "ORD-3002", 50],
  ]);
  assert.match(r.text, /goodwill credit of 50\.00 USD/);
  msg.payload.response = r;
  const g = checkReply(msg, new Date(msg.created_at));
  assert.notEqual(g.enrichment?.verdict, "blocked");
  assert.match(g.enrichment?.text ?? "", /50\.00 USD/);
});

Deno.test("a discount asked for an order with no trouble is declined without a proposal", async () => {
  const msg = turn("sarah", "ORD-1003", "can I get a discount on ORD-1003?", "place_order");
  assert.equal(msg.payload.decision?.action, "answer");
  const r = await reply(msg);
  assert.equal(r.template, "goodwill_declined");
  assert.deepEqual(r.proposed_actions, []);
  assert.match(r.text, /can't offer a discount code or credit for order ORD-1003/);
});
