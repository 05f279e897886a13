/**
 * What only the SQLite adapter has: a file in WAL mode, and its migration from the first
 * schema (PostgreSQL started at the current one). The shared behaviour is in the contract
 * suites beside this file.
 */
import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { HistoryDb } from "./history.ts";
import { Sql, WAL_PAGES } from "./sql.ts";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.ts";
import { finished, inbound, T0 } from "../../tests/helpers/history.ts";

function rawDb(path: string): DatabaseSync & Disposable {
  const db = new DatabaseSync(path);
  return Object.assign(db, { [Symbol.dispose]: () => db.close() });
}

Deno.test("a file database is opened in WAL mode", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    const path = `${dir}/history.db`;
    (await HistoryDb.open(path)).closeSync();
    using raw = rawDb(path);
    assert.equal(raw.prepare("PRAGMA journal_mode").get()?.journal_mode, "wal");
    // Each connection of ours checkpoints every WAL_PAGES pages of log, not every 1,000.
    using sql = new Sql(path);
    const pages = sql.db.prepare("PRAGMA wal_autocheckpoint").get()?.wal_autocheckpoint;
    assert.equal(pages, WAL_PAGES);
    assert.ok(WAL_PAGES > 1_000);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
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
    assert.equal(await db.schemaVersion(), SCHEMA_VERSION);
    const per = (await db.analytics()).latency.per_actor;
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

Deno.test("an accept and a finished turn submitted together share one commit, each in order", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-history-" });
  try {
    using db = await HistoryDb.open(`${dir}/history.db`);
    await db.acceptInboundGrouped(inbound({ id: "m1", clientId: "c1" }));
    // Another connection's data_version moves by one for each commit it did not make.
    using raw = rawDb(`${dir}/history.db`);
    const changes = () => Number(raw.prepare("PRAGMA data_version").get()?.data_version);
    const before = changes();
    // The next turn is accepted while the first one's answer is recorded.
    const [accepted, recorded, again] = await Promise.all([
      db.acceptInboundGrouped(inbound({ id: "m2", clientId: "c2", at: T0 + 1000 })),
      db.recordTurnGrouped(finished({ id: "m1", clientId: "c1" })),
      db.acceptInboundGrouped(inbound({ id: "m1", clientId: "c1" })),
    ]);
    assert.deepEqual([accepted.created, accepted.seq], [true, 2]);
    assert.equal(recorded.created, true);
    assert.equal(recorded.reply?.seq, 3, "written in the order submitted");
    assert.deepEqual([again.created, again.state], [false, "answered"], "a retry of m1");
    const messages = await db.listMessages("conv-1", 0, 10);
    assert.deepEqual(messages.map((m) => [m.seq, m.role]), [
      [1, "customer"],
      [2, "customer"],
      [3, "assistant"],
    ]);
    assert.equal(changes() - before, 1, "one commit for the three writes");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
