import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { decide } from "../decision_router.ts";
import type { Message } from "../../shared/protocol.ts";
import { stillComingLine } from "./queued.ts";
import type { TurnView } from "./view.ts";
import {
  castContext,
  FIXTURE_NOW,
  fixtureCtx,
  intentOf,
  pendingOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const OPEN = {
  id: "ho-first",
  priority: "normal" as const,
  opened_at: new Date(FIXTURE_NOW.getTime() - 15 * 60_000).toISOString(),
};

function queuedTurn(
  text: string,
  intent: Parameters<typeof intentOf>[0],
  o: { order?: string; upset?: boolean } = {},
): Message {
  const context = castContext("mike", o.order ? { order: o.order } : {});
  if (o.order) context.focus = { order_id: o.order, why: "explicit" };
  const msg = turnWith({
    text,
    who: "mike",
    intent: intentOf(intent, text, { confidence: 0.3 }),
    sentiment: o.upset ? sentimentOf("negative", { urgency: "high" }) : "neutral",
    context,
    session: { open_handoff: OPEN, turn: 3 },
  });
  msg.payload.decision = decide(msg);
  return msg;
}

async function reply(msg: Message, place: number | null = 2) {
  const deps = { llm: null, llmTimeoutMs: 4_000, queuePlace: () => Promise.resolve(place) };
  return (await responseActor.process(msg, deps, fixtureCtx())).enrichment!;
}

Deno.test("asked how long, the queued reply leads with what is left of the wait", async () => {
  for (const text of ["how long", "how much longer??", "when will someone answer me"]) {
    const r = await reply(queuedTurn(text, "policy_question"));
    assert.equal(r.template, "handoff_queued_wait", text);
    // Normal priority waits about 60 minutes; 15 have passed.
    assert.match(
      r.text,
      /^You're still in the queue .*: the expected wait is about 45 minutes more\./,
    );
    assert.match(r.text, /number 2 in the queue/);
    assert.doesNotMatch(r.text, /Just to make sure|would you like to/i);
  }
});

Deno.test("asked whether anybody is coming, the queued reply says yes first", async () => {
  for (const text of ["is someone coming", "is some1 coming", "r u there?"]) {
    const r = await reply(queuedTurn(text, "product_question"));
    assert.equal(r.template, "handoff_queued_presence", text);
    assert.match(r.text, /^Yes\b/);
    assert.match(r.text, /queue/);
    assert.doesNotMatch(r.text, /warranty|specifications/);
  }
});

Deno.test("an order asked about while queued is answered, with a line that the person is coming", async () => {
  const r = await reply(queuedTurn("and ORD-2002 whats up with that", "small_talk", {
    order: "ORD-2002",
  }));
  assert.match(r.text, /ORD-2002/);
  assert.match(r.text, /waiting for payment/);
  assert.match(
    r.text,
    /A member of our team is still on the way \(you're number 2 in the queue, about 45 minutes to go\)\.$/,
  );
  assert.doesNotMatch(r.text, /I've added this message/);
});

Deno.test("an upset message naming an order joins the handoff and still states the order", async () => {
  const r = await reply(queuedTurn("where the hell is ORD-2001", "order_status", {
    order: "ORD-2001",
    upset: true,
  }));
  assert.equal(r.template, "handoff_queued");
  assert.match(r.text, /ORD-2001/);
  assert.match(r.text, /TRK\d{10}/);
  assert.match(r.text, /more urgent/);
});

Deno.test("a reply in Spanish, French or German while queued ends with the wait in that language", () => {
  const base = { openHandoff: OPEN, decision: null, queuePlace: 2 } as unknown as TurnView;
  assert.match(stillComingLine({ ...base, language: "es" })!, /^Un compañero.*número 2/);
  assert.match(stillComingLine({ ...base, language: "fr" })!, /^Un membre.*numéro 2/);
  assert.match(stillComingLine({ ...base, language: "de" })!, /^Ein Kollege.*Nummer 2/);
  assert.doesNotMatch(stillComingLine({ ...base, language: "es", queuePlace: null })!, /número/);
});

Deno.test("'how long will that take?' right after a change was proposed is the change's time, then the wait", async () => {
  const msg = queuedTurn("how long will that take?", "other", { order: "ORD-2001" });
  msg.session.pending_action = pendingOf({
    type: "carrier_investigation",
    order_id: "ORD-2001",
    requires_confirmation: true,
  });
  msg.payload.decision = decide(msg);
  const r = await reply(msg);
  assert.match(r.text, /^The carrier usually answers within 5 days/);
  assert.match(r.text, /number 2 in the queue/);
  // Asked with no change waiting, it is the queue's wait.
  const plain = await reply(queuedTurn("how long will that take?", "other"));
  assert.equal(plain.template, "handoff_queued_wait");
});
