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

Deno.test({
  name: "per-session limit with Redis: one session's turns spread over two gateways meet one count",
  ignore: redisMissing(),
  async fn() {
    const SESSION_LIMIT = 6;
    await using redis = await startRedis();
    const env = {
      REDIS_URL: redis.url,
      SESSION_SECRET: "shared-limits-test-secret-0123456789abcdef",
      RATE_LIMIT_SESSION: String(SESSION_LIMIT),
      RATE_LIMIT_IP: "100000",
    };
    await using a = await startTestSystem({ env });
    await using b = await startTestSystem({ env });
    let held = false;
    // A burst that straddles the minute's end may be let through: try once more.
    for (let attempt = 0; attempt < 2 && !held; attempt++) {
      const session = await a.session(
        attempt ? "mike.johnson@example.com" : "sarah.chen@example.com",
      );
      const statuses = await Promise.all(
        Array.from({ length: SESSION_LIMIT + 4 }, async (_, i) => {
          const res = await fetch(`${i % 2 ? b.url : a.url}/api/chat`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${session.token}`,
            },
            body: JSON.stringify({ message: `What is your return policy? (${attempt}.${i})` }),
          });
          await res.body?.cancel();
          return res.status;
        }),
      );
      assert.ok(statuses.every((s) => [200, 202, 429].includes(s)), String(statuses));
      // Each gateway saw 5 turns, fewer than the limit: only one shared count refuses.
      held = statuses.filter((s) => s === 429).length === 4;
    }
    assert.ok(held, "exactly the turns past the limit were refused");
  },
});
