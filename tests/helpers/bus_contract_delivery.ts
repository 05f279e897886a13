/**
 * The bus contract, part one: delivery, acks, redelivery, limits, de-duplication and concurrency (run by shared/bus/contract_test.ts on both buses).
 */
import assert from "node:assert/strict";
import { dec, enc, type MakeBus, type Seen, sleep, waitFor } from "./bus_contract.ts";
import { type Delivery, GIVEN_UP_SUBJECT, MESSAGE_ID_HEADER } from "../../shared/bus/types.ts";

/** Registers this part of the contract for the buses `makeBus` creates. */
export function deliveryContract(name: string, makeBus: MakeBus, ignore = false): void {
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

  test("working() called at every step of a long chain keeps the delivery", async () => {
    // The mesh calls it as each chained step starts, often milliseconds apart: calls close
    // together may be coalesced (JetStream), but the deadline must never pass meanwhile.
    await using f = await makeBus({ ackWaitMs: 500 });
    const seen: Seen[] = [];
    await using _c = await f.bus.consume("worker", async (d) => {
      seen.push({ text: dec(d.data), count: d.deliveryCount, at: Date.now() });
      for (let i = 0; i < 40; i++) {
        d.working();
        await sleep(i % 4 === 0 ? 90 : 2);
      }
      await d.ack();
    });
    await f.bus.publish("worker", enc("chain"));
    await waitFor("the delivery", () => seen.length === 1);
    await sleep(1_800);
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
    const announced: { message_id: string; subject: string }[] = [];
    const sub = f.bus.subscribe(GIVEN_UP_SUBJECT, (data) => announced.push(JSON.parse(dec(data))));
    await f.bus.publish("worker", enc("poison"), { headers: { [MESSAGE_ID_HEADER]: "msg_p1" } });
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
    // The one with a mesh message id is announced, so its gateway can send the turn again.
    assert.deepEqual(dead.find((d) => d.data === "poison")?.message_id, "msg_p1");
    assert.deepEqual(announced, [{ message_id: "msg_p1", subject: "mesh.worker" }]);
    sub.unsubscribe();
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
}
