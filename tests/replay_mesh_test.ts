/**
 * Replay through a real nats-server with test actors: a recorded turn runs through the
 * mesh again and is stored beside the original.
 */
import assert from "node:assert/strict";
import { ReplayError } from "../scripts/replay_lib.ts";
import { runReplay } from "../scripts/replay.ts";
import { createMessage, type EnrichmentKey, Message } from "../shared/protocol.ts";
import { decisionRouterActor } from "../actors/decision_router.ts";
import { aggregatorActor } from "../actors/aggregator.ts";
import type { ActorDef } from "../shared/actor.ts";
import { encodeMessage } from "../mesh/wire.ts";
import { HistoryDb } from "../shared/db/history.ts";
import { startMesh } from "./helpers/mesh.ts";
import { natsMissing } from "./helpers/nats.ts";

import {
  actTurn,
  CONTEXT,
  execution,
  guardrail,
  INTENT,
  response,
  SENTIMENT,
} from "./fixtures/replay_turns.ts";

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
