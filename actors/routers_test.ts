/**
 * The two routers and the aggregator, as pure functions over hand-built messages.
 */
import assert from "node:assert/strict";
import { decide, decisionRouterActor } from "./decision_router.ts";
import { escalationRouterActor } from "./escalation_router.ts";
import { aggregate, aggregatorActor, finalReply } from "./aggregator.ts";
import {
  type ContextEnrichment,
  createMessage,
  type Handoff,
  type Intent,
  type IntentEnrichment,
  type Message,
  type SentimentEnrichment,
} from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import type { ActorContext } from "../shared/actor.ts";
import type { SessionRecord } from "../shared/store/types.ts";

const ctx = (): ActorContext => ({
  signal: new AbortController().signal,
  log: silentLogger,
  now: () => new Date("2026-11-25T12:00:01Z"),
  deliveryCount: 1,
});

function sentiment(over: Partial<SentimentEnrichment> = {}): SentimentEnrichment {
  return {
    label: "neutral",
    score: 0,
    urgency: "low",
    is_complaint: false,
    confidence: 0.8,
    signals: [],
    ...over,
  };
}

function intent(name: Intent, confidence = 0.9, orderIds: string[] = []): IntentEnrichment {
  return {
    intent: name,
    confidence,
    alternatives: [],
    source: "classifier",
    entities: {
      order_ids: orderIds,
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
  };
}

function context(over: Partial<ContextEnrichment> = {}): ContextEnrichment {
  return {
    guest: false,
    customer: {
      id: "CUST-0001",
      email: "sarah.chen@example.com",
      name: "Sarah Chen",
      tier: "gold",
    },
    orders: [],
    order: null,
    order_lookup: "none",
    tracking: null,
    history: [],
    risk: { level: "low", reasons: [] },
    summary: "Sarah Chen, gold",
    notes: [],
    cached: false,
    ...over,
  };
}

function turn(
  payload: Partial<Message["payload"]>,
  session: Partial<Message["session"]> = {},
): Message {
  const msg = createMessage({
    text: "hello",
    conversationId: "conv-1",
    customer: "sarah.chen@example.com",
    session: { session_id: "s-1", customer_id: "CUST-0001", ...session },
    now: new Date("2026-11-25T12:00:00Z"),
    id: "m-1",
  });
  return { ...msg, payload: { ...msg.payload, ...payload } };
}

Deno.test("decision router hands a critical message to a human at once", () => {
  const d = decide(turn({
    sentiment: sentiment({ label: "negative", urgency: "critical" }),
    intent: intent("refund_request"),
    context: context(),
  }));
  assert.equal(d.action, "handoff");
  assert.equal(d.priority, "urgent");
  assert.deepEqual(d.steps, ["response", "guardrail", "escalation_router", "aggregator"]);
  assert.match(d.reasons[0], /critical/);
});

Deno.test("decision router hands a negative vip to a human with high priority", () => {
  const d = decide(turn({
    sentiment: sentiment({ label: "negative", urgency: "medium" }),
    intent: intent("delivery_problem"),
    context: context({ customer: { id: "C3", email: "e", name: "Emma Wilson", tier: "vip" } }),
  }));
  assert.equal(d.action, "handoff");
  assert.equal(d.priority, "high");
});

Deno.test("decision router asks to clarify a low-confidence intent", () => {
  const d = decide(
    turn({ sentiment: sentiment(), intent: intent("modify_order", 0.2), context: context() }),
  );
  assert.equal(d.action, "clarify");
  assert.equal(d.include_execution, false);
});

Deno.test("decision router includes execution for actionable intents only", () => {
  const act = decide(
    turn({ sentiment: sentiment(), intent: intent("cancel_order"), context: context() }),
  );
  assert.equal(act.action, "act");
  assert.ok(act.steps.includes("execution"));
  const info = decide(
    turn({ sentiment: sentiment(), intent: intent("shipping_options"), context: context() }),
  );
  assert.equal(info.action, "answer");
  assert.ok(!info.steps.includes("execution"));
});

Deno.test("decision router asks a guest who they are before talking about an order", () => {
  const d = decide(turn({
    sentiment: sentiment(),
    intent: intent("order_status", 0.9, ["ORD-1001"]),
    context: context({ guest: true, customer: null }),
  }, { customer_id: null }));
  assert.equal(d.action, "identify");
});

Deno.test("decision router routes a yes to a pending change to execution", () => {
  const pending = {
    id: "p1",
    action: {
      type: "cancel_order" as const,
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    },
    proposed_in: "m-0",
    expires_at: "2026-11-25T13:00:00Z",
    summary: "cancel ORD-1003",
  };
  const d = decide(turn(
    { sentiment: sentiment(), intent: intent("affirm"), context: context() },
    { pending_action: pending },
  ));
  assert.equal(d.action, "act");
});

Deno.test("decision router does not act on another customer's order", () => {
  const d = decide(turn({
    sentiment: sentiment(),
    intent: intent("cancel_order", 0.9, ["ORD-2001"]),
    context: context({ order_lookup: "not_yours" }),
  }));
  assert.equal(d.action, "answer");
  assert.equal(d.include_execution, false);
});

Deno.test("decision router actor writes the route it decided", async () => {
  const msg = turn({ sentiment: sentiment(), intent: intent("order_status"), context: context() });
  const r = await decisionRouterActor.process(msg, undefined, ctx());
  assert.deepEqual(r.next, ["response", "guardrail", "aggregator"]);
});

function failedAt(actor: string, kind: "retryable" | "permanent", times: number): Message {
  const msg = turn({ sentiment: sentiment(), intent: intent("order_status") });
  const errors = Array.from({ length: times }, (_, i) => ({
    actor,
    kind,
    message: "Cannot reach the orders service",
    at: "2026-11-25T12:00:00Z",
    attempt: 4 + i,
  }));
  const history = errors.map(() => ({
    actor,
    outcome: "error" as const,
    started: "2026-11-25T12:00:00Z",
    ms: 5,
    attempt: 4,
  }));
  return {
    ...msg,
    errors,
    route: {
      ...msg.route,
      steps: ["sentiment", "intent", actor, "escalation_router", actor, "decision_router"],
      current: 3,
      history,
    },
  };
}

Deno.test("escalation router retries a retryable failure once more", async () => {
  const published: Handoff[] = [];
  const deps = {
    publishHandoff: (h: Handoff) => (published.push(h), Promise.resolve()),
    retryBaseMs: 1,
  };
  const r = await escalationRouterActor.process(failedAt("context", "retryable", 1), deps, ctx());
  assert.equal(r.enrichment, null);
  assert.deepEqual(r.next, ["context", "decision_router"]);
  assert.equal(published.length, 0);
});

Deno.test("escalation router answers with a fallback and a handoff after the limit", async () => {
  const published: Handoff[] = [];
  const deps = {
    publishHandoff: (h: Handoff) => (published.push(h), Promise.resolve()),
    retryBaseMs: 1,
  };
  const r = await escalationRouterActor.process(failedAt("context", "retryable", 2), deps, ctx());
  assert.deepEqual(r.next, ["aggregator"]);
  assert.equal(r.enrichment?.kind, "fallback");
  assert.equal(r.enrichment?.failed_actor, "context");
  assert.match(r.enrichment?.text ?? "", /support team/);
  assert.equal(published.length, 1);
  assert.equal(published[0].id, "ho-m-1");
  assert.equal(published[0].intent, "order_status");
});

Deno.test("escalation router does not retry a permanent failure", async () => {
  const published: Handoff[] = [];
  const deps = { publishHandoff: (h: Handoff) => (published.push(h), Promise.resolve()) };
  const r = await escalationRouterActor.process(failedAt("response", "permanent", 1), deps, ctx());
  assert.equal(r.enrichment?.kind, "fallback");
  assert.equal(published.length, 1);
});

Deno.test("aggregator picks the execution outcome, then the checked reply", () => {
  const base = turn({
    response: {
      text: "draft",
      tone: "neutral",
      proposed_actions: [],
      source: "template",
      template: null,
    },
    guardrail: { verdict: "pass", issues: [], text: "checked", injection_detected: false },
  });
  assert.equal(finalReply(base).reply, "checked");
  const done = {
    ...base,
    payload: { ...base.payload, execution: { results: [], pending: null, text: "cancelled" } },
  };
  assert.equal(finalReply(done).reply, "cancelled");
  const agg = aggregate(done, new Date("2026-11-25T12:00:00.250Z"));
  assert.equal(agg.total_ms, 250);
  assert.equal(agg.outcome, "answered");
});

Deno.test("aggregator records the turn and moves the session on once", async () => {
  const recorded: Message[] = [];
  let session: SessionRecord = {
    session_id: "s-1",
    customer_id: "CUST-0001",
    email: "sarah.chen@example.com",
    conversation_id: "conv-1",
    created_at: "2026-11-25T11:00:00Z",
    expires_at: "2026-11-26T11:00:00Z",
    last_order_id: null,
    last_intent: null,
    turn: 0,
    mode: "ai",
    open_handoff: null,
    dialogue: { focus: null, mentioned: [], unanswered: [] },
  };
  const deps = {
    // Like the history database: a second recording of one message id creates nothing.
    recordTurn: (m: Message) => ({
      created: !recorded.some((r) => r.id === m.id) && recorded.push(m) > 0,
    }),
    sessions: {
      updateSession: (_id: string, change: (s: SessionRecord) => SessionRecord | null) => {
        session = change(session) ?? session;
        return Promise.resolve(session);
      },
    },
  };
  const msg = turn({
    intent: intent("order_status", 0.9, ["ORD-1001"]),
    context: context({
      order_lookup: "found",
      order: {
        id: "ORD-1001",
        status: "shipped",
        placed_at: "2026-11-20T10:00:00Z",
        total: 10,
        currency: "USD",
        items: [],
        tracking_number: "TRK0000000001",
      },
    }),
  });
  await aggregatorActor.process(msg, deps, ctx());
  await aggregatorActor.process(msg, deps, ctx()); // a redelivery
  assert.equal(recorded.length, 1, "the redelivery records nothing new");
  assert.ok(recorded[0].payload.aggregation, "the recorded turn carries the aggregation");
  assert.equal(session.turn, 1, "the session moved on once");
  assert.equal(session.last_order_id, "ORD-1001");
  assert.equal(session.last_intent, "order_status");
});

Deno.test("decision router acts on a less certain order intent when their order is named", () => {
  const order = {
    id: "ORD-1003",
    status: "processing",
    placed_at: "2026-11-24T10:00:00Z",
    total: 192,
    currency: "USD",
    items: [],
    tracking_number: null,
  };
  const d = decide(turn({
    sentiment: sentiment(),
    intent: intent("modify_order", 0.4, ["ORD-1003"]),
    context: context({ order_lookup: "found", order }),
  }));
  assert.equal(d.action, "act");
  const vague = decide(turn({
    sentiment: sentiment(),
    intent: intent("modify_order", 0.4),
    context: context(),
  }));
  assert.equal(vague.action, "clarify");
});

Deno.test("decision router hands an upset, urgent complaint to a person", () => {
  const d = decide(turn({
    sentiment: sentiment({ label: "negative", urgency: "high", is_complaint: true }),
    intent: intent("complaint"),
    context: context(),
  }));
  assert.equal(d.action, "handoff");
  assert.equal(d.priority, "high");
});

Deno.test("decision router tells the status of an order named outright, however unsure the reading", () => {
  const order = {
    id: "ORD-2002",
    status: "pending",
    placed_at: "2026-11-24T10:00:00Z",
    total: 329,
    currency: "USD",
    items: [],
    tracking_number: null,
  };
  const named = decide(turn({
    sentiment: sentiment(),
    intent: intent("order_status", 0.22, ["ORD-2002"]),
    context: context({
      order_lookup: "found",
      order,
      focus: { order_id: "ORD-2002", why: "explicit" },
    }),
  }));
  assert.equal(named.action, "answer");
  // Only a status look-up: an unsure change is still asked about.
  const change = decide(turn({
    sentiment: sentiment(),
    intent: intent("cancel_order", 0.22, ["ORD-2002"]),
    context: context({
      order_lookup: "found",
      order,
      focus: { order_id: "ORD-2002", why: "explicit" },
    }),
  }));
  assert.equal(change.action, "clarify");
});
