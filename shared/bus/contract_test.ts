/**
 * The one delivery contract both buses keep, run against the in-process bus and against
 * JetStream on a real nats-server (skipped where nats-server is missing, failed under CI).
 *
 * The contract, in short:
 * - A work message goes to exactly one consumer of its actor; replicas share the queue;
 *   it waits (durably) for a consumer that is not there yet.
 * - `ack()` removes it for good (JetStream: resolves once the server confirmed it).
 *   `nak(ms)` delivers it again after `ms`; `term()` drops it, with no dead letter.
 *   Unsettled within the ack deadline (`ackWaitMs`, or `backoffMs[n-1]` for delivery n
 *   when backoff is set) it is delivered again; `working()` restarts the deadline.
 *   A handler that throws without settling has its delivery nak'ed at once.
 * - `deliveryCount` is 1, 2, … A message whose delivery number `maxDeliver` ends without
 *   an ack (nak, timeout or throw) is removed and dead-lettered with reason
 *   "max deliveries reached" and `deliveries` = maxDeliver; nothing more is delivered.
 * - A `msgId` seen within `duplicateWindowMs` is dropped.
 * - `concurrency` caps running handlers per consumer; `drain()` stops new deliveries and
 *   waits for running handlers, at most until their ack deadline.
 * - Handoffs: one durable queue per consumer name, each name sees every handoff, redelivered
 *   until acked, never given up; de-duplicated by handoff id.
 */
import assert from "node:assert/strict";
import type { Handoff } from "../protocol.ts";
import { natsMissing, startNats } from "../../tests/helpers/nats.ts";
import { JetStreamBus } from "./jetstream.ts";
import { MemoryBus } from "./memory.ts";
import type { Bus, Delivery, DeliveryPolicy } from "./types.ts";

/** A bus for one test, with whatever it needs disposed after it. */
interface Fixture extends AsyncDisposable {
  bus: Bus;
}
type MakeBus = (policy: Partial<DeliveryPolicy>) => Promise<Fixture>;

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

function handoff(id: string): Handoff {
  return {
    id,
    conversation_id: `conv-${id}`,
    message_id: `msg-${id}`,
    session_id: null,
    customer: "sarah.chen@example.com",
    priority: "high",
    reason: "customer asked for a person",
    summary: "wants a human",
    sentiment: "negative",
    urgency: "high",
    intent: "human_agent",
    draft_reply: null,
    created_at: new Date().toISOString(),
  };
}

interface Seen {
  text: string;
  count: number;
  at: number;
}

/** Runs the whole contract against the buses `makeBus` creates. */
export function runBusContract(name: string, makeBus: MakeBus, ignore = false): void {
  function test(title: string, fn: () => Promise<void>): void {
    Deno.test({ name: `${name}: ${title}`, ignore, fn });
  }

  test("publish, consume and ack delivers each message once", async () => {
    await using f = await makeBus({ ackWaitMs: 300 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      assert.equal(d.subject, "mesh.worker");
      await d.ack();
    });
    for (const text of ["a", "b", "c"]) {
      await f.bus.publish("worker", enc(text), { headers: { "x-trace": `t-${text}` } });
    }
    await waitFor("three deliveries", () => seen.length === 3);
    await sleep(700);
    assert.deepEqual(seen.map((s) => s.text).sort(), ["a", "b", "c"]);
    assert.ok(seen.every((s) => s.count === 1));
    const status = await f.bus.status();
    assert.equal(status.connected, true);
    assert.equal(status.pending?.["mesh.worker"] ?? 0, 0);
  });

  test("headers published with a message arrive with it", async () => {
    await using f = await makeBus({});
    let headers: Readonly<Record<string, string>> | null = null;
    await using _c = await f.bus.consume("worker", async (d) => {
      headers = d.headers;
      await d.ack();
    });
    await f.bus.publish("worker", enc("x"), { headers: { "x-trace": "abc", "x-id": "m1" } });
    await waitFor("the delivery", () => headers !== null);
    assert.equal(headers!["x-trace"], "abc");
    assert.equal(headers!["x-id"], "m1");
  });

  test("nak with a delay redelivers after the delay with deliveryCount 2", async () => {
    await using f = await makeBus({ ackWaitMs: 5_000 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      if (d.deliveryCount === 1) d.nak(400);
      else await d.ack();
    });
    await f.bus.publish("worker", enc("again"));
    await waitFor("the redelivery", () => seen.length === 2);
    assert.deepEqual(seen.map((s) => s.count), [1, 2]);
    const gap = seen[1].at - seen[0].at;
    assert.ok(gap >= 350, `redelivered after ${gap} ms, expected about 400`);
    assert.ok(gap < 2_000, `redelivered after ${gap} ms, expected about 400`);
  });

  test("an unsettled delivery is redelivered after ackWait", async () => {
    await using f = await makeBus({ ackWaitMs: 400 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      if (d.deliveryCount > 1) await d.ack();
    });
    await f.bus.publish("worker", enc("slow"));
    await waitFor("the redelivery", () => seen.length === 2);
    assert.deepEqual(seen.map((s) => s.count), [1, 2]);
    const gap = seen[1].at - seen[0].at;
    assert.ok(gap >= 350 && gap < 2_000, `redelivered after ${gap} ms, expected about 400`);
    await sleep(600);
    assert.equal(seen.length, 2);
  });

  test("working() pushes the ack deadline back", async () => {
    await using f = await makeBus({ ackWaitMs: 500 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      await sleep(300);
      d.working();
      await sleep(400);
      await d.ack();
    });
    await f.bus.publish("worker", enc("long"));
    await waitFor("the delivery", () => seen.length === 1);
    await sleep(1_300);
    assert.equal(seen.length, 1);
  });

  test("backoff sets the redelivery delay of each ack timeout", async () => {
    await using f = await makeBus({ ackWaitMs: 5_000, backoffMs: [200, 700], maxDeliver: 4 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      if (d.deliveryCount === 3) await d.ack();
    });
    await f.bus.publish("worker", enc("backoff"));
    await waitFor("three deliveries", () => seen.length === 3);
    const first = seen[1].at - seen[0].at;
    const second = seen[2].at - seen[1].at;
    assert.ok(first >= 150 && first < 600, `first redelivery after ${first} ms, expected 200`);
    assert.ok(second >= 600 && second < 1_500, `second after ${second} ms, expected 700`);
  });

  test("a message past maxDeliver (nak or timeout) is dead-lettered, not delivered again", async () => {
    await using f = await makeBus({ ackWaitMs: 300, maxDeliver: 2 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      // One is nak'ed, the other left to time out: both count as failed deliveries.
      if (dec(d.data) === "poison") d.nak();
      return Promise.resolve();
    });
    await f.bus.publish("worker", enc("poison"));
    await f.bus.publish("worker", enc("poison-2"), { headers: { "x-id": "p2" } });
    await waitFor("two messages delivered twice", () => seen.length >= 4, 5_000);
    let dead = await f.bus.deadLetters(10);
    const until = Date.now() + 5_000;
    while (dead.length < 2 && Date.now() < until) {
      await sleep(50);
      dead = await f.bus.deadLetters(10);
    }
    await sleep(800);
    assert.equal(seen.length, 4, `delivered ${seen.length} times, expected 2 each`);
    dead = await f.bus.deadLetters(10);
    assert.equal(dead.length, 2);
    assert.deepEqual(dead.map((d) => d.data).sort(), ["poison", "poison-2"]);
    for (const d of dead) {
      assert.equal(d.reason, "max deliveries reached");
      assert.equal(d.subject, "mesh.worker");
      assert.equal(d.deliveries, 2);
      assert.ok(!Number.isNaN(Date.parse(d.at)));
    }
    const status = await f.bus.status();
    assert.equal(status.pending?.["mesh.worker"] ?? 0, 0);
  });

  test("term() drops the message without redelivery or dead letter", async () => {
    await using f = await makeBus({ ackWaitMs: 300 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      d.term();
      return Promise.resolve();
    });
    await f.bus.publish("worker", enc("bad"));
    await waitFor("the delivery", () => seen.length === 1);
    await sleep(900);
    assert.equal(seen.length, 1);
    assert.deepEqual(await f.bus.deadLetters(), []);
    const status = await f.bus.status();
    assert.equal(status.pending?.["mesh.worker"] ?? 0, 0);
  });

  test("a repeated msgId is dropped", async () => {
    await using f = await makeBus({});
    const seen: string[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push(dec(d.data));
      await d.ack();
    });
    await f.bus.publish("worker", enc("one"), { msgId: "m-1" });
    await f.bus.publish("worker", enc("one again"), { msgId: "m-1" });
    await f.bus.publish("worker", enc("two"), { msgId: "m-2" });
    await waitFor("two deliveries", () => seen.length === 2);
    await sleep(300);
    assert.deepEqual(seen.sort(), ["one", "two"]);
  });

  test("replicas of one actor share the queue, each message to one", async () => {
    await using f = await makeBus({ ackWaitMs: 2_000 });
    const byA: string[] = [];
    const byB: string[] = [];
    function handler(into: string[]) {
      return async (d: Delivery) => {
        into.push(dec(d.data));
        await sleep(5);
        await d.ack();
      };
    }
    await using _a = await f.bus.consume("worker", handler(byA), { concurrency: 2 });
    await using _b = await f.bus.consume("worker", handler(byB), { concurrency: 2 });
    const sent = Array.from({ length: 40 }, (_, i) => `m${i}`);
    for (const text of sent) await f.bus.publish("worker", enc(text));
    await waitFor("all deliveries", () => byA.length + byB.length >= sent.length);
    await sleep(300);
    assert.deepEqual([...byA, ...byB].sort(), [...sent].sort());
    assert.ok(byA.length > 0 && byB.length > 0, `split ${byA.length}/${byB.length}`);
  });

  test("concurrency caps the deliveries in flight per consumer", async () => {
    await using f = await makeBus({ ackWaitMs: 5_000 });
    let inFlight = 0;
    let most = 0;
    let done = 0;
    await using _c = await f.bus.consume("worker", async (d) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(30);
      inFlight--;
      done++;
      await d.ack();
    }, { concurrency: 3 });
    for (let i = 0; i < 12; i++) await f.bus.publish("worker", enc(`m${i}`));
    await waitFor("all twelve", () => done === 12);
    assert.ok(most <= 3, `${most} in flight at once`);
    assert.ok(most >= 2, `only ${most} in flight at once: deliveries ran serially`);
  });

  test("a message published before any consumer waits for one", async () => {
    await using f = await makeBus({});
    await f.bus.publish("late", enc("early bird"));
    await f.bus.flush();
    await sleep(100);
    const seen: string[] = [];
    await using _c = await f.bus.consume("late", async (d) => {
      seen.push(dec(d.data));
      await d.ack();
    });
    await waitFor("the waiting message", () => seen.length === 1);
    assert.deepEqual(seen, ["early bird"]);
  });

  test("a handler that throws gets its delivery redelivered", async () => {
    await using f = await makeBus({ ackWaitMs: 5_000 });
    const counts: number[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      counts.push(d.deliveryCount);
      if (d.deliveryCount === 1) throw new Error("boom");
      await d.ack();
    });
    await f.bus.publish("worker", enc("x"));
    await waitFor("the redelivery", () => counts.length === 2, 3_000);
    assert.deepEqual(counts, [1, 2]);
  });

  test("notify reaches subscribers with NATS wildcard semantics", async () => {
    await using f = await makeBus({});
    const got: Record<string, string[]> = { exact: [], star: [], tail: [] };
    const subs = [
      f.bus.subscribe("mesh.reply.gw1", (data, subject, headers) => {
        got.exact.push(`${subject}=${dec(data)}:${headers["x-id"] ?? ""}`);
      }),
      f.bus.subscribe("mesh.*.gw1", (data, subject) => got.star.push(`${subject}=${dec(data)}`)),
      f.bus.subscribe("mesh.progress.>", (data, subject) => {
        got.tail.push(`${subject}=${dec(data)}`);
      }),
    ];
    await f.bus.flush();
    f.bus.notify("mesh.reply.gw1", enc("r1"), { "x-id": "m1" });
    f.bus.notify("mesh.progress.gw1", enc("p1"));
    f.bus.notify("mesh.progress.gw2.extra", enc("p2"));
    f.bus.notify("mesh.progress", enc("none"));
    f.bus.notify("mesh.reply.gw2", enc("none"));
    await f.bus.flush();
    await waitFor("notifications", () => got.tail.length === 2 && got.star.length === 2);
    await sleep(100);
    assert.deepEqual(got.exact, ["mesh.reply.gw1=r1:m1"]);
    assert.deepEqual(got.star.sort(), ["mesh.progress.gw1=p1", "mesh.reply.gw1=r1"]);
    assert.deepEqual(got.tail.sort(), ["mesh.progress.gw1=p1", "mesh.progress.gw2.extra=p2"]);
    for (const s of subs) s.unsubscribe();
    f.bus.notify("mesh.reply.gw1", enc("after"));
    await f.bus.flush();
    await sleep(100);
    assert.equal(got.exact.length, 1);
  });

  test("core subjects are not captured by actor queues", async () => {
    await using f = await makeBus({});
    const work: string[] = [];
    await using _c = await f.bus.consume("reply", async (d) => {
      work.push(dec(d.data));
      await d.ack();
    });
    f.bus.notify("mesh.reply.gw1", enc("core"));
    await f.bus.publish("reply", enc("work"));
    await waitFor("the work message", () => work.length === 1);
    await sleep(200);
    assert.deepEqual(work, ["work"]);
  });

  test("handoffs: de-duplicated by id, redelivered until acked, durable per name", async () => {
    await using f = await makeBus({ ackWaitMs: 400 });
    await f.bus.publishHandoff(handoff("h1"));
    await f.bus.publishHandoff(handoff("h1"));
    await f.bus.publishHandoff(handoff("h2"));
    const seen: string[] = [];
    const first = await f.bus.consumeHandoffs("agents", async (h, d) => {
      seen.push(`${h.id}#${d.deliveryCount}`);
      // Leave h1's first delivery unacked: it must come back.
      if (h.id === "h1" && d.deliveryCount === 1) return;
      await d.ack();
    });
    await waitFor("h1 redelivered", () => seen.includes("h1#2"));
    await sleep(200);
    assert.deepEqual(seen.sort(), ["h1#1", "h1#2", "h2#1"]);
    await first.drain();

    // A restarted consumer of the same name sees only what it has not acked.
    await f.bus.publishHandoff(handoff("h3"));
    const again: string[] = [];
    await using _second = await f.bus.consumeHandoffs("agents", async (h, d) => {
      again.push(h.id);
      await d.ack();
    });
    await waitFor("h3", () => again.length >= 1);
    await sleep(300);
    assert.deepEqual(again, ["h3"]);

    // Another name sees every handoff once.
    const audit: string[] = [];
    await using _audit = await f.bus.consumeHandoffs("audit", async (h, d) => {
      audit.push(h.id);
      await d.ack();
    });
    await waitFor("all handoffs", () => audit.length >= 3);
    await sleep(200);
    assert.deepEqual(audit.sort(), ["h1", "h2", "h3"]);
  });

  test("dead letters can be written and listed, newest last", async () => {
    await using f = await makeBus({});
    for (let i = 0; i < 5; i++) {
      await f.bus.deadLetter({
        subject: "mesh.worker",
        reason: `invalid envelope: case ${i}`,
        data: `{"n":${i}}`,
        deliveries: 1,
        at: new Date().toISOString(),
      });
    }
    const last = await f.bus.deadLetters(3);
    assert.deepEqual(last.map((d) => d.reason), [
      "invalid envelope: case 2",
      "invalid envelope: case 3",
      "invalid envelope: case 4",
    ]);
    assert.equal((await f.bus.deadLetters()).length, 5);
  });

  test("drain waits for deliveries in flight and takes no new ones", async () => {
    await using f = await makeBus({ ackWaitMs: 5_000 });
    let started = 0;
    let acked = 0;
    const consumer = await f.bus.consume("worker", async (d) => {
      started++;
      await sleep(300);
      await d.ack();
      acked++;
    }, { concurrency: 2 });
    await f.bus.publish("worker", enc("a"));
    await f.bus.publish("worker", enc("b"));
    await waitFor("two in flight", () => started === 2);
    await consumer.drain();
    assert.equal(acked, 2);
    await f.bus.publish("worker", enc("c"));
    await sleep(300);
    assert.equal(started, 2);
    // The message waits for the next consumer.
    const later: string[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      later.push(dec(d.data));
      await d.ack();
    });
    await waitFor("c", () => later.length === 1);
    assert.deepEqual(later, ["c"]);
  });

  test("drain stops waiting for a stuck handler at its ack deadline", async () => {
    await using f = await makeBus({ ackWaitMs: 300 });
    let started = 0;
    const consumer = await f.bus.consume("worker", () => {
      started++;
      return new Promise<void>(() => {}); // never settles
    });
    await f.bus.publish("worker", enc("stuck"));
    await waitFor("the delivery", () => started >= 1);
    const t0 = Date.now();
    await consumer.drain();
    const waited = Date.now() - t0;
    assert.ok(waited < 2_000, `drain took ${waited} ms`);
  });
}

runBusContract("memory", (policy) => {
  const bus = new MemoryBus({ policy });
  return Promise.resolve({ bus, [Symbol.asyncDispose]: () => bus[Symbol.asyncDispose]() });
});

runBusContract("jetstream", async (policy) => {
  const server = await startNats();
  try {
    const bus = await JetStreamBus.connect({ servers: server.url, policy });
    return {
      bus,
      async [Symbol.asyncDispose]() {
        await bus[Symbol.asyncDispose]();
        await server[Symbol.asyncDispose]();
      },
    };
  } catch (err) {
    await server[Symbol.asyncDispose]();
    throw err;
  }
}, natsMissing());

// JetStream only: what the in-process bus has no counterpart for.

Deno.test({
  name: "jetstream: buses starting at once share one durable consumer per actor",
  ignore: natsMissing(),
  async fn() {
    await using server = await startNats();
    const policy = { ackWaitMs: 2_000 };
    await using a = await JetStreamBus.connect({ servers: server.url, policy });
    await using b = await JetStreamBus.connect({ servers: server.url, policy });
    const seen: string[] = [];
    const handler = async (d: Delivery) => {
      seen.push(dec(d.data));
      await d.ack();
    };
    const [ca, cb] = await Promise.all([a.consume("w", handler), b.consume("w", handler)]);
    for (let i = 0; i < 20; i++) await (i % 2 ? a : b).publish("w", enc(`m${i}`));
    await waitFor("all twenty", () => seen.length >= 20);
    await sleep(200);
    assert.equal(new Set(seen).size, 20);
    assert.equal(seen.length, 20);
    await Promise.all([ca.drain(), cb.drain()]);
  },
});

Deno.test({
  name: "jetstream: queued and new messages are delivered across a server restart",
  ignore: natsMissing(),
  async fn() {
    await using server = await startNats();
    await using bus = await JetStreamBus.connect({
      servers: server.url,
      policy: { ackWaitMs: 500 },
    });
    await bus.publish("w", enc("before"));
    await server.restart();
    const seen: string[] = [];
    await using _c = await bus.consume("w", async (d) => {
      seen.push(dec(d.data));
      await d.ack();
    });
    await waitFor("the stored message", () => seen.includes("before"), 10_000);
    await bus.publish("w", enc("after"));
    await waitFor("the new message", () => seen.includes("after"), 10_000);
    assert.deepEqual(seen, ["before", "after"]);
  },
});
