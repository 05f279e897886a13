import assert from "node:assert/strict";
import { BreakerOpenError, BreakerRegistry, CircuitBreaker } from "./circuit_breaker.ts";
import { Deadline } from "./deadline.ts";
import { PermanentError, RetryableError } from "./errors.ts";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const fail = () => Promise.reject(new RetryableError("Cannot GET /x: the store answered 500"));
const ok = () => Promise.resolve("ok");

async function failTimes(b: CircuitBreaker, n: number) {
  for (let i = 0; i < n; i++) await assert.rejects(b.run(fail), RetryableError);
}

Deno.test("breaker opens after consecutive failures and fails fast", async () => {
  const c = clock();
  const b = new CircuitBreaker("orders", { failureThreshold: 3, now: c.now });
  await failTimes(b, 2);
  assert.equal(b.state(), "closed");
  await failTimes(b, 1);
  assert.equal(b.state(), "open");
  let called = false;
  const err = await b.run(() => {
    called = true;
    return ok();
  }).catch((e) => e);
  assert.ok(err instanceof BreakerOpenError);
  assert.ok(err instanceof RetryableError, "an open breaker is a retryable failure");
  assert.equal(called, false);
  assert.ok((err.retryAfterMs ?? 0) > 0);
  assert.equal(b.snapshot().rejected, 1);
});

Deno.test("breaker half-opens after the cool-down and closes on a successful trial", async () => {
  const c = clock();
  const b = new CircuitBreaker("orders", { failureThreshold: 2, coolDownMs: 5000, now: c.now });
  await failTimes(b, 2);
  c.advance(4999);
  assert.equal(b.state(), "open");
  c.advance(1);
  assert.equal(b.state(), "half_open");
  assert.equal(await b.run(ok), "ok");
  assert.equal(b.state(), "closed");
  assert.equal(b.snapshot().consecutive_failures, 0);
});

Deno.test("breaker reopens when the half-open trial fails", async () => {
  const c = clock();
  const b = new CircuitBreaker("tracking", { failureThreshold: 2, coolDownMs: 1000, now: c.now });
  await failTimes(b, 2);
  c.advance(1000);
  await failTimes(b, 1);
  assert.equal(b.state(), "open");
  await assert.rejects(b.run(ok), BreakerOpenError);
});

Deno.test("breaker lets only one trial call through while half-open", async () => {
  const c = clock();
  const b = new CircuitBreaker("orders", { failureThreshold: 1, coolDownMs: 10, now: c.now });
  await failTimes(b, 1);
  c.advance(10);
  let release!: () => void;
  const slow = b.run(() => new Promise<string>((r) => (release = () => r("slow"))));
  await assert.rejects(b.run(ok), BreakerOpenError);
  release();
  assert.equal(await slow, "slow");
  assert.equal(b.state(), "closed");
});

Deno.test("breaker opens on a high failure rate in the window", async () => {
  const c = clock();
  const b = new CircuitBreaker("customers", {
    failureThreshold: 100,
    failureRate: 0.5,
    minCalls: 6,
    windowMs: 10_000,
    now: c.now,
  });
  for (let i = 0; i < 3; i++) {
    await b.run(ok);
    await assert.rejects(b.run(fail));
  }
  assert.equal(b.state(), "open");
});

Deno.test("breaker forgets failures that left the window", async () => {
  const c = clock();
  const b = new CircuitBreaker("customers", {
    failureThreshold: 100,
    minCalls: 4,
    windowMs: 1000,
    now: c.now,
  });
  await failTimes(b, 3);
  c.advance(2000);
  await b.run(ok);
  await b.run(ok);
  await b.run(ok);
  await assert.rejects(b.run(fail));
  assert.equal(b.state(), "closed");
  assert.equal(b.snapshot().window_failures, 1);
});

Deno.test("breaker does not count refusals or the caller's abort as failures", async () => {
  const b = new CircuitBreaker("orders", { failureThreshold: 1 });
  await assert.rejects(b.run(() => Promise.reject(new PermanentError("Cannot cancel: shipped"))));
  assert.equal(b.state(), "closed");
  const caller = new AbortController();
  caller.abort(new DOMException("deadline", "TimeoutError"));
  await assert.rejects(
    b.run((s) => Promise.reject(s.reason), { signal: caller.signal }),
  );
  assert.equal(b.state(), "closed");
});

Deno.test("breaker turns its own timeout into a retryable failure", async () => {
  const b = new CircuitBreaker("tracking", { failureThreshold: 1 });
  const err = await b.run(
    (signal) =>
      new Promise((_, reject) => {
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      }),
    { timeoutMs: 20 },
  ).catch((e) => e);
  assert.ok(err instanceof RetryableError);
  assert.match(err.message, /no answer within 20 ms/);
  assert.equal(b.state(), "open");
});

Deno.test("registry keeps one breaker per service and reports them all", async () => {
  const reg = new BreakerRegistry({ failureThreshold: 1 });
  await assert.rejects(reg.run("orders", fail));
  const snap = reg.snapshot();
  assert.deepEqual(Object.keys(snap).sort(), ["customers", "orders", "products", "tracking"]);
  assert.equal(snap.orders.state, "open");
  assert.ok(snap.orders.opened_at);
  assert.equal(snap.customers.state, "closed");
  assert.equal(reg.healthy(), false);
  assert.equal(await reg.run("customers", ok), "ok");
});

Deno.test("deadlines abort each at its own time and leave no timer behind", async () => {
  const long = new Deadline(undefined, 5000);
  const short = new Deadline(undefined, 20);
  const mid = new Deadline(undefined, 60);
  await new Promise((r) => short.signal.addEventListener("abort", r, { once: true }));
  assert.equal(short.expired, true);
  assert.equal(mid.signal.aborted, false);
  await new Promise((r) => mid.signal.addEventListener("abort", r, { once: true }));
  assert.equal((mid.signal.reason as DOMException).name, "TimeoutError");
  assert.equal(long.signal.aborted, false);
  for (const d of [short, mid, long]) d.clear();
  // The test's sanitizer fails it if the cleared deadline left a timer running.
});

Deno.test("a deadline follows its caller's abort without calling it a timeout", () => {
  const caller = new AbortController();
  const d = new Deadline(caller.signal, 5000);
  caller.abort(new Error("stop"));
  assert.equal(d.signal.aborted, true);
  assert.equal(d.expired, false);
  assert.equal((d.signal.reason as Error).message, "stop");
  d.clear();
});
