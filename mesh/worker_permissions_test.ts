import assert from "node:assert/strict";
import { resolve } from "node:path";
import { loadConfig } from "../shared/config.ts";
import { netTargets, PROJECT_ROOT, workerPermissions } from "./worker_permissions.ts";

Deno.test("net targets: default ports by scheme, loopback names together, bare NATS hosts", () => {
  assert.deepEqual(netTargets("nats://nats:4222"), ["nats:4222"]);
  assert.deepEqual(netTargets("nats.internal"), ["nats.internal:4222"]);
  assert.deepEqual(netTargets("redis://:pw@redis"), ["redis:6379"]);
  assert.deepEqual(netTargets("https://api.example.com/v1"), ["api.example.com:443"]);
  assert.deepEqual(netTargets("http://localhost:11434/v1"), [
    "localhost:11434",
    "127.0.0.1:11434",
    "[::1]:11434",
  ]);
  assert.throws(() => netTargets("ftp://files.example.com"), /unknown default port/);
});

Deno.test("a Worker reaches NATS, the store, Redis and the LLM of its config, and nothing else", () => {
  const config = loadConfig({
    STORE_API_URL: "http://store:8100",
    REDIS_URL: "redis://redis:6379",
    LLM_BASE_URL: "https://llm.example.com/v1",
  });
  const p = workerPermissions({ config, natsUrl: "nats://a:4222,nats://b:4223" });
  assert.deepEqual(p.net, ["a:4222", "b:4223", "store:8100", "redis:6379", "llm.example.com:443"]);
  for (const k of ["env", "run", "ffi", "sys", "import"] as const) assert.equal(p[k], false, k);
});

Deno.test("a Worker reads its module folders and database files, and writes only those files", () => {
  const config = loadConfig({ DATA_DIR: "/srv/mesh" });
  const fixture = new URL("file:///opt/tests/fixtures/actors.ts").href;
  const p = workerPermissions({ config, natsUrl: "nats://n:4222", modules: [fixture, undefined] });
  const data = ["/srv/mesh/history.db", "/srv/mesh/kv.sqlite3"];
  assert.deepEqual(p.write, data);
  const read = p.read as string[];
  for (const f of data) assert.ok(read.includes(f), f);
  assert.ok(read.includes(resolve(PROJECT_ROOT, "actors")));
  assert.ok(read.includes(resolve(PROJECT_ROOT, "node_modules")));
  assert.ok(read.includes("/opt/tests/fixtures"));
  // Not the data folder (the session secret lives there), not the project's root.
  assert.ok(!read.includes("/srv/mesh"));
  assert.ok(!read.includes(resolve(PROJECT_ROOT)));
});

Deno.test("with Redis and in-memory SQLite a Worker writes no file at all", () => {
  const config = loadConfig({ REDIS_URL: "redis://r:6379", SQLITE_PATH: ":memory:" });
  const p = workerPermissions({ config, natsUrl: "nats://n:4222" });
  assert.equal(p.write, false);
  assert.deepEqual(p.net, ["n:4222", "localhost:8100", "127.0.0.1:8100", "[::1]:8100", "r:6379"]);
});

Deno.test("with DATABASE_URL a Worker opens the PostgreSQL client, and reads no other variable", async () => {
  const config = loadConfig({ DATABASE_URL: "postgres://mesh:pw@db.internal:5432/mesh" });
  const fixture = new URL("../tests/fixtures/pg_client_worker.ts", import.meta.url).href;
  const p = workerPermissions({ config, natsUrl: "nats://n:4222", modules: [fixture] });
  assert.deepEqual(p.env, ["PG*"]);
  assert.ok((p.net as string[]).includes("db.internal:5432"));
  const worker = new Worker(fixture, { type: "module", deno: { permissions: p } });
  try {
    const answer = new Promise<unknown>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
    });
    worker.postMessage(config.DATABASE_URL);
    assert.deepEqual(await answer, { pool: "ok", home: "closed" });
  } finally {
    worker.terminate();
  }
});
