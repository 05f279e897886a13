/**
 * The history contract, part two (finished turns, group commit, analytics, retention):
 * every case runs against SQLite and a real PostgreSQL (see `tests/helpers/history.ts`).
 */
import assert from "node:assert/strict";
import type { Handoff } from "../protocol.ts";
import { clock, finished, historyContract, inbound, T0 } from "../../tests/helpers/history.ts";

const HOUR = 3_600_000;

historyContract("history turns", [
  {
    name: "recordTurn writes a turn once: a redelivery adds no rows",
    async fn(h) {
      await using db = await h.open();
      const msg = finished({ id: "m1", handoff: { priority: "high" } });
      await db.acceptInbound(inbound({ id: "m1" }));
      const first = await db.recordTurn(msg);
      assert.equal(first.created, true);
      assert.equal(first.reply?.seq, 2);
      assert.equal(first.reply?.role, "assistant");
      assert.deepEqual(first.reply?.meta.actions, [
        { type: "cancel_order", order_id: "ORD-1003", status: "done" },
      ]);
      const again = await db.recordTurn(msg);
      assert.equal(again.created, false);
      assert.deepEqual(again.reply, first.reply);
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => [m.seq, m.role]), [
        [1, "customer"],
        [2, "assistant"],
      ]);
      assert.equal((await db.listHandoffs()).length, 1);
      assert.equal((await db.conversation("conv-1"))?.status, "handoff");
      assert.equal((await db.inboxEntry("m1"))?.state, "answered");
      assert.deepEqual(await db.getTurn("m1"), msg);
      assert.equal(await db.getTurn("nope"), null);
      const a = await db.analytics();
      assert.equal(a.turns, 1);
      assert.equal(a.latency.per_actor.reduce((n, r) => n + r.count, 0), 3, "timings once");
    },
  },
  {
    name: "recordTurn stores the customer's words when the turn skipped the inbox",
    async fn(h) {
      await using db = await h.open();
      await db.recordTurn(finished({ id: "m1", text: "Cancel ORD-1003" }));
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => [m.role, m.text]), [
        ["customer", "Cancel ORD-1003"],
        ["assistant", "Reply to m1"],
      ]);
    },
  },
  {
    name: "a turn given up and answered late keeps its last-resort reply and is answered",
    async fn(h) {
      await using db = await h.open();
      await db.acceptInbound(inbound({ id: "m1", text: "Where is ORD-1001?" }));
      // What the gateway does when the mesh gives a turn up (recordFailedTurn).
      await db.markFailed("m1");
      await db.appendMessage({
        conversationId: "conv-1",
        role: "assistant",
        text: "Sorry, a person will answer you shortly.",
        messageId: "m1",
        dedupeKey: "m1:assistant",
      });
      const late = await db.recordTurn(finished({ id: "m1", text: "Where is ORD-1001?" }));
      assert.equal(late.created, true, "the audit trail keeps the late turn");
      assert.equal(late.reply?.text, "Sorry, a person will answer you shortly.");
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => [m.seq, m.role]), [
        [1, "customer"],
        [2, "assistant"],
      ]);
      assert.equal((await db.inboxEntry("m1"))?.state, "answered");
    },
  },
  {
    name: "analytics counts intents, resolution, handoffs, sentiment by hour and latency",
    async fn(h) {
      await using db = await h.open();
      const turns = [
        finished({
          id: "t1",
          conv: "c1",
          at: T0,
          intent: "order_status",
          sentiment: "positive",
          timings: [["intent", 10], ["context", 100]],
        }),
        finished({
          id: "t2",
          conv: "c1",
          at: T0 + 60_000,
          intent: "cancel_order",
          sentiment: "neutral",
          timings: [["intent", 20], ["context", 300, "error"]],
        }),
        finished({
          id: "t3",
          conv: "c2",
          at: T0 + HOUR,
          intent: "complaint",
          sentiment: "negative",
          handoff: {},
          timings: [["intent", 30]],
        }),
        finished({
          id: "t4",
          conv: "c3",
          at: T0 + HOUR,
          intent: "order_status",
          sentiment: "negative",
          timings: [["intent", 40]],
        }),
        finished({ id: "old", conv: "c0", at: T0 - 10 * HOUR, intent: "small_talk" }),
      ];
      for (const t of turns) await db.recordTurn(t);

      const a = await db.analytics({ since: new Date(T0) });
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

      const day = await db.analytics({ bucket: "day" });
      assert.equal(day.turns, 5);
      assert.deepEqual(day.sentiment_over_time.map((b) => [b.bucket, b.turns]), [[
        "2025-03-01",
        5,
      ]]);
      const until = await db.analytics({ until: new Date(T0) });
      assert.deepEqual([until.turns, until.by_intent], [1, [{ intent: "small_talk", count: 1 }]]);
      const none = await db.analytics({ since: "2030-01-01T00:00:00Z" });
      assert.deepEqual([none.turns, none.resolution.share, none.latency.turn.p95_ms], [
        0,
        null,
        null,
      ]);
    },
  },
  {
    name: "purgeOlderThan removes old conversations and all that belongs to them",
    async fn(h) {
      const c = clock();
      await using db = await h.open({ now: c.now });
      await db.acceptInbound(inbound({ id: "old", conv: "old" }));
      await db.recordTurn(finished({ id: "old", conv: "old" }));
      await db.recordTurn(finished({ id: "waiting", conv: "waiting", handoff: {} }));
      c.advance(40 * 86_400_000);
      await db.recordTurn(finished({ id: "new", conv: "new", at: c.now() }));
      assert.deepEqual(await db.purgeOlderThan(0), { conversations: 0, turns: 0, messages: 0 });
      assert.deepEqual(await db.purgeOlderThan(30), { conversations: 1, turns: 1, messages: 2 });
      assert.equal(await db.conversation("old"), null);
      assert.equal(await db.getTurn("old"), null);
      assert.equal(await db.inboxEntry("old"), null);
      assert.ok(await db.conversation("waiting"), "a queued handoff is kept");
      assert.ok(await db.conversation("new"));
      const a = await db.analytics();
      assert.equal(a.latency.per_actor.reduce((n, r) => n + r.count, 0), 6);
    },
  },
  {
    name: "recordTurn is one transaction: a failure part-way leaves nothing behind",
    async fn(h) {
      await using db = await h.open();
      await db.acceptInbound(inbound({ id: "m1" }));
      // A priority outside the schema breaks the handoff insert, the last write of the turn.
      const broken = finished({ id: "m1", handoff: { priority: "bogus" as Handoff["priority"] } });
      await assert.rejects(db.recordTurn(broken));
      assert.equal(await db.getTurn("m1"), null);
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => m.role), ["customer"]);
      assert.equal((await db.inboxEntry("m1"))?.state, "accepted");
      assert.equal((await db.analytics()).latency.per_actor.length, 0);
      assert.equal(
        (await db.recordTurn(finished({ id: "m1" }))).created,
        true,
        "a good retry succeeds",
      );
    },
  },
  {
    name:
      "recordTurnGrouped: turns and a duplicate in flight together, read by another connection once resolved",
    async fn(h) {
      await using db = await h.open();
      await using gateway = await h.open();
      await db.acceptInbound(inbound({ id: "m1" }));
      await db.acceptInbound(inbound({ id: "m2" }));
      const m1 = finished({ id: "m1" });
      const m2 = finished({ id: "m2", handoff: {} });
      const pending = [
        db.recordTurnGrouped(m1),
        db.recordTurnGrouped(m2),
        db.recordTurnGrouped(m1),
      ];
      assert.equal(await gateway.getTurn("m1"), null, "not stored before the group commits");
      const results = await Promise.all(pending);
      assert.deepEqual(results.map((r) => r.created), [true, true, false]);
      assert.deepEqual(results[2].reply, results[0].reply, "the duplicate reads the stored reply");
      assert.deepEqual(await gateway.getTurn("m1"), JSON.parse(JSON.stringify(m1)));
      assert.deepEqual(await gateway.replyOf("m2"), results[1].reply);
      // The recording connection answers from what it just wrote, then from the database:
      // both the same as another connection reads.
      assert.deepEqual(await db.replyOf("m2"), await gateway.replyOf("m2"));
      assert.deepEqual(await db.replyOf("m2"), await gateway.replyOf("m2"));
      assert.equal(await db.replyOf("nope"), null);
      assert.deepEqual(
        (await gateway.listMessages("conv-1")).map((m) => [m.seq, m.role, m.message_id]),
        [
          [1, "customer", "m1"],
          [2, "customer", "m2"],
          [3, "assistant", "m1"],
          [4, "assistant", "m2"],
        ],
      );
      assert.equal((await gateway.inboxEntry("m2"))?.state, "answered");
      assert.equal((await gateway.getHandoff("h-m2"))?.status, "queued");
      assert.equal((await db.recordTurnGrouped(m2)).created, false, "a later redelivery");
      assert.equal((await gateway.analytics()).turns, 2);
    },
  },
  {
    name: "recordTurnGrouped: a turn that cannot be stored fails alone",
    async fn(h) {
      await using db = await h.open();
      const broken = finished({ id: "bad", handoff: { priority: "bogus" as Handoff["priority"] } });
      const [good, bad] = await Promise.allSettled([
        db.recordTurnGrouped(finished({ id: "good" })),
        db.recordTurnGrouped(broken),
      ]);
      assert.equal(good.status, "fulfilled");
      assert.equal(bad.status, "rejected");
      assert.ok(await db.getTurn("good"));
      assert.equal(await db.getTurn("bad"), null);
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => m.message_id), [
        "good",
        "good",
      ]);
    },
  },
  {
    name: "recordTurnGrouped: many turns of many conversations in flight get gapless seqs",
    async fn(h) {
      await using db = await h.open();
      await using other = await h.open();
      const turns = Array.from(
        { length: 60 },
        (_, i) => finished({ id: `t${i}`, conv: `c${i % 3}` }),
      );
      const results = await Promise.all(
        turns.map((t, i) => (i % 2 ? db : other).recordTurnGrouped(t)),
      );
      assert.ok(results.every((r) => r.created));
      for (const conv of ["c0", "c1", "c2"]) {
        const seqs = (await db.listMessages(conv)).map((m) => m.seq);
        assert.deepEqual(seqs, Array.from({ length: 40 }, (_, i) => i + 1), conv);
        assert.equal((await db.conversation(conv))?.last_seq, 40);
      }
      assert.equal((await db.analytics()).turns, 60);
    },
  },
  {
    name: "closing the database commits the turns waiting for their group",
    async fn(h) {
      const db = await h.open();
      const waiting = db.recordTurnGrouped(finished({ id: "m1" }));
      const closing = db.close();
      assert.equal((await waiting).created, true);
      await closing;
      await assert.rejects(db.recordTurnGrouped(finished({ id: "m2" })), /closed/);
      await using again = await h.open();
      assert.ok(await again.getTurn("m1"));
    },
  },
  {
    name: "recordTurn reopens a closed conversation and fills in a missing session",
    async fn(h) {
      await using db = await h.open();
      await db.appendMessage({
        conversationId: "conv-1",
        role: "system",
        text: "Opened by an agent",
      });
      const closed = await db.updateConversation("conv-1", { status: "closed" });
      assert.equal(closed?.session_id, null);
      const { reply } = await db.recordTurn(finished({ id: "m1" }));
      const conv = await db.conversation("conv-1");
      assert.deepEqual([conv?.status, conv?.session_id, conv?.customer, conv?.last_seq], [
        "open",
        "sess-1",
        "sarah.chen@example.com",
        3,
      ]);
      assert.equal(reply?.seq, 3);
      assert.deepEqual(await db.listMessages("conv-1", 2), [reply]);
    },
  },
  {
    name: "a replayed turn is kept in the audit trail only, not in the conversation",
    async fn(h) {
      await using db = await h.open();
      const original = finished({ id: "m1" });
      await db.recordTurn(original);
      const replay = finished({ id: "m1-replay-1" });
      replay.payload.customer_message.channel = "replay";
      assert.deepEqual(await db.recordTurn(replay), { created: true, reply: null });
      assert.equal((await db.getTurn("m1-replay-1"))?.id, "m1-replay-1");
      assert.deepEqual((await db.listMessages("conv-1")).map((m) => m.message_id), ["m1", "m1"]);
      assert.equal((await db.analytics()).turns, 2);
    },
  },
]);
