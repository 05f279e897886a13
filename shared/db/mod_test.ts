import assert from "node:assert/strict";
import { loadConfig } from "../config.ts";
import { RetryableError } from "../errors.ts";
import { createLogger } from "../log.ts";
import { freePort } from "../../tests/helpers/binaries.ts";
import { postgresMissing, startPostgres } from "../../tests/helpers/postgres.ts";
import { openHistory } from "./mod.ts";

function logged(): {
  lines: () => Record<string, unknown>[];
  log: ReturnType<typeof createLogger>;
} {
  const raw: string[] = [];
  return {
    lines: () => raw.map((l) => JSON.parse(l)),
    log: createLogger({ sink: (l) => raw.push(l) }),
  };
}

Deno.test("openHistory uses SQLite when DATABASE_URL is unset, and says so", async () => {
  const { lines, log } = logged();
  await using db = await openHistory(loadConfig({ SQLITE_PATH: ":memory:" }), log);
  assert.equal(db.kind, "sqlite");
  const line = lines().find((l) => l.msg === "History: SQLite");
  assert.deepEqual([line?.history, line?.path], ["sqlite", ":memory:"]);
});

Deno.test({
  name: "openHistory uses PostgreSQL at DATABASE_URL and logs it without the password",
  ignore: postgresMissing(),
  async fn() {
    await using pg = await startPostgres();
    await using database = await pg.createDatabase();
    const url = database.url.replace("app@", "app:hunter2@");
    const { lines, log } = logged();
    await using db = await openHistory(loadConfig({ DATABASE_URL: url }), log);
    assert.equal(db.kind, "postgres");
    assert.equal(await db.ping(), true);
    const line = lines().find((l) => l.msg === "History: PostgreSQL");
    assert.equal(line?.history, "postgres");
    assert.doesNotMatch(JSON.stringify(lines()), /hunter2/);
  },
});

Deno.test("openHistory gives up on a PostgreSQL that never answers, with a retryable error", async () => {
  const { lines, log } = logged();
  const url = `postgres://app@127.0.0.1:${freePort()}/none`;
  await assert.rejects(
    openHistory(loadConfig({ DATABASE_URL: url }), log, { waitMs: 300, retryMs: 50 }),
    RetryableError,
  );
  assert.ok(lines().some((l) => l.msg === "History: PostgreSQL not reachable yet; trying again"));
});
