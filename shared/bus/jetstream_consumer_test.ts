import assert from "node:assert/strict";
import type { JsMsg } from "@nats-io/jetstream";
import { ackDeadlineMs, JsDelivery, namesFor, workingInterval } from "./jetstream_consumer.ts";

/** A JetStream message as the client hands it over, counting what the delivery sends. */
function message(sent: string[]): JsMsg {
  return {
    subject: "mesh.intent",
    data: new Uint8Array(),
    info: { deliveryCount: 1 },
    headers: undefined,
    working: () => sent.push("+WPI"),
    ack: () => sent.push("+ACK"),
  } as unknown as JsMsg;
}

Deno.test("working() sends an in-progress ack only once the deadline has run down a tenth", () => {
  const sent: string[] = [];
  let now = 0;
  const d = new JsDelivery(message(sent), namesFor(undefined), 10_000, () => now);
  // A chain of steps a few milliseconds apart: the deadline is still nearly whole.
  for (let i = 0; i < 7; i++) {
    now += 3;
    d.working();
  }
  assert.deepEqual(sent, []);
  now = 1_000;
  d.working();
  assert.deepEqual(sent, ["+WPI"]);
  now = 1_500;
  d.working();
  assert.deepEqual(sent, ["+WPI"], "counted from the last one sent");
  now = 2_000;
  d.working();
  assert.deepEqual(sent, ["+WPI", "+WPI"]);
});

Deno.test("working() sends nothing once the delivery is settled", async () => {
  const sent: string[] = [];
  let now = 0;
  const d = new JsDelivery(message(sent), namesFor(undefined), 500, () => now);
  await d.ack();
  now = 10_000;
  d.working();
  assert.deepEqual(sent, ["+ACK"]);
});

Deno.test("the interval is a tenth of a short deadline and at most a second", () => {
  assert.equal(workingInterval(500), 50);
  assert.equal(workingInterval(10_000), 1_000);
  assert.equal(workingInterval(60_000), 1_000);
});

Deno.test("a delivery's deadline is its backoff step, else the ack wait", () => {
  assert.equal(ackDeadlineMs({ ack_wait: 10e9 }, 3), 10_000);
  const backoff = { ack_wait: 1e9, backoff: [1e9, 5e9] };
  assert.equal(ackDeadlineMs(backoff, 1), 1_000);
  assert.equal(ackDeadlineMs(backoff, 2), 5_000);
  assert.equal(ackDeadlineMs(backoff, 7), 5_000, "the last step repeats");
  assert.equal(ackDeadlineMs({}, 1), 30_000);
});
