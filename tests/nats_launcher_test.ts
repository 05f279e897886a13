/**
 * The launcher that `deno task start` uses keeps its nats-server running: killed with
 * SIGKILL it comes back on the same port with the same store (JetStream keeps its
 * messages), a busy port is tried again until it frees up, and nothing is restarted after
 * `stop()`. Real nats-server processes; bounded waits, no timing asserted.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { findBinary, freePort } from "./helpers/binaries.ts";
import { natsMissing } from "./helpers/nats.ts";
import { within } from "./helpers/fault_run.ts";
import { type LaunchedNats, launchNats } from "../shared/nats_launcher.ts";
import { createLogger } from "../shared/log.ts";

const ignore = natsMissing();

function capture(): { log: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: createLogger({ level: "debug", sink: (l) => lines.push(JSON.parse(l)) }) };
}

function alive(pid: number): boolean {
  try {
    Deno.kill(pid, "SIGCONT");
    return true;
  } catch {
    return false;
  }
}

async function launch(
  storeDir: string,
  log: ReturnType<typeof createLogger>,
  initialMs = 100,
): Promise<LaunchedNats> {
  return await launchNats({
    binary: findBinary("nats-server")!,
    storeDir,
    port: freePort(),
    log,
    backoff: { initialMs, maxMs: 5_000 },
  });
}

Deno.test({
  name: "launched nats-server killed with SIGKILL is restarted on its port with its store",
  ignore,
  async fn() {
    const storeDir = await Deno.makeTempDir({ prefix: "mesh_launch_" });
    const { log, lines } = capture();
    await using nats = await launch(storeDir, log);
    const nc = await connect({
      servers: nats.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    try {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.add({ name: "KEEP", subjects: ["keep.>"] });
      await jetstream(nc).publish("keep.one", new TextEncoder().encode("before the crash"));
      const first = nats.pid;

      Deno.kill(first, "SIGKILL");
      await within(
        (async () => {
          while (nats.pid === first || nats.state().state !== "running") {
            await new Promise((r) => setTimeout(r, 50));
          }
        })(),
        30_000,
        "nats-server restarted",
      );
      assert.notEqual(nats.pid, first, "a new process");
      assert.equal(nats.restarts, 1);
      const state = nats.state();
      assert.equal(state.port, nats.port, "the same port");
      assert.equal(state.last_exit?.signal, "SIGKILL");
      assert.ok(lines.some((l) => l.msg === "nats-server exited unexpectedly; restarting it"));
      assert.ok(lines.some((l) => l.msg === "Restarted nats-server" && l.store_dir === storeDir));

      // The client finds the same address again, and JetStream kept the stream's message.
      const info = await within(
        (async () => {
          while (true) {
            try {
              return await jsm.streams.info("KEEP");
            } catch {
              await new Promise((r) => setTimeout(r, 100));
            }
          }
        })(),
        30_000,
        "the stream answered after the restart",
      );
      assert.equal(info.state.messages, 1);
      const kept = await jsm.streams.getMessage("KEEP", { seq: 1 });
      assert.equal(new TextDecoder().decode(kept?.data), "before the crash");
    } finally {
      await nc.close();
      await nats.stop();
      await Deno.remove(storeDir, { recursive: true });
    }
  },
});

Deno.test({
  name: "launched nats-server whose port is taken meanwhile is tried again until it frees up",
  ignore,
  async fn() {
    const storeDir = await Deno.makeTempDir({ prefix: "mesh_launch_" });
    const { log, lines } = capture();
    // A long first delay: the port is taken well before the first restart is tried.
    const nats = await launch(storeDir, log, 500);
    try {
      const first = nats.pid;
      Deno.kill(first, "SIGKILL");
      await within(
        (async () => {
          while (nats.state().state === "running") await new Promise((r) => setTimeout(r, 10));
        })(),
        10_000,
        "the exit was seen",
      );
      const squatter = Deno.listen({ hostname: "127.0.0.1", port: nats.port });
      const refused = () =>
        lines.filter((l) => l.msg === "Cannot restart nats-server; trying again");
      await within(
        (async () => {
          while (refused().length < 2) await new Promise((r) => setTimeout(r, 50));
        })(),
        30_000,
        "restarts were tried while the port was taken",
      );
      assert.equal(nats.state().state, "restarting", "not running while it cannot listen");
      const delays = refused().map((l) => l.retry_in_ms as number);
      assert.ok(delays[1] > delays[0], `the delay grows (${delays.join(", ")})`);
      squatter.close();
      await within(nats.whenRunning(), 30_000, "restarted once the port was free");
      assert.notEqual(nats.pid, first);
      assert.equal(nats.state().port, nats.port);
    } finally {
      await nats.stop();
      await Deno.remove(storeDir, { recursive: true });
    }
  },
});

Deno.test({
  name: "a stopped launched nats-server is not restarted",
  ignore,
  async fn() {
    const storeDir = await Deno.makeTempDir({ prefix: "mesh_launch_" });
    const { log, lines } = capture();
    const nats = await launch(storeDir, log);
    const pid = nats.pid;
    await nats.stop();
    assert.equal(alive(pid), false, "the child exited");
    // Several restart delays later, still nothing runs and nothing was tried.
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(nats.state().state, "stopped");
    assert.equal(nats.restarts, 0);
    assert.ok(!lines.some((l) => String(l.msg).includes("restart")), "no restart logged");
    await Deno.remove(storeDir, { recursive: true });
  },
});
