/**
 * Replay: the envelope rebuilt from a recorded turn (what is kept, what is dropped, the
 * route from the chosen step, execution left out), the comparison with the original and
 * the command line. Whole replays through a real nats-server: tests/replay_mesh_test.ts.
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
import { parseArgs } from "./replay.ts";
import { ACTOR_NAMES, ENRICHMENTS, Message } from "../shared/protocol.ts";

import {
  actTurn,
  CONTEXT,
  entry,
  failedTurn,
  INTENT,
  NOW,
  payloadKeys,
  rebuild,
  REPLY_TO,
  response,
  SENTIMENT,
} from "../tests/fixtures/replay_turns.ts";

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
