/**
 * The aggregator over the real history database with group commit: what it guarantees
 * when it resolves (the turn is committed), with duplicates in flight, replays and a
 * failing session store.
 */
import assert from "node:assert/strict";
import { aggregatorActor, type AggregatorDeps } from "./aggregator.ts";
import type { ActorContext } from "../shared/actor.ts";
import { createMessage, Message } from "../shared/protocol.ts";
import { createLogger } from "../shared/log.ts";
import { HistoryDb } from "../shared/db/history.ts";
import type { SessionRecord } from "../shared/store/types.ts";

const NOW = new Date("2026-11-25T12:00:01Z");

function ctx(lines: string[] = []): ActorContext {
  return {
    signal: new AbortController().signal,
    log: createLogger({ sink: (line) => lines.push(line) }),
    now: () => NOW,
    deliveryCount: 1,
  };
}

/** A turn that reached the aggregator with a reply. */
function turn(id: string, channel: "http" | "replay" = "http"): Message {
  const m = createMessage({
    id,
    text: "Where is ORD-1001?",
    conversationId: "conv-1",
    customer: "sarah.chen@example.com",
    session: { session_id: "s-1" },
    channel,
    now: new Date("2026-11-25T12:00:00Z"),
  });
  return Message.parse({
    ...m,
    route: { ...m.route, current: m.route.steps.length - 1 },
    payload: {
      ...m.payload,
      response: { text: "It is on its way.", tone: "friendly", source: "template" },
    },
  });
}

/** The history database in a temporary folder, a second connection, and a session. */
async function world(): Promise<
  {
    db: HistoryDb;
    gateway: HistoryDb;
    session: () => SessionRecord;
    deps: (sessions?: Partial<AggregatorDeps["sessions"]>) => AggregatorDeps;
  } & AsyncDisposable
> {
  const dir = await Deno.makeTempDir({ prefix: "sm-aggregator-" });
  const db = await HistoryDb.open(`${dir}/history.db`);
  const gateway = await HistoryDb.open(`${dir}/history.db`);
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
    last_message_id: null,
    mode: "ai",
    open_handoff: null,
    dialogue: { focus: null, mentioned: [], unanswered: [] },
  };
  return {
    db,
    gateway,
    session: () => session,
    deps: (sessions = {}) => ({
      recordTurn: (m) => db.recordTurnGrouped(m),
      sessions: {
        updateSession: (_id: string, change: (s: SessionRecord) => SessionRecord | null) => {
          session = change(session) ?? session;
          return Promise.resolve(session);
        },
        ...sessions,
      },
    }),
    async [Symbol.asyncDispose]() {
      await db.close();
      await gateway.close();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

Deno.test("aggregator resolves once the turn is committed: another connection reads it", async () => {
  await using w = await world();
  const msg = turn("m1");
  const step = aggregatorActor.process(msg, w.deps(), ctx());
  assert.equal(await w.gateway.getTurn("m1"), null, "nothing is stored before the commit");
  const { enrichment } = await step;
  assert.equal(enrichment?.reply, "It is on its way.");
  assert.equal((await w.gateway.getTurn("m1"))?.payload.aggregation?.reply, "It is on its way.");
  assert.equal((await w.gateway.replyOf("m1"))?.text, "It is on its way.");
  assert.equal(w.session().turn, 1);
});

Deno.test("deliveries of one turn in flight together record it once and move the session on once", async () => {
  await using w = await world();
  const msg = turn("m1");
  const deps = w.deps();
  const results = await Promise.all([1, 2, 3].map(() => aggregatorActor.process(msg, deps, ctx())));
  assert.deepEqual(results.map((r) => r.enrichment?.reply), Array(3).fill("It is on its way."));
  assert.equal(w.session().turn, 1);
  assert.deepEqual((await w.gateway.listMessages("conv-1")).map((m) => m.role), [
    "customer",
    "assistant",
  ]);
  await aggregatorActor.process(msg, deps, ctx()); // a later redelivery
  assert.equal(w.session().turn, 1);
});

Deno.test("a replayed turn is recorded but does not move the session on", async () => {
  await using w = await world();
  await aggregatorActor.process(turn("r1", "replay"), w.deps(), ctx());
  assert.ok(await w.gateway.getTurn("r1"));
  assert.deepEqual(
    await w.gateway.listMessages("conv-1"),
    [],
    "not in the customer's conversation",
  );
  assert.equal(w.session().turn, 0);
});

Deno.test("a session store failure is logged, not thrown: the stored reply stands", async () => {
  await using w = await world();
  const lines: string[] = [];
  const deps = w.deps({ updateSession: () => Promise.reject(new Error("store down")) });
  const { enrichment } = await aggregatorActor.process(turn("m1"), deps, ctx(lines));
  assert.equal(enrichment?.stored, true);
  assert.ok(await w.gateway.getTurn("m1"));
  const warned = lines.map((l) => JSON.parse(l)).find((l) => l.level === "warn");
  assert.equal(warned?.msg, "Cannot move the session on");
});

Deno.test("the turn's record and the session's move run side by side; the reply waits for both", async () => {
  await using w = await world();
  const moving = Promise.withResolvers<void>();
  const base = w.deps();
  let recorded = false;
  const deps: AggregatorDeps = {
    // The record finishes only once the session's move has started: one after the other,
    // this would never resolve.
    recordTurn: async (m) => {
      await moving.promise;
      const r = await w.db.recordTurnGrouped(m);
      recorded = true;
      return r;
    },
    sessions: {
      updateSession: (id, change) => {
        moving.resolve();
        return base.sessions.updateSession(id, change);
      },
    },
  };
  await aggregatorActor.process(turn("m1"), deps, ctx());
  assert.ok(recorded);
  assert.equal(w.session().turn, 1);
  assert.equal(w.session().last_message_id, "m1");
});

Deno.test("a turn recorded before, whose session move was lost, moves the session on once", async () => {
  await using w = await world();
  await w.db.recordTurnGrouped(turn("m1")); // the first delivery stopped here
  assert.equal(w.session().turn, 0);
  await aggregatorActor.process(turn("m1"), w.deps(), ctx());
  assert.equal(w.session().turn, 1);
  await aggregatorActor.process(turn("m1"), w.deps(), ctx());
  assert.equal(w.session().turn, 1);
});
