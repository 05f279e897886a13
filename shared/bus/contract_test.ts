/**
 * The one delivery contract both buses keep, run against the in-process bus and against
 * JetStream on a real nats-server (skipped where nats-server is missing, failed under CI).
 *
 * The contract, in short:
 * - A work message goes to exactly one consumer of its actor; replicas share the queue;
 *   it waits (durably) for a consumer that is not there yet.
 * - `ack()` removes it for good (JetStream: sent without awaiting the server's confirmation;
 *   a lost ack means one more delivery after the ack deadline).
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
import { natsMissing, startNats } from "../../tests/helpers/nats.ts";
import { JetStreamBus } from "./jetstream.ts";
import { MemoryBus } from "./memory.ts";
import type { Delivery } from "./types.ts";

import { dec, enc, type MakeBus, sleep, waitFor } from "../../tests/helpers/bus_contract.ts";
import { deliveryContract } from "../../tests/helpers/bus_contract_delivery.ts";
import { subjectsContract } from "../../tests/helpers/bus_contract_subjects.ts";

/** Runs the whole contract against the buses `makeBus` creates. */
function runBusContract(name: string, makeBus: MakeBus, ignore = false): void {
  deliveryContract(name, makeBus, ignore);
  subjectsContract(name, makeBus, ignore);
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
