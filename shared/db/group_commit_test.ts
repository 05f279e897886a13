import assert from "node:assert/strict";
import { GroupCommit } from "./group_commit.ts";
import { Sql } from "./sql.ts";

/** A file database with a table of items, and a second connection that sees commits only. */
async function items(): Promise<{ sql: Sql; other: Sql } & AsyncDisposable> {
  const dir = await Deno.makeTempDir({ prefix: "sm-group-" });
  const sql = new Sql(`${dir}/db`);
  sql.db.exec("CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n >= 0))");
  const other = new Sql(`${dir}/db`);
  return {
    sql,
    other,
    async [Symbol.asyncDispose]() {
      sql[Symbol.dispose]();
      other[Symbol.dispose]();
      await Deno.remove(dir, { recursive: true });
    },
  };
}

const committed = (other: Sql) =>
  other.all<{ id: string }>("SELECT id FROM items ORDER BY id").map((r) => r.id);

Deno.test("writes submitted together share one transaction and resolve after its commit", async () => {
  await using db = await items();
  const seenByOthers: number[] = [];
  const group = new GroupCommit({
    sql: db.sql,
    write: (item: { id: string; n: number }) => {
      // Inside the open transaction another connection still sees nothing of the group.
      seenByOthers.push(committed(db.other).length);
      return db.sql.run(
        "INSERT INTO items (id, n) VALUES ($id, $n) ON CONFLICT DO NOTHING",
        item,
      ) > 0;
    },
  });
  const results = Promise.all([
    group.submit({ id: "a", n: 1 }),
    group.submit({ id: "b", n: 2 }),
    group.submit({ id: "a", n: 3 }), // a duplicate in the same group
  ]);
  assert.equal(group.pending, 3, "nothing is written before the group commits");
  assert.deepEqual(committed(db.other), []);
  assert.deepEqual(await results, [true, true, false]);
  assert.deepEqual(seenByOthers, [0, 0, 0], "one transaction for the three");
  assert.deepEqual(committed(db.other), ["a", "b"], "committed once resolved");
  group.close();
});

Deno.test("a write that fails fails alone: the rest of its group commits", async () => {
  await using db = await items();
  const group = new GroupCommit({
    sql: db.sql,
    write: (item: { id: string; n: number }) =>
      db.sql.run("INSERT INTO items (id, n) VALUES ($id, $n)", item),
  });
  const [a, bad, c] = await Promise.allSettled([
    group.submit({ id: "a", n: 1 }),
    group.submit({ id: "bad", n: -1 }), // breaks the CHECK constraint
    group.submit({ id: "c", n: 1 }),
  ]);
  assert.equal(a.status, "fulfilled");
  assert.equal(bad.status, "rejected");
  assert.equal(c.status, "fulfilled");
  assert.deepEqual(committed(db.other), ["a", "c"]);
  group.close();
});

Deno.test("close commits what is queued and refuses what comes after", async () => {
  await using db = await items();
  const group = new GroupCommit({
    sql: db.sql,
    write: (item: { id: string; n: number }) =>
      db.sql.run("INSERT INTO items (id, n) VALUES ($id, $n)", item),
  });
  const queued = group.submit({ id: "a", n: 1 });
  group.close();
  assert.deepEqual(committed(db.other), ["a"]);
  assert.equal(await queued, 1);
  await assert.rejects(group.submit({ id: "b", n: 1 }), /closed/);
});

Deno.test("a big burst is committed in several transactions of at most maxBatch", async () => {
  await using db = await items();
  const seenByOthers: number[] = [];
  const group = new GroupCommit({
    sql: db.sql,
    maxBatch: 4,
    write: (item: { id: string; n: number }) => {
      seenByOthers.push(committed(db.other).length);
      return db.sql.run("INSERT INTO items (id, n) VALUES ($id, $n)", item);
    },
  });
  await Promise.all(Array.from({ length: 10 }, (_, i) => group.submit({ id: `i${i}`, n: i })));
  assert.deepEqual(seenByOthers, [0, 0, 0, 0, 4, 4, 4, 4, 8, 8]);
  group.close();
});
