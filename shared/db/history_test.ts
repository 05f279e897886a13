import assert from "node:assert/strict";
import { createMessage, type Handoff, type Message } from "../protocol.ts";
import { HistoryDb } from "./history.ts";
import { DatabaseSync } from "node:sqlite";
import { PermanentError } from "../errors.ts";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.ts";

const T0 = Date.parse("2025-03-01T10:00:00.000Z");

/** A clock tests move by hand. */
function clock(start = T0) {
  let t = start;
  return { now: () => t, set: (ms: number) => (t = ms), advance: (ms: number) => (t += ms) };
}

interface TurnOpts {
  id: string;
  conv?: string;
  session?: string | null;
  clientId?: string | null;
  at?: number;
  text?: string;
  intent?: "order_status" | "cancel_order" | "complaint" | "small_talk";
  sentiment?: "negative" | "neutral" | "positive";
  outcome?: "answered" | "clarify" | "handoff" | "fallback";
  handoff?: Partial<Handoff> | null;
  timings?: [string, number, ("ok" | "error")?][];
}

/** An accepted turn as the gateway builds it. */
function inbound(o: TurnOpts): Message {
  return createMessage({
    id: o.id,
    text: o.text ?? "Where is ORD-1001?",
    conversationId: o.conv ?? "conv-1",
    customer: "sarah.chen@example.com",
    session: { session_id: o.session === undefined ? "sess-1" : o.session },
    clientId: o.clientId ?? null,
    now: new Date(o.at ?? T0),
  });
}

/** The same turn as the aggregator finishes it. */
function finished(o: TurnOpts): Message {
  const m = inbound(o);
  const at = o.at ?? T0;
  const timings = o.timings ?? [["sentiment", 2], ["intent", 5], ["aggregator", 1]];
  const handoff: Handoff | null = o.handoff === null || o.handoff === undefined ? null : {
    id: `h-${o.id}`,
    conversation_id: m.conversation_id,
    message_id: m.id,
    session_id: m.session.session_id,
    customer: m.customer,
    priority: "normal",
    reason: "vip and negative",
    summary: "Lost parcel",
    sentiment: "negative",
    urgency: "high",
    intent: "complaint",
    draft_reply: "We are on it.",
    created_at: new Date(at).toISOString(),
    ...o.handoff,
  };
  const score = { negative: -0.6, neutral: 0, positive: 0.7 }[o.sentiment ?? "neutral"];
  return {
    ...m,
    route: {
      ...m.route,
      history: timings.map(([actor, ms, outcome]) => ({
        actor,
        ms,
        outcome: outcome ?? "ok",
        attempt: 1,
        started: new Date(at).toISOString(),
      })),
    },
    payload: {
      ...m.payload,
      sentiment: {
        label: o.sentiment ?? "neutral",
        score,
        urgency: "low",
        is_complaint: false,
        confidence: 0.9,
        signals: [],
      },
      intent: {
        intent: o.intent ?? "order_status",
        confidence: 0.9,
        alternatives: [],
        entities: {
          order_ids: [],
          tracking_numbers: [],
          emails: [],
          amounts: [],
          dates: [],
          quantities: [],
          products: [],
        },
        source: "classifier",
      },
      execution: {
        results: [{
          type: "cancel_order",
          order_id: "ORD-1003",
          status: "done",
          detail: "Cancelled",
          idempotency_key: `${o.id}:cancel_order`,
          data: {},
        }],
        pending: null,
        text: null,
      },
      escalation: handoff
        ? { kind: "handoff", reason: "vip", failed_actor: null, attempts: 0, text: "x", handoff }
        : undefined,
      aggregation: {
        reply: `Reply to ${o.id}`,
        outcome: o.outcome ?? (handoff ? "handoff" : "answered"),
        actors: [],
        total_ms: timings.reduce((s, [, ms]) => s + ms, 0),
        stored: true,
      },
    },
  };
}

function count(db: HistoryDb, conv = "conv-1"): number {
  return db.listMessages(conv).length;
}

Deno.test("migrations run once and reopening a file database keeps its data", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    const path = `${dir}/sub/history.db`;
    {
      using db = await HistoryDb.open(path);
      assert.equal(db.schemaVersion(), SCHEMA_VERSION);
      db.acceptInbound(inbound({ id: "m1" }));
    }
    using db = await HistoryDb.open(path);
    assert.equal(db.schemaVersion(), SCHEMA_VERSION);
    assert.equal(db.inboxEntry("m1")?.state, "accepted");
    assert.equal(db.ping(), true);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a database from a newer build is refused; each migration is recorded once", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    const path = `${dir}/history.db`;
    (await HistoryDb.open(path)).close();
    (await HistoryDb.open(path)).close();
    {
      using raw = rawDb(path);
      const rows = raw.prepare("SELECT version FROM schema_version ORDER BY version").all();
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
      assert.equal(raw.prepare("PRAGMA journal_mode").get()?.journal_mode, "wal");
      raw.prepare("INSERT INTO schema_version VALUES (?, 'future', 'x')").run(SCHEMA_VERSION + 1);
    }
    await assert.rejects(HistoryDb.open(path), PermanentError);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("two connections to one file share sequence numbers without gaps", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    using a = await HistoryDb.open(`${dir}/history.db`);
    using b = await HistoryDb.open(`${dir}/history.db`);
    for (let i = 0; i < 5; i++) {
      a.appendMessage({ conversationId: "c", role: "agent", text: `a${i}` });
      b.appendMessage({ conversationId: "c", role: "system", text: `b${i}` });
    }
    assert.deepEqual(a.listMessages("c").map((m) => m.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(b.listMessages("c", 8).map((m) => m.text), ["a4", "b4"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

function rawDb(path: string): DatabaseSync & Disposable {
  const db = new DatabaseSync(path);
  return Object.assign(db, { [Symbol.dispose]: () => db.close() });
}

Deno.test("acceptInboundGrouped: turns accepted together share a commit, retries still dedupe", async () => {
  using db = await HistoryDb.open(":memory:");
  const results = await Promise.all([
    db.acceptInboundGrouped(inbound({ id: "g1", clientId: "c-1" })),
    db.acceptInboundGrouped(inbound({ id: "g1-retry", clientId: "c-1" })),
    db.acceptInboundGrouped(inbound({ id: "g2", clientId: "c-2" })),
  ]);
  assert.deepEqual(results.map((r) => [r.created, r.message_id, r.seq]), [
    [true, "g1", 1],
    [false, "g1", 1],
    [true, "g2", 2],
  ]);
  assert.equal(db.inboxEntry("g2")?.state, "accepted", "committed by the time it resolved");
  assert.equal(count(db), 2);
});

Deno.test("acceptInbound is idempotent by message id and by session + client id", async () => {
  using db = await HistoryDb.open(":memory:");
  const first = db.acceptInbound(inbound({ id: "m1", clientId: "c-1" }));
  assert.deepEqual(first, { created: true, message_id: "m1", state: "accepted", seq: 1 });
  assert.equal(db.acceptInbound(inbound({ id: "m1", clientId: "c-1" })).created, false);
  const retry = db.acceptInbound(inbound({ id: "m1-retry", clientId: "c-1" }));
  assert.deepEqual(retry, { created: false, message_id: "m1", state: "accepted", seq: 1 });
  // The same client id in another session is another turn.
  assert.equal(
    db.acceptInbound(inbound({ id: "m2", clientId: "c-1", session: "s2" })).created,
    true,
  );
  assert.equal(count(db), 2);
  assert.equal(db.conversation("conv-1")?.session_id, "sess-1");
});

Deno.test("pendingInbox lists accepted, unanswered turns older than the threshold", async () => {
  const c = clock();
  using db = await HistoryDb.open(":memory:", { now: c.now });
  db.acceptInbound(inbound({ id: "old", at: T0 - 60_000 }));
  db.acceptInbound(inbound({ id: "answered", at: T0 - 60_000 }));
  db.acceptInbound(inbound({ id: "failed", at: T0 - 60_000 }));
  db.acceptInbound(inbound({ id: "fresh", at: T0 - 1_000 }));
  db.recordTurn(finished({ id: "answered", at: T0 - 60_000 }));
  assert.equal(db.markFailed("failed"), true);
  const pending = db.pendingInbox(10_000);
  assert.deepEqual(pending.map((p) => p.message_id), ["old"]);
  assert.equal(pending[0].envelope.payload.customer_message.text, "Where is ORD-1001?");
  assert.equal(pending[0].envelope.id, "old");
  assert.equal(db.noteRecovery("old"), 2);
  c.advance(10_000);
  assert.deepEqual(db.pendingInbox(10_000).map((p) => p.message_id), ["old", "fresh"]);
  assert.equal(db.markAnswered("old"), true);
  assert.deepEqual(db.pendingInbox(0).map((p) => p.message_id), ["fresh"]);
});

Deno.test("recordTurn writes a turn once: a redelivery adds no rows", async () => {
  using db = await HistoryDb.open(":memory:");
  const msg = finished({ id: "m1", handoff: { priority: "high" } });
  db.acceptInbound(inbound({ id: "m1" }));
  const first = db.recordTurn(msg);
  assert.equal(first.created, true);
  assert.equal(first.reply?.seq, 2);
  assert.equal(first.reply?.role, "assistant");
  assert.deepEqual(first.reply?.meta.actions, [
    { type: "cancel_order", order_id: "ORD-1003", status: "done" },
  ]);
  const again = db.recordTurn(msg);
  assert.equal(again.created, false);
  assert.deepEqual(again.reply, first.reply);
  assert.deepEqual(db.listMessages("conv-1").map((m) => [m.seq, m.role]), [
    [1, "customer"],
    [2, "assistant"],
  ]);
  assert.equal(db.listHandoffs().length, 1);
  assert.equal(db.conversation("conv-1")?.status, "handoff");
  assert.equal(db.inboxEntry("m1")?.state, "answered");
  assert.deepEqual(db.getTurn("m1"), msg);
  assert.equal(db.getTurn("nope"), null);
  const a = db.analytics();
  assert.equal(a.turns, 1);
  assert.equal(a.latency.per_actor.reduce((n, r) => n + r.count, 0), 3, "timings once");
});

Deno.test("recordTurn stores the customer's words when the turn skipped the inbox", async () => {
  using db = await HistoryDb.open(":memory:");
  db.recordTurn(finished({ id: "m1", text: "Cancel ORD-1003" }));
  assert.deepEqual(db.listMessages("conv-1").map((m) => [m.role, m.text]), [
    ["customer", "Cancel ORD-1003"],
    ["assistant", "Reply to m1"],
  ]);
});

Deno.test("listMessages returns what came after last_seen, in order", async () => {
  using db = await HistoryDb.open(":memory:");
  for (const id of ["m1", "m2"]) {
    db.acceptInbound(inbound({ id }));
    db.recordTurn(finished({ id }));
  }
  const agent = { conversationId: "conv-1", role: "agent" as const, text: "Hi, Dana here" };
  assert.equal(db.appendMessage({ ...agent, dedupeKey: "agent-1" }).seq, 5);
  assert.equal(db.appendMessage({ ...agent, dedupeKey: "agent-1" }).seq, 5, "deduplicated");
  db.appendMessage({ conversationId: "conv-1", role: "system", text: "Agent joined" });
  const after = db.listMessages("conv-1", 3);
  assert.deepEqual(after.map((m) => [m.seq, m.role]), [
    [4, "assistant"],
    [5, "agent"],
    [6, "system"],
  ]);
  assert.deepEqual(db.listMessages("conv-1", 6), []);
  assert.equal(db.conversation("conv-1")?.last_seq, 6);
  assert.equal(db.conversationsOfSession("sess-1").length, 1);
});

Deno.test("handoffs are listed by priority then age and follow the agent's actions", async () => {
  const c = clock();
  using db = await HistoryDb.open(":memory:", { now: c.now });
  const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
  const turn = (id: string, priority: Handoff["priority"], min: number) =>
    db.recordTurn(finished({ id, conv: `conv-${id}`, handoff: { priority, created_at: at(min) } }));
  turn("a", "normal", 0);
  turn("b", "urgent", 5);
  turn("c", "normal", -5);
  turn("d", "high", 1);
  assert.deepEqual(db.listHandoffs({ status: "queued" }).map((h) => h.id), [
    "h-b",
    "h-d",
    "h-c",
    "h-a",
  ]);
  const claimed = db.updateHandoff("h-b", {
    status: "claimed",
    assigned_to: "dana",
    ifStatus: "queued",
  });
  assert.equal(claimed?.assigned_to, "dana");
  assert.equal(
    db.updateHandoff("h-b", { status: "claimed", ifStatus: "queued" }),
    null,
    "claimed once",
  );
  assert.equal(db.conversation("conv-b")?.mode, "human");
  db.updateHandoff("h-b", { status: "returned" });
  assert.deepEqual(
    [db.conversation("conv-b")?.status, db.conversation("conv-b")?.mode],
    ["open", "ai"],
  );
  db.updateHandoff("h-d", { status: "closed" });
  assert.equal(db.conversation("conv-d")?.status, "closed");
  assert.deepEqual(db.listHandoffs({ status: ["queued"] }).map((h) => h.id), ["h-c", "h-a"]);
  // The same handoff from the handoff stream refreshes it and keeps its state.
  const fromStream = db.getHandoff("h-b")!;
  assert.equal(
    db.upsertHandoff({
      ...fromStream,
      priority: "high",
      urgency: null,
      sentiment: null,
      intent: null,
    }),
    false,
  );
  assert.deepEqual([db.getHandoff("h-b")?.priority, db.getHandoff("h-b")?.status], [
    "high",
    "returned",
  ]);
  assert.equal(db.updateHandoff("nope", { status: "closed" }), null);
});

Deno.test("analytics counts intents, resolution, handoffs, sentiment by hour and latency", async () => {
  using db = await HistoryDb.open(":memory:");
  const hour = 3_600_000;
  db.recordTurn(
    finished({
      id: "t1",
      conv: "c1",
      at: T0,
      intent: "order_status",
      sentiment: "positive",
      timings: [["intent", 10], ["context", 100]],
    }),
  );
  db.recordTurn(
    finished({
      id: "t2",
      conv: "c1",
      at: T0 + 60_000,
      intent: "cancel_order",
      sentiment: "neutral",
      timings: [["intent", 20], ["context", 300, "error"]],
    }),
  );
  db.recordTurn(
    finished({
      id: "t3",
      conv: "c2",
      at: T0 + hour,
      intent: "complaint",
      sentiment: "negative",
      handoff: {},
      timings: [["intent", 30]],
    }),
  );
  db.recordTurn(
    finished({
      id: "t4",
      conv: "c3",
      at: T0 + hour,
      intent: "order_status",
      sentiment: "negative",
      timings: [["intent", 40]],
    }),
  );
  db.recordTurn(finished({ id: "old", conv: "c0", at: T0 - 10 * hour, intent: "small_talk" }));

  const a = db.analytics({ since: new Date(T0) });
  assert.equal(a.turns, 4);
  assert.deepEqual(a.by_intent, [
    { intent: "order_status", count: 2 },
    { intent: "cancel_order", count: 1 },
    { intent: "complaint", count: 1 },
  ]);
  assert.deepEqual(a.by_outcome, [{ outcome: "answered", count: 3 }, {
    outcome: "handoff",
    count: 1,
  }]);
  assert.deepEqual(a.resolution, { conversations: 3, without_human: 2, share: 2 / 3 });
  assert.equal(a.handoffs.total, 1);
  assert.equal(a.handoffs.by_status.queued, 1);
  assert.deepEqual(a.sentiment_over_time, [
    {
      bucket: "2025-03-01T10:00:00.000Z",
      turns: 2,
      negative: 0,
      neutral: 1,
      positive: 1,
      avg_score: 0.35,
    },
    {
      bucket: "2025-03-01T11:00:00.000Z",
      turns: 2,
      negative: 2,
      neutral: 0,
      positive: 0,
      avg_score: -0.6,
    },
  ]);
  const intent = a.latency.per_actor.find((r) => r.actor === "intent")!;
  assert.deepEqual(intent, {
    actor: "intent",
    errors: 0,
    count: 4,
    avg_ms: 25,
    p50_ms: 20,
    p95_ms: 40,
  });
  const context = a.latency.per_actor.find((r) => r.actor === "context")!;
  assert.deepEqual([context.count, context.errors, context.p95_ms], [2, 1, 300]);
  assert.deepEqual(a.latency.turn, { count: 4, avg_ms: 125, p50_ms: 40, p95_ms: 320 });

  const day = db.analytics({ bucket: "day" });
  assert.equal(day.turns, 5);
  assert.deepEqual(day.sentiment_over_time.map((b) => [b.bucket, b.turns]), [["2025-03-01", 5]]);
  const none = db.analytics({ since: "2030-01-01T00:00:00Z" });
  assert.deepEqual([none.turns, none.resolution.share, none.latency.turn.p95_ms], [0, null, null]);
});

Deno.test("purgeOlderThan removes old conversations and all that belongs to them", async () => {
  const c = clock();
  using db = await HistoryDb.open(":memory:", { now: c.now });
  db.acceptInbound(inbound({ id: "old", conv: "old" }));
  db.recordTurn(finished({ id: "old", conv: "old" }));
  db.recordTurn(finished({ id: "waiting", conv: "waiting", handoff: {} }));
  c.advance(40 * 86_400_000);
  db.recordTurn(finished({ id: "new", conv: "new", at: c.now() }));
  assert.deepEqual(db.purgeOlderThan(0), { conversations: 0, turns: 0, messages: 0 });
  assert.deepEqual(db.purgeOlderThan(30), { conversations: 1, turns: 1, messages: 2 });
  assert.equal(db.conversation("old"), null);
  assert.equal(db.getTurn("old"), null);
  assert.equal(db.inboxEntry("old"), null);
  assert.ok(db.conversation("waiting"), "a queued handoff is kept");
  assert.ok(db.conversation("new"));
  assert.equal(db.analytics().latency.per_actor.reduce((n, r) => n + r.count, 0), 6);
});

Deno.test("recordTurn is one transaction: a failure part-way leaves nothing behind", async () => {
  using db = await HistoryDb.open(":memory:");
  db.acceptInbound(inbound({ id: "m1" }));
  // A priority outside the schema breaks the handoff insert, the last write of the turn.
  const broken = finished({ id: "m1", handoff: { priority: "bogus" as Handoff["priority"] } });
  assert.throws(() => db.recordTurn(broken));
  assert.equal(db.getTurn("m1"), null);
  assert.deepEqual(db.listMessages("conv-1").map((m) => m.role), ["customer"]);
  assert.equal(db.inboxEntry("m1")?.state, "accepted");
  assert.equal(db.analytics().latency.per_actor.length, 0);
  assert.equal(db.recordTurn(finished({ id: "m1" })).created, true, "a good retry succeeds");
});

Deno.test("recordTurnGrouped: turns and a duplicate in flight together, read by another connection once resolved", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    using db = await HistoryDb.open(`${dir}/history.db`);
    using gateway = await HistoryDb.open(`${dir}/history.db`);
    db.acceptInbound(inbound({ id: "m1" }));
    db.acceptInbound(inbound({ id: "m2" }));
    const m1 = finished({ id: "m1" });
    const m2 = finished({ id: "m2", handoff: {} });
    const pending = [db.recordTurnGrouped(m1), db.recordTurnGrouped(m2), db.recordTurnGrouped(m1)];
    assert.equal(gateway.getTurn("m1"), null, "not stored before the group commits");
    const results = await Promise.all(pending);
    assert.deepEqual(results.map((r) => r.created), [true, true, false]);
    assert.deepEqual(results[2].reply, results[0].reply, "the duplicate reads the stored reply");
    assert.deepEqual(gateway.getTurn("m1"), JSON.parse(JSON.stringify(m1)));
    assert.deepEqual(gateway.replyOf("m2"), results[1].reply);
    assert.deepEqual(gateway.listMessages("conv-1").map((m) => [m.seq, m.role, m.message_id]), [
      [1, "customer", "m1"],
      [2, "customer", "m2"],
      [3, "assistant", "m1"],
      [4, "assistant", "m2"],
    ]);
    assert.equal(gateway.inboxEntry("m2")?.state, "answered");
    assert.equal(gateway.getHandoff("h-m2")?.status, "queued");
    assert.equal((await db.recordTurnGrouped(m2)).created, false, "a later redelivery");
    assert.equal(gateway.analytics().turns, 2);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("recordTurnGrouped: a turn that cannot be stored fails alone", async () => {
  using db = await HistoryDb.open(":memory:");
  const broken = finished({ id: "bad", handoff: { priority: "bogus" as Handoff["priority"] } });
  const [good, bad] = await Promise.allSettled([
    db.recordTurnGrouped(finished({ id: "good" })),
    db.recordTurnGrouped(broken),
  ]);
  assert.equal(good.status, "fulfilled");
  assert.equal(bad.status, "rejected");
  assert.ok(db.getTurn("good"));
  assert.equal(db.getTurn("bad"), null);
  assert.deepEqual(db.listMessages("conv-1").map((m) => m.message_id), ["good", "good"]);
});

Deno.test("closing the database commits the turns waiting for their group", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    const path = `${dir}/history.db`;
    const db = await HistoryDb.open(path);
    const waiting = db.recordTurnGrouped(finished({ id: "m1" }));
    db.close();
    assert.equal((await waiting).created, true);
    await assert.rejects(db.recordTurnGrouped(finished({ id: "m2" })), /closed/);
    using again = await HistoryDb.open(path);
    assert.ok(again.getTurn("m1"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("recordTurn reopens a closed conversation and fills in a missing session", async () => {
  using db = await HistoryDb.open(":memory:");
  db.appendMessage({ conversationId: "conv-1", role: "system", text: "Opened by an agent" });
  assert.equal(db.updateConversation("conv-1", { status: "closed" })?.session_id, null);
  const { reply } = db.recordTurn(finished({ id: "m1" }));
  const conv = db.conversation("conv-1");
  assert.deepEqual([conv?.status, conv?.session_id, conv?.customer, conv?.last_seq], [
    "open",
    "sess-1",
    "sarah.chen@example.com",
    3,
  ]);
  assert.equal(reply?.seq, 3);
  assert.deepEqual(db.listMessages("conv-1", 2), [reply]);
});

Deno.test("migration 2 moves the actor timings of existing turns into the turn rows", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    const path = `${dir}/history.db`;
    {
      using raw = rawDb(path);
      raw.exec(`CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
      raw.exec(MIGRATIONS[0].sql);
      raw.prepare("INSERT INTO schema_version VALUES (1, 'v1', 'x')").run();
      const at = new Date(T0).toISOString();
      raw.prepare(
        `INSERT INTO turns (message_id, conversation_id, created_at, recorded_at, total_ms,
           envelope) VALUES ('old', 'c0', ?, ?, 12, '{}')`,
      ).run(at, at);
      const timing = raw.prepare(
        `INSERT INTO actor_timings (message_id, idx, actor, outcome, ms, attempt, started)
         VALUES ('old', ?, ?, ?, ?, 1, ?)`,
      );
      timing.run(1, "context", "error", 9, at);
      timing.run(0, "intent", "ok", 3, at);
    }
    using db = await HistoryDb.open(path);
    assert.equal(db.schemaVersion(), SCHEMA_VERSION);
    const per = db.analytics().latency.per_actor;
    assert.deepEqual(per.map((r) => [r.actor, r.count, r.errors, r.avg_ms]), [
      ["context", 1, 1, 9],
      ["intent", 1, 0, 3],
    ]);
    using raw = rawDb(path);
    const timings = raw.prepare("SELECT timings FROM turns WHERE message_id = 'old'").get();
    assert.deepEqual(JSON.parse(String(timings?.timings)), [
      ["intent", "ok", 3, 1, new Date(T0).toISOString()],
      ["context", "error", 9, 1, new Date(T0).toISOString()],
    ]);
    assert.equal(
      raw.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'actor_timings'").get()
        ?.n,
      0,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
