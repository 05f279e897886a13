import assert from "node:assert/strict";
import { decide } from "./decision_router.ts";
import { openHandoffAfter } from "./aggregator.ts";
import { responseActor } from "./response.ts";
import type { Message } from "../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  sentimentOf,
  turnWith,
} from "../tests/fixtures/turns.ts";

const OPEN = {
  id: "ho-first",
  priority: "normal" as const,
  opened_at: new Date(FIXTURE_NOW.getTime() - 20 * 60_000).toISOString(),
};

function waiting(text: string, intent: Parameters<typeof intentOf>[0], more = {}): Message {
  return turnWith({
    text,
    who: "mike",
    intent: intentOf(intent, text),
    context: castContext("mike", text.includes("ORD-") ? { order: "ORD-2001" } : {}),
    session: { open_handoff: OPEN, turn: 2 },
    ...more,
  });
}

Deno.test("while a handoff is open, chasing joins it and an angry follow-up raises it", () => {
  const chase = decide(waiting("hello?? anyone there", "small_talk"));
  assert.equal(chase.action, "handoff");
  assert.equal(chase.priority, "normal");
  assert.match(chase.reasons.join(), /ho-first is open|\(ho-first\) is open/);
  const angry = decide(
    waiting("This is ridiculous, nobody answers", "complaint", {
      sentiment: sentimentOf("negative", { urgency: "high" }),
    }),
  );
  assert.equal(angry.action, "handoff");
  assert.equal(angry.priority, "high");
  assert.match(angry.reasons.join(), /priority raised to high/);
});

Deno.test("while a handoff is open, a question is still answered", () => {
  assert.equal(decide(waiting("Where is ORD-2001?", "order_status")).action, "answer");
  assert.equal(decide(waiting("What are your opening hours?", "small_talk")).action, "answer");
});

Deno.test("the queued reply states the place and what is left of the wait, without a greeting", async () => {
  const msg = waiting("hello?? anyone there", "small_talk");
  msg.payload.decision = decide(msg);
  const r = await responseActor.process(msg, {
    llm: null,
    llmTimeoutMs: 4_000,
    queuePlace: (id) => Promise.resolve(id === "ho-first" ? 3 : null),
  }, fixtureCtx());
  const text = r.enrichment!.text;
  // "anyone there" asks whether someone is coming: the answer comes first.
  assert.equal(r.enrichment!.template, "handoff_queued_presence");
  assert.match(text, /^Yes\b/);
  assert.doesNotMatch(text, /^(hi|hello|hey)\b/i);
  assert.doesNotMatch(text, /passing our conversation/);
  assert.match(text, /number 3 in the queue/);
  // Normal priority waits about 60 minutes; 20 have passed.
  assert.match(text, /expected wait is about 40 minutes more/);
});

Deno.test("the session keeps the open handoff, its first opening time and raised priority", () => {
  const msg = waiting("still nothing??", "complaint");
  assert.equal(openHandoffAfter(msg, null), null, "no handoff this turn: nothing opens");
  msg.payload.escalation = {
    kind: "handoff",
    reason: "joins",
    failed_actor: null,
    attempts: 0,
    text: "…",
    handoff: {
      id: "ho-first",
      conversation_id: "c",
      message_id: msg.id,
      session_id: "s",
      customer: null,
      priority: "high",
      reason: "r",
      summary: "s",
      sentiment: null,
      urgency: null,
      intent: null,
      draft_reply: null,
      created_at: FIXTURE_NOW.toISOString(),
    },
  };
  // A session from before reasons were kept takes this turn's; one that has its reason keeps it.
  assert.deepEqual(openHandoffAfter(msg, OPEN), { ...OPEN, priority: "high", reason: "r" });
  const first = { ...OPEN, reason: "the customer asked for a person" };
  assert.deepEqual(openHandoffAfter(msg, first), { ...first, priority: "high" });
  assert.equal(openHandoffAfter(msg, null)?.reason, "r", "a new handoff records its reason");
});
