import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

async function reply(msg: Message) {
  msg.payload.decision = decide(msg);
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(2) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

function doubt(text: string, order: string, who: "mike" | "sarah" | "emma") {
  return turnWith({
    text,
    who,
    intent: intentOf("order_status", `${text} ${order}`),
    context: castContext(who, { order }),
    session: { turn: 2, last_intent: "order_status", last_order_id: order },
  });
}

Deno.test("'is that guaranteed?' after an estimate says what the estimate is worth, not the warranty", async () => {
  const r = await reply(doubt("is that guaranteed?", "ORD-2001", "mike"));
  assert.equal(r.template, "estimate_doubt");
  assert.match(r.text, /estimate for order ORD-2001, not a guarantee/);
  assert.match(r.text, /investigation with the carrier/);
  assert.match(r.text, /TRK8800002001/);
  assert.doesNotMatch(r.text, /warranty/i);
});

Deno.test("'what if it doesn't come by then?' says what happens then, naming the date", async () => {
  const r = await reply(doubt("what if it doesn't come by then", "ORD-1001", "sarah"));
  assert.equal(r.template, "estimate_doubt");
  assert.match(r.text, /If it hasn't arrived by [A-Z][a-z]+ \d+/);
  assert.match(r.text, /replacement or refund it in full/);
  assert.doesNotMatch(r.text, /return any item within/);
});

Deno.test("a doubt about a lost or delivered order gets that order's status instead", async () => {
  const lost = await reply(doubt("are you sure?", "ORD-3001", "emma"));
  assert.notEqual(lost.template, "estimate_doubt");
  const delivered = await reply(doubt("is that guaranteed?", "ORD-3002", "emma"));
  assert.notEqual(delivered.template, "estimate_doubt");
});
