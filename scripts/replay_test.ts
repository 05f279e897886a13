/**
 * Replay: the envelope rebuilt from a recorded turn (what is kept, what is dropped, the
 * route from the chosen step, execution left out), the comparison with the original, the
 * command line, and whole replays through a real nats-server with test actors.
 */
import assert from "node:assert/strict";
import {
  compareTurns,
  continueAfterDecision,
  ENRICHMENT_KEY,
  formatDiff,
  rebuildForReplay,
  ReplayError,
} from "./replay_lib.ts";
import { parseArgs, runReplay } from "./replay.ts";
import {
  ACTOR_NAMES,
  type ContextEnrichment,
  createMessage,
  type EnrichmentKey,
  ENRICHMENTS,
  type ExecutionEnrichment,
  type GuardrailEnrichment,
  type HistoryEntry,
  type IntentEnrichment,
  type MeshError,
  Message,
  type ResponseEnrichment,
  type SentimentEnrichment,
} from "../shared/protocol.ts";
import { decide } from "../actors/decision_router.ts";
import { decisionRouterActor } from "../actors/decision_router.ts";
import { aggregatorActor } from "../actors/aggregator.ts";
import type { ActorDef } from "../actors/types.ts";
import { encodeMessage } from "../actors/runtime.ts";
import { HistoryDb } from "../shared/db/history.ts";
import { startMesh } from "../tests/helpers/mesh.ts";
import { natsMissing } from "../tests/helpers/nats.ts";

const NOW = new Date("2025-03-01T12:00:00.000Z");
const REPLY_TO = "mesh.reply.replay-test";

const SENTIMENT: SentimentEnrichment = {
  label: "negative",
  score: -0.4,
  urgency: "medium",
  is_complaint: false,
  confidence: 0.8,
  signals: [],
};
const INTENT: IntentEnrichment = {
  intent: "cancel_order",
  confidence: 0.9,
  alternatives: [],
  entities: {
    order_ids: ["ORD-1003"],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
  },
  source: "classifier",
};
const CONTEXT: ContextEnrichment = {
  guest: false,
  customer: { id: "CUST-0001", email: "sarah.chen@example.com", name: "Sarah Chen", tier: "gold" },
  orders: [],
  order: null,
  order_lookup: "found",
  tracking: null,
  history: [],
  risk: { level: "low", reasons: [] },
  summary: "Gold customer asking about ORD-1003",
  notes: [],
  cached: false,
};

function response(version: string): ResponseEnrichment {
  return {
    text: `I can cancel ORD-1003 for you. Shall I go ahead? (${version})`,
    tone: "friendly",
    proposed_actions: [
      { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
    ],
    source: "template",
    template: null,
  };
}

function guardrail(text: string): GuardrailEnrichment {
  return { verdict: "pass", issues: [], text, injection_detected: false };
}

function execution(id: string): ExecutionEnrichment {
  return {
    results: [{
      type: "cancel_order",
      order_id: "ORD-1003",
      status: "proposed",
      detail: "Waiting for the customer's yes",
      idempotency_key: `${id}:cancel_order`,
      data: {},
    }],
    pending: null,
    text: null,
  };
}

function entry(actor: string, ms: number, outcome: HistoryEntry["outcome"] = "ok"): HistoryEntry {
  return { actor, outcome, started: NOW.toISOString(), ms, attempt: 1 };
}

function error(actor: string, kind: MeshError["kind"] = "permanent"): MeshError {
  return { actor, kind, message: `${actor} broke`, at: NOW.toISOString(), attempt: 1 };
}

/** A recorded "act" turn: the whole default route ran, execution proposed a cancellation. */
function actTurn(): Message {
  const base = createMessage({
    id: "turn-1",
    text: "Please cancel ORD-1003",
    conversationId: "conv-1",
    customer: "sarah.chen@example.com",
    session: { session_id: "sess-1", customer_id: "CUST-0001", email: "sarah.chen@example.com" },
    replyTo: "mesh.reply.gw-1",
    now: new Date(NOW.getTime() - 60_000),
    traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
  });
  const withEarly = {
    ...base,
    payload: { ...base.payload, sentiment: SENTIMENT, intent: INTENT, context: CONTEXT },
  };
  const decision = decide(withEarly);
  const r = response("v1");
  return Message.parse({
    ...withEarly,
    route: {
      ...base.route,
      steps: ["sentiment", "intent", "context", "decision_router", ...decision.steps],
      current: 8,
      history: [
        entry("sentiment", 2),
        entry("intent", 3),
        entry("context", 12),
        entry("decision_router", 0.1),
        entry("response", 1.5),
        entry("guardrail", 0.7),
        entry("execution", 20),
        entry("aggregator", 1),
      ],
    },
    payload: {
      ...withEarly.payload,
      decision,
      response: r,
      guardrail: guardrail(r.text),
      execution: execution(base.id),
      aggregation: {
        reply: r.text,
        outcome: "answered",
        actors: [],
        total_ms: 45,
        stored: true,
      },
    },
  });
}

/**
 * A turn whose context failed once (retried by the escalation router), then whose
 * response failed for good: the escalation router answered with a fallback.
 */
function failedTurn(): Message {
  const t = actTurn();
  const { response: _r, guardrail: _g, execution: _e, ...early } = t.payload;
  return Message.parse({
    ...t,
    route: {
      ...t.route,
      steps: [
        "sentiment",
        "intent",
        "context",
        "escalation_router",
        "context",
        "decision_router",
        "response",
        "escalation_router",
        "aggregator",
      ],
      current: 9,
      history: [
        entry("sentiment", 2),
        entry("intent", 3),
        entry("context", 1500, "error"),
        entry("escalation_router", 500),
        entry("context", 10),
        entry("decision_router", 0.1),
        entry("response", 4000, "error"),
        entry("escalation_router", 2),
        entry("aggregator", 1),
      ],
    },
    payload: {
      ...early,
      escalation: {
        kind: "fallback",
        reason: "response failed (permanent): response broke",
        failed_actor: "response",
        attempts: 1,
        text: "Sorry, a person will reply.",
        handoff: null,
      },
      aggregation: {
        reply: "Sorry, a person will reply.",
        outcome: "fallback",
        actors: [],
        total_ms: 6100,
        stored: true,
      },
    },
    errors: [error("context", "retryable"), error("response")],
  });
}

function rebuild(m: Message, from?: string, allowActions = false) {
  return rebuildForReplay(m, from, { n: 1, replyTo: REPLY_TO, allowActions, now: NOW });
}

function payloadKeys(m: Message): string[] {
  return Object.keys(m.payload).filter((k) => k !== "customer_message").sort();
}

// ---------------------------------------------------------------------------------------
// rebuildForReplay

Deno.test("every actor maps to the payload key its enrichment has", () => {
  assert.deepEqual(Object.keys(ENRICHMENT_KEY), [...ACTOR_NAMES]);
  for (const key of Object.values(ENRICHMENT_KEY)) assert.ok(key in ENRICHMENTS, key);
  assert.equal(ENRICHMENT_KEY.decision_router, "decision");
  assert.equal(ENRICHMENT_KEY.escalation_router, "escalation");
  assert.equal(ENRICHMENT_KEY.aggregator, "aggregation");
});

Deno.test("a replay from the start keeps only the customer's message, session and conversation", () => {
  const original = actTurn();
  const plan = rebuild(original);
  const m = plan.message;
  assert.equal(plan.from, "sentiment");
  assert.equal(m.id, "turn-1-replay-1");
  assert.equal(m.conversation_id, original.conversation_id);
  assert.equal(m.customer, original.customer);
  assert.deepEqual(m.session, original.session);
  assert.equal(m.payload.customer_message.text, "Please cancel ORD-1003");
  assert.equal(m.payload.customer_message.channel, "replay");
  assert.deepEqual(payloadKeys(m), []);
  assert.deepEqual(plan.kept, []);
  assert.deepEqual(
    [...plan.dropped].sort(),
    [
      "aggregation",
      "context",
      "decision",
      "execution",
      "guardrail",
      "intent",
      "response",
      "sentiment",
    ],
  );
  assert.deepEqual(m.route.history, []);
  assert.equal(m.route.current, 0);
  assert.equal(m.attempt, 1);
  assert.equal(m.reply_to, REPLY_TO);
  assert.equal(m.created_at, NOW.toISOString());
  assert.equal(m.traceparent, null, "a replay is a trace of its own");
  assert.deepEqual(m.errors, []);
  // The decision router would plan execution again: the first leg stops before it.
  assert.equal(plan.decideLocally, true);
  assert.deepEqual(m.route.steps, ["sentiment", "intent", "context"]);
  assert.equal(m.route.error_handler, "escalation_router");
});

Deno.test("a replay from the response keeps what ran before and leaves execution out", () => {
  const original = actTurn();
  const plan = rebuild(original, "response");
  const m = plan.message;
  assert.deepEqual(plan.kept, ["sentiment", "intent", "context", "decision"]);
  assert.deepEqual(plan.dropped, ["response", "guardrail", "execution", "aggregation"]);
  assert.deepEqual(payloadKeys(m), ["context", "decision", "intent", "sentiment"]);
  assert.deepEqual(m.payload.decision, original.payload.decision);
  assert.deepEqual(m.route.history, original.route.history.slice(0, 4));
  assert.deepEqual(m.route.steps, [
    "sentiment",
    "intent",
    "context",
    "decision_router",
    "response",
    "guardrail",
    "aggregator",
  ]);
  assert.equal(m.route.current, 4);
  assert.equal(plan.skippedExecution, true);
  assert.equal(plan.decideLocally, false);
  assert.doesNotThrow(() => Message.parse(m));
});

Deno.test("with --allow-actions the route keeps execution and the decision router re-plans on the mesh", () => {
  const original = actTurn();
  const fromResponse = rebuild(original, "response", true);
  assert.deepEqual(fromResponse.message.route.steps.slice(4), [
    "response",
    "guardrail",
    "execution",
    "aggregator",
  ]);
  assert.equal(fromResponse.skippedExecution, false);
  const fromStart = rebuild(original, undefined, true);
  assert.equal(fromStart.decideLocally, false);
  assert.deepEqual(fromStart.message.route.steps, [
    "sentiment",
    "intent",
    "context",
    "decision_router",
  ]);
});

Deno.test("a replay from execution needs --allow-actions and then keeps the reply", () => {
  const original = actTurn();
  assert.throws(() => rebuild(original, "execution"), (err: unknown) => {
    assert.ok(err instanceof ReplayError);
    assert.match(err.message, /--allow-actions/);
    return true;
  });
  const plan = rebuild(original, "execution", true);
  assert.deepEqual(plan.kept, [
    "sentiment",
    "intent",
    "context",
    "decision",
    "response",
    "guardrail",
  ]);
  assert.deepEqual(plan.dropped, ["execution", "aggregation"]);
  assert.deepEqual(plan.message.route.steps.slice(plan.message.route.current), [
    "execution",
    "aggregator",
  ]);
});

Deno.test("a replay from a step that did not run, or from no actor, is refused", () => {
  const answered = actTurn();
  assert.throws(() => rebuild(answered, "escalation_router"), /did not run in that turn \(ran: /);
  assert.throws(() => rebuild(answered, "spellcheck"), /not an actor/);
});

Deno.test("a replay from the decision router decides in the replay and leaves execution out", () => {
  const original = actTurn();
  const plan = rebuild(original, "decision_router");
  const m = plan.message;
  assert.equal(plan.decideLocally, false);
  assert.equal(plan.skippedExecution, true);
  assert.deepEqual(plan.kept, ["sentiment", "intent", "context"]);
  assert.deepEqual(m.payload.decision, original.payload.decision, "decide() is deterministic");
  assert.deepEqual(m.route.steps, [
    "sentiment",
    "intent",
    "context",
    "decision_router",
    "response",
    "guardrail",
    "aggregator",
  ]);
  assert.equal(m.route.current, 4);
  assert.equal(m.route.history.at(-1)!.actor, "decision_router");
  assert.equal(m.route.history.at(-1)!.started, NOW.toISOString());
});

Deno.test("a replay of a failed turn follows the planned route, not the error detour", () => {
  const original = failedTurn();
  const plan = rebuild(original, "response");
  const m = plan.message;
  // Before the cut: the context failure, its retry by the escalation router, and its error.
  assert.deepEqual(m.route.history.map((h) => h.actor), [
    "sentiment",
    "intent",
    "context",
    "escalation_router",
    "context",
    "decision_router",
  ]);
  assert.deepEqual(m.errors.map((e) => e.actor), ["context"]);
  assert.deepEqual(m.route.steps.slice(m.route.current), ["response", "guardrail", "aggregator"]);
  // The escalation router ran before and after the cut: its enrichment (the fallback) goes.
  assert.deepEqual(plan.kept, ["sentiment", "intent", "context", "decision"]);
  assert.deepEqual(plan.dropped, ["escalation", "aggregation"]);
  assert.equal(m.payload.escalation, undefined);
});

Deno.test("a replay from a step that ran twice starts at its first run", () => {
  const plan = rebuild(failedTurn(), "context");
  const m = plan.message;
  assert.deepEqual(m.route.history.map((h) => h.actor), ["sentiment", "intent"]);
  assert.deepEqual(m.errors, []);
  assert.deepEqual(m.route.steps, ["sentiment", "intent", "context"]);
  assert.equal(m.route.current, 2);
  assert.equal(plan.decideLocally, true);
  assert.deepEqual(plan.kept, ["sentiment", "intent"]);
});

Deno.test("the rebuilt envelope never carries a key an actor still to run would write", () => {
  for (const original of [actTurn(), failedTurn()]) {
    for (const h of original.route.history) {
      if (h.actor === "execution") continue;
      const { message } = rebuild(original, h.actor);
      const toRun = message.route.steps.slice(message.route.current);
      for (const actor of toRun) {
        const key = ENRICHMENT_KEY[actor as keyof typeof ENRICHMENT_KEY];
        assert.equal(message.payload[key], undefined, `from ${h.actor}: ${key} is set`);
      }
      assert.equal(message.route.history.length, message.route.current);
    }
  }
});

Deno.test("a replay carries its own trace context, never the original's", () => {
  const original = actTurn();
  assert.ok(original.traceparent);
  const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  const plan = rebuildForReplay(original, "response", {
    n: 1,
    replyTo: REPLY_TO,
    now: NOW,
    traceparent,
  });
  assert.equal(plan.message.traceparent, traceparent);
  assert.equal(rebuild(original, "response").message.traceparent, null);
});

Deno.test("the replay number goes into the id", () => {
  const plan = rebuildForReplay(actTurn(), "response", { n: 3, replyTo: REPLY_TO, now: NOW });
  assert.equal(plan.message.id, "turn-1-replay-3");
});

Deno.test("continueAfterDecision routes on from the decision without execution", () => {
  const leg1 = rebuild(actTurn()).message;
  // As the first leg comes back: sentiment, intent and context ran, the route is done.
  const back = Message.parse({
    ...leg1,
    route: {
      ...leg1.route,
      current: 3,
      history: [entry("sentiment", 1), entry("intent", 1), entry("context", 1)],
    },
    payload: { ...leg1.payload, sentiment: SENTIMENT, intent: INTENT, context: CONTEXT },
  });
  const { message, skippedExecution } = continueAfterDecision(back, { now: NOW });
  assert.equal(skippedExecution, true);
  assert.equal(message.payload.decision?.action, "act");
  assert.deepEqual(message.route.steps, [
    "sentiment",
    "intent",
    "context",
    "decision_router",
    "response",
    "guardrail",
    "aggregator",
  ]);
  assert.equal(message.route.current, 4);
  assert.equal(message.route.history.length, 4);
});

// ---------------------------------------------------------------------------------------
// The comparison and the command line

Deno.test("compareTurns shows the changed reply and each actor's time in both runs", () => {
  const original = actTurn();
  const plan = rebuild(original, "response");
  const r = response("v2");
  const replay = Message.parse({
    ...plan.message,
    route: {
      ...plan.message.route,
      current: 7,
      history: [...plan.message.route.history, entry("response", 2.5), entry("aggregator", 1)],
    },
    payload: {
      ...plan.message.payload,
      response: r,
      aggregation: { reply: r.text, outcome: "answered", actors: [], total_ms: 5, stored: true },
    },
  });
  const diff = compareTurns(original, replay, plan.message.route.history.length);
  assert.equal(diff.reply.changed, true);
  assert.match(diff.reply.replay!, /\(v2\)$/);
  assert.deepEqual(diff.outcome, { original: "answered", replay: "answered" });
  const row = (a: string) => diff.timings.find((t) => t.actor === a);
  assert.deepEqual(row("context"), { actor: "context", original: 12, replay: "kept" });
  assert.deepEqual(row("response"), { actor: "response", original: 1.5, replay: 2.5 });
  assert.deepEqual(row("guardrail"), { actor: "guardrail", original: 0.7, replay: null });
  assert.deepEqual(diff.totalMs, { original: 45, replay: 5 });
  const text = formatDiff(original.id, replay.id, diff);
  assert.match(text, /replay turn-1-replay-1 of turn-1/);
  assert.match(text, /- "I can cancel ORD-1003 for you\. Shall I go ahead\? \(v1\)"/);
  assert.match(text, /\+ ".*\(v2\)"/);
  assert.match(text, /context\s+12 ms\s+kept/);
  assert.match(text, /guardrail\s+0\.7 ms\s+—/);
});

Deno.test("the command line takes an id, --from, --allow-actions and --dry-run", () => {
  assert.deepEqual(parseArgs(["m-1"]), { id: "m-1", allowActions: false, dryRun: false });
  assert.deepEqual(parseArgs(["m-1", "--from", "response", "--allow-actions"]), {
    id: "m-1",
    from: "response",
    allowActions: true,
    dryRun: false,
  });
  assert.equal(parseArgs(["--from=intent", "m-1", "--dry-run"])?.from, "intent");
  assert.equal(parseArgs([]), null);
  assert.equal(parseArgs(["m-1", "m-2"]), null);
  assert.equal(parseArgs(["m-1", "--from"]), null);
  assert.equal(parseArgs(["m-1", "--bogus"]), null);
});

// ---------------------------------------------------------------------------------------
// Through a real nats-server

/** Test actors standing in for the NLU, context, response, guardrail and execution. */
function testActors(calls: Record<string, number>, version: { response: string }) {
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  const fake = <K extends EnrichmentKey>(
    name: string,
    key: K,
    value: (m: Message) => unknown,
  ): ActorDef<K> => ({
    name,
    key,
    process(m) {
      count(name);
      return { enrichment: value(m) as never };
    },
  });
  return [
    fake("sentiment", "sentiment", () => SENTIMENT),
    fake("intent", "intent", () => INTENT),
    fake("context", "context", () => CONTEXT),
    fake("response", "response", () => response(version.response)),
    fake("guardrail", "guardrail", (m) => guardrail(m.payload.response!.text)),
    fake("execution", "execution", (m) => execution(m.id)),
  ];
}

Deno.test({
  name: "replay runs a recorded turn through the mesh again and stores it beside the original",
  ignore: natsMissing(),
  async fn() {
    await using mesh = await startMesh("jetstream");
    using history = await HistoryDb.open(":memory:");
    const calls: Record<string, number> = {};
    const version = { response: "v1" };
    for (const actor of testActors(calls, version)) await mesh.run(actor);
    await mesh.run(decisionRouterActor);
    const sessions = {
      getSession: () => Promise.resolve(null),
      putSession: () => Promise.resolve(),
      updateSession: () => Promise.resolve(null),
      claim: () => Promise.resolve(true),
    };
    await mesh.run(aggregatorActor, {
      recordTurn: (m: Message) => history.recordTurn(m),
      sessions,
    });

    // The original turn, as the gateway would send it.
    const first = createMessage({
      text: "Please cancel ORD-1003",
      conversationId: "conv-replay",
      customer: "sarah.chen@example.com",
      session: { session_id: "sess-1", customer_id: "CUST-0001", email: "sarah.chen@example.com" },
      replyTo: "mesh.reply.test",
    });
    await mesh.bus.publish("sentiment", encodeMessage(first), { msgId: `${first.id}:0:1` });
    const done = await mesh.waitReply(first.id);
    assert.equal(done.message.payload.decision?.action, "act");
    assert.ok(await history.getTurn(first.id), "the aggregator recorded the original");
    assert.equal(calls.execution, 1);

    // From the response, with a new response: execution is left out.
    version.response = "v2";
    const progress: string[] = [];
    const r1 = await runReplay({
      bus: mesh.bus,
      history,
      messageId: first.id,
      from: "response",
      onProgress: (actor) => progress.push(actor),
    });
    assert.equal(r1.replay.id, `${first.id}-replay-1`);
    assert.equal(r1.failed, false);
    assert.equal(r1.skippedExecution, true);
    assert.equal(calls.execution, 1, "execution did not run again");
    assert.equal(calls.sentiment, 1, "steps before --from did not run again");
    // The aggregator's progress may come after its reply, when the replay has stopped listening.
    assert.deepEqual(progress.filter((a) => a !== "aggregator"), ["response", "guardrail"]);
    assert.equal(r1.diff.reply.changed, true);
    assert.match(r1.replay.payload.aggregation!.reply, /\(v2\)$/);
    assert.deepEqual(r1.replay.payload.decision, done.message.payload.decision);
    const stored = await history.getTurn(r1.replay.id);
    assert.ok(stored, "the replay is stored under its own id");
    assert.equal(stored.conversation_id, "conv-replay");
    assert.ok(await history.getTurn(first.id), "the original is still there");
    const notes = (await history.listMessages("conv-replay")).filter((m) => m.role === "system");
    assert.equal(notes.length, 1);
    assert.deepEqual(notes[0].meta, { replay_of: first.id, from: "response" });
    assert.equal(notes[0].message_id, r1.replay.id);

    // From the start: two legs around the decision, still without execution.
    const r2 = await runReplay({ bus: mesh.bus, history, messageId: first.id });
    assert.equal(r2.replay.id, `${first.id}-replay-2`);
    assert.equal(calls.sentiment, 2);
    assert.equal(calls.execution, 1);
    assert.equal(r2.skippedExecution, true);
    assert.deepEqual(r2.replay.route.history.map((h) => h.actor), [
      "sentiment",
      "intent",
      "context",
      "decision_router",
      "response",
      "guardrail",
      "aggregator",
    ]);

    // With --allow-actions execution runs, under the replay's own keys.
    const r3 = await runReplay({
      bus: mesh.bus,
      history,
      messageId: first.id,
      from: "response",
      allowActions: true,
    });
    assert.equal(calls.execution, 2);
    assert.equal(r3.skippedExecution, false);
    assert.equal(
      r3.replay.payload.execution?.results[0].idempotency_key,
      `${first.id}-replay-3:cancel_order`,
    );

    // A replay of a replay, and an unknown id.
    const r4 = await runReplay({
      bus: mesh.bus,
      history,
      messageId: r1.replay.id,
      from: "guardrail",
    });
    assert.equal(r4.replay.id, `${first.id}-replay-1-replay-1`);
    await assert.rejects(
      runReplay({ bus: mesh.bus, history, messageId: "nope" }),
      /no recorded turn has that id/,
    );
  },
});

Deno.test({
  name: "replay gives up with a clear error when the step's actor does not answer",
  ignore: natsMissing(),
  async fn() {
    await using mesh = await startMesh("jetstream");
    using history = await HistoryDb.open(":memory:");
    await history.recordTurn(actTurn());
    // No actors run on this mesh.
    await assert.rejects(
      runReplay({ bus: mesh.bus, history, messageId: "turn-1", from: "guardrail", timeoutMs: 300 }),
      (err: unknown) => {
        assert.ok(err instanceof ReplayError);
        assert.match(err.message, /no reply within the time allowed.*guardrail/);
        return true;
      },
    );
    assert.equal(await history.getTurn("turn-1-replay-1"), null, "nothing stored");
  },
});
