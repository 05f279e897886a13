import assert from "node:assert/strict";
import { upsetTurn, whileQueued } from "./while_queued.ts";
import { decide } from "../decision_router.ts";
import { withdrawalOf } from "./withdrawal.ts";
import type { Message } from "../../shared/protocol.ts";
import {
  castContext,
  FIXTURE_NOW,
  intentOf,
  pendingOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const OPEN = {
  id: "ho-first",
  priority: "normal" as const,
  opened_at: new Date(FIXTURE_NOW.getTime() - 10 * 60_000).toISOString(),
  reason: "the customer asked for a person",
};

function queuedTurn(
  text: string,
  intent: Parameters<typeof intentOf>[0],
  o: { order?: string; named?: boolean; pending?: boolean; upset?: boolean } = {},
): Message {
  const context = castContext("mike", o.order ? { order: o.order } : {});
  if (o.order) context.focus = { order_id: o.order, why: o.named === false ? "focus" : "explicit" };
  return turnWith({
    text,
    who: "mike",
    intent: intentOf(intent, text, { confidence: 0.3 }),
    sentiment: o.upset ? sentimentOf("negative", { urgency: "high" }) : "neutral",
    context,
    session: {
      open_handoff: OPEN,
      turn: 3,
      pending_action: o.pending
        ? pendingOf({ type: "cancel_order", order_id: "ORD-2002", requires_confirmation: true })
        : null,
    },
  });
}

Deno.test("queued, a question about the wait joins the handoff whatever the classifier read", () => {
  for (
    const [text, intent] of [
      ["how long", "policy_question"],
      ["is someone coming", "product_question"],
      ["is some1 coming", "product_question"],
      ["when will someone answer me", "other"],
      ["how much longer", "shipping_options"],
    ] as const
  ) {
    const q = whileQueued(queuedTurn(text, intent));
    assert.equal(q.join, true, text);
    const d = decide(queuedTurn(text, intent));
    assert.equal(d.action, "handoff", text);
    assert.match(d.reasons.join(), /joins it \(asks (how long|whether someone)/, text);
  }
});

Deno.test("queued, an order of theirs named in an unclear message is answered, not queued", () => {
  const named = queuedTurn("and ORD-2002 whats up with that", "small_talk", { order: "ORD-2002" });
  assert.deepEqual(whileQueued(named), {
    join: false,
    why: "asks about an order of theirs while waiting",
  });
  assert.equal(decide(named).action, "answer");
  // The order only carried over from earlier turns: "ok" is for the person.
  const carried = queuedTurn("ok", "small_talk", { order: "ORD-2001", named: false });
  assert.equal(whileQueued(carried).join, true);
  // Upset and naming the order: joins (and raises), the reply still states the order.
  const upset = queuedTurn("where the hell is ORD-2002", "order_status", {
    order: "ORD-2002",
    upset: true,
  });
  assert.equal(decide(upset).action, "handoff");
});

Deno.test("queued, a yes or no goes to the pending change, and to the person without one", () => {
  assert.equal(whileQueued(queuedTurn("yes", "affirm", { pending: true })).join, false);
  assert.equal(whileQueued(queuedTurn("yes", "affirm")).join, true);
  assert.equal(whileQueued(queuedTurn("where is ORD-2001", "order_status")).join, false);
  assert.equal(whileQueued(queuedTurn("I want a manager", "human_agent")).join, true);
});

Deno.test("queued, a no to the pending change read as upset is still that no", () => {
  const no = queuedTurn("yeah no, don't bother actually", "deny", { pending: true, upset: true });
  assert.deepEqual(whileQueued(no), { join: false, why: "deny of the pending change" });
  const grudging = queuedTurn("ugh fine, yes", "affirm", { pending: true, upset: true });
  assert.equal(whileQueued(grudging).join, false);
});

Deno.test("calling the person off while queued, read as upset, does not raise the priority", () => {
  const msg = queuedTurn("actually nevermind the agent, where is my keyboard", "order_status", {
    order: "ORD-2001",
    upset: true,
  });
  assert.equal(whileQueued(msg).join, false);
  const off = queuedTurn("never mind the person, forget it", "deny", { upset: true });
  const d = decide(off);
  // Called off alone, the handoff is withdrawn (not joined, not raised).
  assert.equal(d.action, "answer");
  assert.equal(d.withdraws_handoff?.alone, true);
  assert.ok(!d.reasons.some((r) => /priority raised/.test(r)), d.reasons.join("; "));
  const asks = decide(msg);
  assert.equal(asks.action, "answer", "the keyboard is answered");
  assert.equal(asks.withdraws_handoff?.alone, false);
  const wants = decide(queuedTurn("i don't need a refund, i need a person", "human_agent"));
  assert.equal(wants.action, "handoff");
  assert.equal(wants.withdraws_handoff, undefined);
});

Deno.test("'english is fine' withdraws a handoff opened for their language, and no other", () => {
  const spanish = { ...OPEN, reason: "customer writes in Spanish" };
  const turn = (reason: typeof OPEN) => {
    const msg = queuedTurn("ok english is fine, cancel the shoes order please", "cancel_order");
    msg.session.open_handoff = reason;
    return withdrawalOf(msg);
  };
  assert.equal(turn(spanish)?.id, "ho-first");
  // A person asked for is not called off by the language they write in.
  assert.equal(turn(OPEN), null);
});

Deno.test("'ok in english then' and 'let's do it in english' withdraw the language's handoff", () => {
  const spanish = { ...OPEN, reason: "customer writes in Spanish" };
  for (
    const text of [
      "ok in english then - the vacuum never arrived, what are my options?",
      "let's do it in english",
    ]
  ) {
    const msg = queuedTurn(text, "delivery_problem");
    msg.session.open_handoff = spanish;
    assert.equal(withdrawalOf(msg)?.id, "ho-first", text);
  }
  const msg = queuedTurn("is there anyone who speaks english", "human_agent");
  msg.session.open_handoff = spanish;
  assert.equal(withdrawalOf(msg), null);
});

Deno.test("queued, a 'no' alone is no upset, a mood is (lead, eleventh session)", () => {
  const turn = (signals: string[], score: number) => {
    const t = queuedTurn("yeah no actually hold on, if it's coming this week i'll keep it", "deny");
    t.payload.sentiment = sentimentOf("negative", { signals, score });
    return t;
  };
  assert.equal(upsetTurn(turn(["negation"], -0.156)), false);
  assert.equal(upsetTurn(turn(["negation"], -0.5)), true);
  assert.equal(upsetTurn(turn([], -0.163)), true);
  assert.equal(upsetTurn(turn(["negation", "problem"], -0.2)), true);
  const d = decide(turn(["negation"], -0.156));
  assert.equal(d.action, "handoff");
  assert.equal(d.priority, OPEN.priority, "the queue's priority is not raised");
});

Deno.test("queued, 'the broken one first please' is served (a remedy offered), not queued again", () => {
  const text = "the broken one first please";
  const t = turnWith({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text, { confidence: 0.77 }),
    sentiment: sentimentOf("negative", { score: -0.38, is_complaint: true, signals: ["problem"] }),
    context: castContext("emma", { order: "ORD-3002" }),
    session: { open_handoff: { ...OPEN, priority: "high" }, turn: 2, pending_action: null },
  });
  assert.equal(whileQueued(t).join, false);
  const d = decide(t);
  assert.notEqual(d.action, "handoff", d.reasons.join("; "));
});

Deno.test("'come again?'', 'sorry wrong chat', 'no it's fine, bye' while queued join it without raising it", () => {
  for (
    const [text, intent] of [
      ["I didn't get that, sorry", "deny"],
      ["oops sorry wrong chat", "complaint"],
      ["no it's fine, bye", "small_talk"],
    ] as const
  ) {
    const q = queuedTurn(text, intent, { upset: true });
    assert.equal(whileQueued(q).calm, true, text);
    const d = decide(q);
    assert.equal(d.action, "handoff", text);
    assert.ok(!d.reasons.some((r) => /priority raised/.test(r)), d.reasons.join("; "));
  }
  // Upset words of its own still raise it.
  const upset = decide(
    queuedTurn("this is ridiculous, where is everyone", "complaint", { upset: true }),
  );
  assert.ok(upset.reasons.some((r) => /priority raised/.test(r)), upset.reasons.join("; "));
});
