/**
 * The bus contract, part two: core subjects, handoffs, dead letters and draining (run by shared/bus/contract_test.ts on both buses).
 */
import assert from "node:assert/strict";
import { dec, enc, handoff, type MakeBus, sleep, waitFor } from "./bus_contract.ts";

/** Registers this part of the contract for the buses `makeBus` creates. */
export function subjectsContract(name: string, makeBus: MakeBus, ignore = false): void {
  function test(title: string, fn: () => Promise<void>): void {
    Deno.test({ name: `${name}: ${title}`, ignore, fn });
  }

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
