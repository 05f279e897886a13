/**
 * One contract, every adapter: the same cases run against Deno KV and a real Redis.
 */
import assert from "node:assert/strict";
import { RetryableError } from "../errors.ts";
import type { PendingAction } from "../protocol.ts";
import { silentLogger } from "../log.ts";
import { redisMissing, type RedisServer, startRedis } from "../../tests/helpers/redis.ts";
import { KvStore } from "./kv.ts";
import { RedisStore } from "./redis.ts";
import { type SessionRecordInput, type Store, windowResetMs } from "./types.ts";

/** A store under test and what it needs, disposed together. */
interface Harness extends AsyncDisposable {
  store: Store;
  redis: RedisServer | null;
  /** The store's clock: real time plus `clock.skew` ms, or frozen at `clock.frozen`. */
  clock: Clock;
}

/** A clock tests can freeze and move. */
interface Clock {
  frozen: number | null;
  now(): number;
}

function testClock(): Clock {
  const clock: Clock = { frozen: null, now: () => clock.frozen ?? Date.now() };
  return clock;
}

interface Adapter {
  name: string;
  ignore: boolean;
  open(clock: Clock): Promise<Harness>;
}

const ADAPTERS: Adapter[] = [
  {
    name: "kv",
    ignore: false,
    async open(clock) {
      const store = await KvStore.open(":memory:", { now: clock.now });
      return {
        store,
        redis: null,
        clock,
        [Symbol.asyncDispose]: () => store[Symbol.asyncDispose](),
      };
    },
  },
  {
    name: "redis",
    ignore: redisMissing(),
    async open(clock) {
      const redis = await startRedis();
      const store = await RedisStore.connect(redis.url, {
        now: clock.now,
        log: silentLogger,
        commandTimeoutMs: 500,
        reconnectMinMs: 20,
        reconnectMaxMs: 200,
      });
      return {
        store,
        redis,
        clock,
        async [Symbol.asyncDispose]() {
          await store[Symbol.asyncDispose]();
          await redis[Symbol.asyncDispose]();
        },
      };
    },
  },
];

function contract(
  name: string,
  fn: (h: Harness) => Promise<void>,
  opts: { only?: Adapter["name"] } = {},
): void {
  for (const adapter of ADAPTERS) {
    if (opts.only && opts.only !== adapter.name) continue;
    Deno.test({ name: `store (${adapter.name}): ${name}`, ignore: adapter.ignore }, async () => {
      await using h = await adapter.open(testClock());
      await fn(h);
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function session(id: string, ttlMs: number): SessionRecordInput {
  const now = Date.now();
  return {
    session_id: id,
    customer_id: "C-1",
    email: "sarah.chen@example.com",
    conversation_id: `conv-${id}`,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + ttlMs).toISOString(),
    last_order_id: "ORD-1003",
    turn: 2,
  };
}

function pending(id: string): PendingAction {
  return {
    id,
    action: {
      type: "cancel_order",
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    },
    proposed_in: "msg-1",
    expires_at: new Date(Date.now() + 60_000).toISOString(),
    summary: "Cancel ORD-1003",
  };
}

contract("a session round-trips with its defaults and expires exactly", async ({ store }) => {
  await store.putSession(session("s1", 400));
  const got = await store.getSession("s1");
  assert.ok(got);
  assert.equal(got.customer_id, "C-1");
  assert.equal(got.last_order_id, "ORD-1003");
  assert.equal(got.last_intent, null);
  assert.equal(got.mode, "ai");
  assert.equal(got.turn, 2);
  assert.equal(await store.getSession("nope"), null);
  await sleep(Date.parse(got.expires_at) - Date.now() + 5);
  assert.equal(await store.getSession("s1"), null, "read after expires_at must miss");
});

contract(
  "an already expired session is not stored; delete removes session and pending",
  async ({ store }) => {
    await store.putSession(session("old", -1));
    assert.equal(await store.getSession("old"), null);
    await store.putSession(session("s2", 60_000));
    await store.putPending("s2", pending("p2"), 60_000);
    await store.deleteSession("s2");
    assert.equal(await store.getSession("s2"), null);
    assert.equal(await store.getPending("s2"), null);
  },
);

contract(
  "writes made together all land, and of two writes to one key the later wins",
  async ({ store }) => {
    // Sixty turns finishing at once (more than one batched commit holds).
    await Promise.all(
      Array.from(
        { length: 60 },
        (_, i) => store.putSession({ ...session(`m${i}`, 60_000), turn: i }),
      ),
    );
    for (let i = 0; i < 60; i++) assert.equal((await store.getSession(`m${i}`))?.turn, i);
    await Promise.all([
      store.putSession({ ...session("same", 60_000), turn: 7 }),
      store.putSession({ ...session("same", 60_000), turn: 8 }),
      store.putPending("same", pending("first"), 60_000),
      store.putPending("same", pending("second"), 60_000),
    ]);
    assert.equal((await store.getSession("same"))?.turn, 8);
    assert.equal((await store.getPending("same"))?.id, "second");
  },
);

contract(
  "a value the store cannot take fails alone, not the writes made with it",
  async ({ store }) => {
    const huge = { ...pending("huge"), summary: "x".repeat(70_000) };
    const [a, big, b] = await Promise.allSettled([
      store.putSession(session("ok-1", 60_000)),
      store.putPending("big", huge, 60_000),
      store.putPending("ok-2", pending("p-ok"), 60_000),
    ]);
    assert.equal(a.status, "fulfilled", "another session's write is kept");
    assert.equal(b.status, "fulfilled", "another pending change is kept");
    assert.equal((await store.getSession("ok-1"))?.turn, 2);
    assert.equal((await store.getPending("ok-2"))?.id, "p-ok");
    // KV takes at most 64 KiB a value (Redis takes it): either way, only this write.
    if (big.status === "fulfilled") assert.equal((await store.getPending("big"))?.id, "huge");
  },
);

contract(
  "updateSession: twenty racing changes all land, and a missing session is not created",
  async ({ store }) => {
    await store.putSession({ ...session("cas", 60_000), turn: 0 });
    await Promise.all(
      Array.from(
        { length: 20 },
        () => store.updateSession("cas", (s) => ({ ...s, turn: s.turn + 1 })),
      ),
    );
    assert.equal((await store.getSession("cas"))?.turn, 20, "no change undid another");
    // Two writers of different fields: neither undoes the other.
    await Promise.all([
      store.updateSession("cas", (s) => ({ ...s, mode: "human" as const })),
      store.updateSession("cas", (s) => ({ ...s, last_order_id: "ORD-1005" })),
    ]);
    const both = await store.getSession("cas");
    assert.equal(both?.mode, "human");
    assert.equal(both?.last_order_id, "ORD-1005");
    assert.equal(await store.updateSession("nobody", (s) => ({ ...s, turn: 9 })), null);
    assert.equal(await store.getSession("nobody"), null);
    assert.equal((await store.updateSession("cas", () => null))?.turn, 20, "null leaves it");
    // A change that throws fails alone; one made at the same time still lands.
    const [bad, good] = await Promise.allSettled([
      store.updateSession("cas", () => {
        throw new Error("no");
      }),
      store.updateSession("cas", (s) => ({ ...s, turn: s.turn + 1 })),
    ]);
    assert.equal(bad.status, "rejected");
    assert.equal(good.status === "fulfilled" && good.value?.turn, 21);
  },
);

contract("a pending action is taken exactly once by ten racing turns", async ({ store }) => {
  const action = pending("p1");
  await store.putPending("s1", action, 60_000);
  assert.deepEqual(await store.getPending("s1"), action);
  const taken = await Promise.all(Array.from({ length: 10 }, () => store.takePending("s1")));
  const winners = taken.filter((t) => t !== null);
  assert.equal(winners.length, 1);
  assert.deepEqual(winners[0], action);
  assert.equal(await store.getPending("s1"), null);
  assert.equal(await store.takePending("s1"), null);
});

contract("a pending action expires exactly and a new one replaces the old", async ({ store }) => {
  await store.putPending("s1", pending("p1"), 300);
  await store.putPending("s1", pending("p2"), 300);
  assert.equal((await store.getPending("s1"))?.id, "p2");
  await sleep(310);
  assert.equal(await store.getPending("s1"), null);
  assert.equal(await store.takePending("s1"), null);
});

contract(
  "a claim is won by exactly one of ten racers, and again after release or expiry",
  async ({ store }) => {
    const wins = await Promise.all(
      Array.from({ length: 10 }, () => store.claim("idem:k1", 60_000)),
    );
    assert.equal(wins.filter(Boolean).length, 1);
    assert.equal(await store.claim("idem:k1", 60_000), false);
    await store.release("idem:k1");
    assert.equal(await store.claim("idem:k1", 300), true);
    assert.equal(await store.claim("idem:k1", 300), false);
    await sleep(310);
    assert.equal(await store.claim("idem:k1", 300), true, "an expired claim can be claimed again");
    assert.equal(await store.claim("idem:other", 60_000), true, "keys are independent");
  },
);

contract("a cached value lives for its TTL and can be deleted", async ({ store }) => {
  const value = { tier: "gold", orders: ["ORD-1001"], n: 3 };
  await store.cacheSet("ctx:C-1", value, 300);
  assert.deepEqual(await store.cacheGet("ctx:C-1"), value);
  await store.cacheSet("ctx:C-2", "plain", 60_000);
  await store.cacheDelete("ctx:C-2");
  assert.equal(await store.cacheGet("ctx:C-2"), null);
  await sleep(310);
  assert.equal(await store.cacheGet("ctx:C-1"), null);
});

contract("prefix delete removes only keys that start with the prefix", async ({ store }) => {
  for (const key of ["ctx:C-1", "ctx:C-1:orders", "ctx:C-10", "ctx:C-2", "other", "x*[1]", "xy"]) {
    await store.cacheSet(key, key, 60_000);
  }
  assert.equal(await store.cacheDeletePrefix("ctx:C-1"), 3);
  assert.equal(await store.cacheGet("ctx:C-1"), null);
  assert.equal(await store.cacheGet("ctx:C-10"), null);
  assert.equal(await store.cacheGet("ctx:C-2"), "ctx:C-2");
  assert.equal(await store.cacheDeletePrefix("x*["), 1, "glob characters are literal");
  assert.equal(await store.cacheGet("xy"), "xy");
  assert.equal(await store.cacheDeletePrefix("none"), 0);
});

contract("write makes cache and pending writes and deletes together", async ({ store }) => {
  await store.cacheSet("gone", 1, 60_000);
  await store.write([
    { op: "cacheSet", key: "a", value: { n: 1 }, ttlMs: 60_000 },
    { op: "cacheSet", key: "b", value: "short", ttlMs: 300 },
    { op: "cacheDelete", key: "gone" },
    { op: "putPending", sessionId: "s1", action: pending("p1"), ttlMs: 60_000 },
  ]);
  assert.deepEqual(await store.cacheGet("a"), { n: 1 });
  assert.equal(await store.cacheGet("b"), "short");
  assert.equal(await store.cacheGet("gone"), null);
  assert.equal((await store.takePending("s1"))?.id, "p1");
  await store.write([]);
  await sleep(310);
  assert.equal(await store.cacheGet("b"), null, "each write keeps its own TTL");
  assert.deepEqual(await store.cacheGet("a"), { n: 1 });
});

contract(
  "hit counts each hit in its window and starts again in the next",
  async ({ store, clock }) => {
    const windowMs = 60_000;
    clock.frozen = Math.floor(Date.now() / windowMs) * windowMs + 10;
    const counts = await Promise.all(Array.from({ length: 5 }, () => store.hit("rl:s1", windowMs)));
    assert.deepEqual([...counts].sort((a, b) => a - b), [1, 2, 3, 4, 5]);
    assert.equal(await store.hit("rl:other", windowMs), 1);
    assert.equal(windowResetMs(windowMs, clock.frozen), windowMs - 10);
    clock.frozen += windowMs - 11;
    assert.equal(await store.hit("rl:s1", windowMs), 6, "last ms of the window");
    clock.frozen += 1;
    assert.equal(await store.hit("rl:s1", windowMs), 1, "a new window starts from one");
  },
);

contract(
  "a value is never read after its expiry, whatever the backend still holds",
  async ({ store, clock }) => {
    clock.frozen = Date.now();
    await store.cacheSet("c", "v", 60_000);
    await store.putPending("s", pending("p"), 60_000);
    clock.frozen += 60_000;
    assert.equal(await store.cacheGet("c"), null);
    assert.equal(await store.getPending("s"), null);
    assert.equal(await store.takePending("s"), null);
  },
);

contract("ping answers true while the backend is up", async ({ store }) => {
  assert.equal(await store.ping(), true);
});

contract(
  "with Redis down calls fail fast as retryable and recover after restart",
  async ({ store, redis }) => {
    assert.ok(redis);
    await store.cacheSet("k", 1, 60_000);
    await redis.stop();
    const started = Date.now();
    await assert.rejects(store.getSession("s1"), RetryableError);
    await assert.rejects(store.cacheSet("k", 2, 60_000), RetryableError);
    await assert.rejects(store.claim("c", 1000), RetryableError);
    await assert.rejects(store.takePending("s1"), RetryableError);
    await assert.rejects(store.hit("rl", 1000), RetryableError);
    assert.equal(await store.ping(), false);
    assert.ok(Date.now() - started < 1000, `failed in ${Date.now() - started} ms`);
    await redis.restart();
    const until = Date.now() + 5000;
    while (!(await store.ping()) && Date.now() < until) await sleep(20);
    assert.equal(await store.ping(), true, "reconnected after restart");
    await store.cacheSet("k", 3, 60_000);
    assert.equal(await store.cacheGet("k"), 3);
  },
  { only: "redis" },
);

contract(
  "a Redis that stops answering fails calls at the command timeout, then recovers",
  async ({ store, redis }) => {
    assert.ok(redis);
    await store.cacheSet("k", 1, 60_000);
    redis.pause();
    const started = Date.now();
    await assert.rejects(store.cacheGet("k"), RetryableError);
    const took = Date.now() - started;
    assert.ok(took >= 400 && took < 1500, `failed after ${took} ms (timeout 500)`);
    assert.equal(await store.ping(), false);
    redis.resume();
    const until = Date.now() + 5000;
    while (!(await store.ping()) && Date.now() < until) await sleep(20);
    assert.equal(await store.cacheGet("k"), 1, "same server, data kept");
  },
  { only: "redis" },
);
