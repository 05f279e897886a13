/**
 * The JetStream bus says it is connected only while it can take a publish: not while the
 * server is gone (at once, from the connection's events), not while JetStream cannot
 * answer for the work stream (from a real, briefly cached request), and again once both
 * are back. Real nats-server; bounded waits, no timing asserted.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { natsMissing, startNats } from "../../tests/helpers/nats.ts";
import { JetStreamBus } from "./jetstream.ts";
import type { BusStatus } from "./types.ts";

async function statusUntil(
  bus: JetStreamBus,
  want: (s: BusStatus) => boolean,
  what: string,
): Promise<BusStatus> {
  const until = Date.now() + 20_000;
  while (true) {
    const s = await bus.status();
    if (want(s)) return s;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(s)} after 20 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

Deno.test({
  name: "jetstream status is not connected while the server is down, and connected once back",
  ignore: natsMissing(),
  async fn() {
    await using server = await startNats();
    await using bus = await JetStreamBus.connect({ servers: server.url, streamPrefix: "health" });
    const up = await bus.status();
    assert.equal(up.connected, true);
    assert.ok(up.pending, "a connected bus shows what waits");

    await server.stop();
    const down = await statusUntil(bus, (s) => !s.connected, "the outage seen");
    assert.match(down.detail ?? "", /disconnected|did not answer/);

    await server.restart();
    const back = await statusUntil(bus, (s) => s.connected, "the server back");
    assert.equal(back.detail, undefined);
    await bus.publish("w", new TextEncoder().encode("after the outage"));
  },
});

Deno.test({
  name: "jetstream status is not connected while the work stream cannot take a publish",
  ignore: natsMissing(),
  async fn() {
    await using server = await startNats();
    await using bus = await JetStreamBus.connect({ servers: server.url, streamPrefix: "gone" });
    assert.equal((await bus.status()).connected, true);
    // The connection stays up; only JetStream's side is gone.
    const nc = await connect({ servers: server.url });
    try {
      await (await jetstreamManager(nc)).streams.delete("gone_MESH");
    } finally {
      await nc.close();
    }
    const s = await statusUntil(bus, (x) => !x.connected, "the missing stream seen");
    assert.match(s.detail ?? "", /JetStream did not answer/);
  },
});
