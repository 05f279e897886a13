import assert from "node:assert/strict";
import { freePort } from "../../tests/helpers/binaries.ts";
import { redisMissing, startRedis } from "../../tests/helpers/redis.ts";
import { RetryableError } from "../errors.ts";
import { createLogger, silentLogger } from "../log.ts";
import { openStore } from "./mod.ts";
import { RedisStore } from "./redis.ts";

Deno.test("openStore uses Deno KV when REDIS_URL is unset, creating its folder", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sm-kv-" });
  try {
    const kvPath = `${dir}/nested/kv.sqlite3`;
    await using store = await openStore({ REDIS_URL: undefined, kvPath }, silentLogger);
    assert.equal(store.kind, "kv");
    assert.equal(await store.ping(), true);
    await store.cacheSet("k", { a: 1 }, 60_000);
    assert.deepEqual(await store.cacheGet("k"), { a: 1 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "RedisStore.connect fails fast as retryable when nothing listens",
  ignore: redisMissing(),
  async fn() {
    const started = Date.now();
    await assert.rejects(
      RedisStore.connect(`redis://127.0.0.1:${freePort()}`, { log: silentLogger }),
      RetryableError,
    );
    assert.ok(Date.now() - started < 2000);
  },
});

Deno.test({
  name: "openStore starts degraded when Redis is down and connects once it is up",
  ignore: redisMissing(),
  async fn() {
    await using redis = await startRedis();
    await redis.stop();
    const lines: string[] = [];
    const log = createLogger({ sink: (l) => lines.push(l) });
    await using store = await openStore({ REDIS_URL: redis.url, kvPath: ":memory:" }, log, {});
    assert.equal(store.kind, "redis");
    assert.equal(await store.ping(), false);
    await assert.rejects(store.getSession("s"), RetryableError);
    assert.ok(lines.some((l) => l.includes("running degraded")));
    await redis.restart();
    const until = Date.now() + 8000;
    while (!(await store.ping()) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(await store.ping(), true);
  },
});
