/**
 * Starts a real, disposable `nats-server` with JetStream for tests: a free port, its own
 * store directory, removed when disposed.
 */
import { findBinary, freePort, missing, waitForPort } from "./binaries.ts";

/** Options for `startNats`. */
export interface StartNatsOptions {
  /** Port to listen on; default a free one. */
  port?: number;
  /** Store directory; default a new temporary one (removed on dispose). */
  storeDir?: string;
  /** Extra arguments for nats-server. */
  args?: string[];
}

/** A running nats-server started by a test. */
export interface NatsServerHandle extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Stops the server (SIGTERM, then waits for it to exit). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same store (fault tests). */
  restart(): Promise<void>;
}

/** True when tests needing nats-server should be skipped (throws under CI). */
export function natsMissing(): boolean {
  return missing("nats-server");
}

/** Starts `nats-server -js` on a free loopback port with a temporary store. */
export async function startNats(opts: StartNatsOptions = {}): Promise<NatsServerHandle> {
  const binary = findBinary("nats-server");
  if (!binary) throw new Error("Cannot start nats-server: it is not on the PATH");
  const port = opts.port ?? freePort();
  const ownDir = opts.storeDir === undefined;
  const storeDir = opts.storeDir ?? await Deno.makeTempDir({ prefix: "mesh_nats_" });
  const args = ["-js", "-a", "127.0.0.1", "-p", String(port), "-sd", storeDir, ...opts.args ?? []];

  let child: Deno.ChildProcess | null = null;
  async function start(): Promise<void> {
    child = new Deno.Command(binary!, { args, stdin: "null", stdout: "null", stderr: "null" })
      .spawn();
    try {
      await waitForPort(port, 10_000);
    } catch (err) {
      await stop();
      throw err;
    }
  }
  async function stop(): Promise<void> {
    const c = child;
    child = null;
    if (!c) return;
    try {
      c.kill("SIGTERM");
    } catch {
      // already exited
    }
    await c.status;
  }

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async [Symbol.asyncDispose]() {
      await stop();
      if (ownDir) await Deno.remove(storeDir, { recursive: true }).catch(() => {});
    },
  };
}
