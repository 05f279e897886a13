/**
 * The history contract, part one (schema, inbox, messages, handoffs): every case runs
 * against SQLite and a real PostgreSQL (see `tests/helpers/history.ts`).
 */
import assert from "node:assert/strict";
import type { Handoff } from "../protocol.ts";
import { PermanentError } from "../errors.ts";
import { MIGRATIONS } from "./migrations.ts";
import { PG_MIGRATIONS } from "./postgres/migrations.ts";
import type { History } from "./types.ts";
import { clock, finished, historyContract, inbound, T0 } from "../../tests/helpers/history.ts";

async function count(db: History, conv = "conv-1"): Promise<number> {
  return (await db.listMessages(conv)).length;
}

historyContract("history", [
  {
    name: "migrations run once and reopening a database keeps its data",
    async fn(h) {
      {
        await using db = await h.open();
        assert.equal(await db.schemaVersion(), h.schemaVersion);
        await db.acceptInbound(inbound({ id: "m1" }));
      }
      await using db = await h.open();
      assert.equal(await db.schemaVersion(), h.schemaVersion);
      assert.equal((await db.inboxEntry("m1"))?.state, "accepted");
      assert.equal(await db.ping(), true);
    },
  },
  {
    name: "a database from a newer build is refused; each migration is recorded once",
    async fn(h) {
      await (await h.open()).close();
      await (await h.open()).close();
      const all = h.kind === "sqlite" ? MIGRATIONS : PG_MIGRATIONS;
      assert.deepEqual(await h.recordedVersions(), all.map((m) => m.version));
      await h.addFutureVersion();
      await assert.rejects(h.open(), PermanentError);
    },
  },
  {
    name: "processes opening a new database at once migrate it once",
    async fn(h) {
      const opened = await Promise.all([h.open(), h.open(), h.open()]);
      for (const db of opened) await db.close();
      const all = h.kind === "sqlite" ? MIGRATIONS : PG_MIGRATIONS;
      assert.deepEqual(await h.recordedVersions(), all.map((m) => m.version));
    },
  },
  {
    name: "two connections to one database share sequence numbers without gaps",
    async fn(h) {
      await using a = await h.open();
      await using b = await h.open();
      for (let i = 0; i < 5; i++) {
        await a.appendMessage({ conversationId: "c", role: "agent", text: `a${i}` });
        await b.appendMessage({ conversationId: "c", role: "system", text: `b${i}` });
      }
      assert.deepEqual(
        (await a.listMessages("c")).map((m) => m.seq),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
      assert.deepEqual((await b.listMessages("c", 8)).map((m) => m.text), ["a4", "b4"]);
    },
  },
  {
    name: "appends from two connections at once take distinct, gapless seqs",
    async fn(h) {
      await using a = await h.open();
      await using b = await h.open();
      const writes = Array.from(
        { length: 20 },
        (_, i) =>
          (i % 2 ? a : b).appendMessage({ conversationId: "c", role: "agent", text: `m${i}` }),
      );
      const seqs = (await Promise.all(writes)).map((m) => m.seq).sort((x, y) => x - y);
      assert.deepEqual(seqs, Array.from({ length: 20 }, (_, i) => i + 1));
      assert.equal((await a.conversation("c"))?.last_seq, 20);
    },
  },
  {
    name: "acceptInboundGrouped: turns accepted together share a commit, retries still dedupe",
    async fn(h) {
      await using db = await h.open();
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
      assert.equal(
        (await db.inboxEntry("g2"))?.state,
        "accepted",
        "committed by the time it resolved",
      );
      assert.equal(await count(db), 2);
    },
  },
  {
    name: "acceptInbound is idempotent by message id and by session + client id",
    async fn(h) {
      await using db = await h.open();
      const first = await db.acceptInbound(inbound({ id: "m1", clientId: "c-1" }));
      assert.deepEqual(first, { created: true, message_id: "m1", state: "accepted", seq: 1 });
      assert.equal((await db.acceptInbound(inbound({ id: "m1", clientId: "c-1" }))).created, false);
      const retry = await db.acceptInbound(inbound({ id: "m1-retry", clientId: "c-1" }));
      assert.deepEqual(retry, { created: false, message_id: "m1", state: "accepted", seq: 1 });
      // The same client id in another session is another turn.
      assert.equal(
        (await db.acceptInbound(inbound({ id: "m2", clientId: "c-1", session: "s2" }))).created,
        true,
      );
      assert.equal(await count(db), 2);
      assert.equal((await db.conversation("conv-1"))?.session_id, "sess-1");
    },
  },
  {
    name: "pendingInbox lists accepted, unanswered turns older than the threshold",
    async fn(h) {
      const c = clock();
      await using db = await h.open({ now: c.now });
      await db.acceptInbound(inbound({ id: "old", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "answered", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "failed", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "fresh", at: T0 - 1_000 }));
      await db.recordTurn(finished({ id: "answered", at: T0 - 60_000 }));
      assert.equal(await db.markFailed("failed"), true);
      const pending = await db.pendingInbox(10_000);
      assert.deepEqual(pending.map((p) => p.message_id), ["old"]);
      assert.equal(pending[0].envelope.payload.customer_message.text, "Where is ORD-1001?");
      assert.equal(pending[0].envelope.id, "old");
      assert.equal(await db.noteRecovery("old"), 2);
      c.advance(10_000);
      assert.deepEqual((await db.pendingInbox(10_000)).map((p) => p.message_id), ["old", "fresh"]);
      assert.equal(await db.markAnswered("old"), true);
      assert.deepEqual((await db.pendingInbox(0)).map((p) => p.message_id), ["fresh"]);
    },
  },
  {
    name: "claimPending gives each stranded turn to one sweeper until its claim runs out",
    async fn(h) {
      const c = clock();
      await using db = await h.open({ now: c.now });
      await db.acceptInbound(inbound({ id: "b", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "a", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "answered", at: T0 - 60_000 }));
      await db.acceptInbound(inbound({ id: "fresh", at: T0 - 1_000 }));
      await db.recordTurn(finished({ id: "answered", at: T0 - 60_000 }));
      const claim = (owner: string) =>
        db.claimPending({ olderThanMs: 10_000, owner, leaseMs: 30_000 });
      const [one, two] = await Promise.all([claim("gw-1"), claim("gw-2")]);
      const ids = (es: { message_id: string }[]) => es.map((e) => e.message_id);
      assert.deepEqual([...ids(one), ...ids(two)].sort(), ["a", "b"], "each turn claimed once");
      assert.ok(ids(one).length === 0 || ids(two).length === 0, "one sweeper took both");
      assert.deepEqual(ids(one.length ? one : two), ["a", "b"], "oldest first, then by id");
      c.advance(29_000);
      assert.deepEqual(ids(await claim("gw-2")), ["fresh"], "held claims are left alone");
      c.advance(2_000);
      assert.deepEqual(ids(await claim("gw-2")), ["a", "b"], "an expired claim is taken over");
      assert.equal(await db.markAnswered("a"), true);
      c.advance(31_000);
      assert.deepEqual(ids(await claim("gw-1")), ["b", "fresh"]);
    },
  },
  {
    name: "listMessages returns what came after last_seen, in order",
    async fn(h) {
      await using db = await h.open();
      for (const id of ["m1", "m2"]) {
        await db.acceptInbound(inbound({ id }));
        await db.recordTurn(finished({ id }));
      }
      const agent = { conversationId: "conv-1", role: "agent" as const, text: "Hi, Dana here" };
      assert.equal((await db.appendMessage({ ...agent, dedupeKey: "agent-1" })).seq, 5);
      assert.equal(
        (await db.appendMessage({ ...agent, dedupeKey: "agent-1" })).seq,
        5,
        "deduplicated",
      );
      await db.appendMessage({ conversationId: "conv-1", role: "system", text: "Agent joined" });
      const after = await db.listMessages("conv-1", 3);
      assert.deepEqual(after.map((m) => [m.seq, m.role]), [
        [4, "assistant"],
        [5, "agent"],
        [6, "system"],
      ]);
      assert.deepEqual(await db.listMessages("conv-1", 6), []);
      assert.equal((await db.conversation("conv-1"))?.last_seq, 6);
      assert.equal((await db.conversationsOfSession("sess-1")).length, 1);
    },
  },
  {
    name: "handoffs are listed by priority then age and follow the agent's actions",
    async fn(h) {
      const c = clock();
      await using db = await h.open({ now: c.now });
      const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
      const turn = (id: string, priority: Handoff["priority"], min: number) =>
        db.recordTurn(
          finished({ id, conv: `conv-${id}`, handoff: { priority, created_at: at(min) } }),
        );
      await turn("a", "normal", 0);
      await turn("b", "urgent", 5);
      await turn("c", "normal", -5);
      await turn("d", "high", 1);
      assert.deepEqual((await db.listHandoffs({ status: "queued" })).map((h) => h.id), [
        "h-b",
        "h-d",
        "h-c",
        "h-a",
      ]);
      assert.deepEqual(
        await Promise.all(["h-b", "h-d", "h-c", "h-a", "h-none"].map((id) => db.queuePlace(id))),
        [1, 2, 3, 4, null],
        "each one's place, in the list's order",
      );
      const claimed = await db.updateHandoff("h-b", {
        status: "claimed",
        assigned_to: "dana",
        ifStatus: "queued",
      });
      assert.equal(claimed?.assigned_to, "dana");
      assert.equal(
        await db.updateHandoff("h-b", { status: "claimed", ifStatus: "queued" }),
        null,
        "claimed once",
      );
      assert.equal((await db.conversation("conv-b"))?.mode, "human");
      await db.updateHandoff("h-b", { status: "returned" });
      const back = await db.conversation("conv-b");
      assert.deepEqual([back?.status, back?.mode], ["open", "ai"]);
      await db.updateHandoff("h-d", { status: "closed" });
      assert.equal((await db.conversation("conv-d"))?.status, "closed");
      assert.deepEqual((await db.listHandoffs({ status: ["queued"] })).map((h) => h.id), [
        "h-c",
        "h-a",
      ]);
      assert.deepEqual(
        await Promise.all(["h-b", "h-d", "h-c", "h-a"].map((id) => db.queuePlace(id))),
        [null, null, 1, 2],
        "claimed and closed ones have no place; the rest move up",
      );
      // The same handoff from the handoff stream refreshes it and keeps its state.
      const fromStream = (await db.getHandoff("h-b"))!;
      assert.equal(
        await db.upsertHandoff({
          ...fromStream,
          priority: "high",
          reason: "a handoff is open: this turn joins it",
          urgency: null,
          sentiment: null,
          intent: null,
        }),
        false,
      );
      const after = await db.getHandoff("h-b");
      assert.deepEqual([after?.priority, after?.status], ["high", "returned"]);
      assert.equal(after?.reason, fromStream.reason, "the reason it was opened for stays");
      assert.equal(await db.updateHandoff("nope", { status: "closed" }), null);
    },
  },
  {
    name: "a queued handoff the customer withdraws leaves the queue with their words",
    async fn(h) {
      await using db = await h.open({ now: clock().now });
      await db.recordTurn(finished({ id: "m1", handoff: {} }));
      await db.recordTurn(finished({ id: "m2", handoff: {}, conv: "conv-2" }));
      await db.updateHandoff("h-m2", { status: "claimed", assigned_to: "dana" });
      const withdrawing = (id: string, conv: string, of: string) => {
        const m = finished({ id, conv });
        return {
          ...m,
          payload: {
            ...m.payload,
            decision: {
              action: "answer" as const,
              priority: "normal" as const,
              include_execution: false,
              steps: [],
              reasons: [],
              withdraws_handoff: { id: of, note: "never mind, I sorted it", alone: true },
            },
          },
        };
      };
      await db.recordTurn(withdrawing("m3", "conv-1", "h-m1"));
      const gone = await db.getHandoff("h-m1");
      assert.equal(gone?.status, "withdrawn");
      assert.match(gone?.summary ?? "", /Withdrawn by the customer: "never mind, I sorted it"$/);
      assert.equal(await db.queuePlace("h-m1"), null);
      assert.deepEqual((await db.listHandoffs({ status: "queued" })).map((x) => x.id), []);
      const conv = await db.conversation("conv-1");
      assert.deepEqual([conv?.status, conv?.mode], ["open", "ai"]);
      // One an agent has claimed meanwhile stays theirs.
      await db.recordTurn(withdrawing("m4", "conv-2", "h-m2"));
      assert.equal((await db.getHandoff("h-m2"))?.status, "claimed");
      assert.equal((await db.analytics()).handoffs.by_status.withdrawn, 1);
    },
  },
  {
    name: "two agents claiming one handoff at once: exactly one wins",
    async fn(h) {
      await using a = await h.open();
      await using b = await h.open();
      await a.recordTurn(finished({ id: "m1", handoff: {} }));
      const claim = { status: "claimed", ifStatus: "queued" } as const;
      const [x, y] = await Promise.all([
        a.updateHandoff("h-m1", { ...claim, assigned_to: "dana" }),
        b.updateHandoff("h-m1", { ...claim, assigned_to: "lee" }),
      ]);
      assert.equal([x, y].filter((r) => r !== null).length, 1);
      assert.equal((await a.getHandoff("h-m1"))?.assigned_to, (x ?? y)?.assigned_to);
    },
  },
]);
