/**
 * The per-address limits with REDIS_URL set: one count in Redis for every gateway, so an
 * address spreading its requests over two gateways meets one limit.
 */
import assert from "node:assert/strict";
import { redisMissing, startRedis } from "./helpers/redis.ts";
import { startTestSystem } from "./helpers/system.ts";

const LIMIT = 20;

Deno.test({
  name: "per-address limit with Redis: requests spread over two gateways meet one count",
  ignore: redisMissing(),
  async fn() {
    await using redis = await startRedis();
    const env = {
      REDIS_URL: redis.url,
      SESSION_SECRET: "shared-limits-test-secret-0123456789abcdef",
      RATE_LIMIT_IP: String(LIMIT),
    };
    await using a = await startTestSystem({ env });
    await using b = await startTestSystem({ env });
    let held = false;
    // A burst that straddles the minute's end may be let through: try once more.
    for (let attempt = 0; attempt < 2 && !held; attempt++) {
      const statuses = await Promise.all(
        Array.from({ length: LIMIT + 10 }, async (_, i) => {
          const res = await fetch(`${i % 2 ? b.url : a.url}/api/no-such-thing`);
          await res.body?.cancel();
          return res.status;
        }),
      );
      assert.ok(statuses.every((s) => s === 404 || s === 429), String(statuses));
      // Each gateway saw 15 requests, fewer than the limit: only one shared count refuses.
      held = statuses.filter((s) => s === 429).length === 10;
    }
    assert.ok(held, "exactly the requests past the limit were refused");
  },
});
