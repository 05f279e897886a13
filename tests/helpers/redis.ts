/**
 * A real, disposable `redis-server` for tests: a free port on loopback, no persistence,
 * its working folder in a temporary directory removed on dispose.
 */
import { findBinary, freePort, missing, waitForPort } from "./binaries.ts";

/** A running test Redis. */
export interface RedisServer extends AsyncDisposable {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server (its data is gone: nothing is persisted). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open but nothing is answered. */
  pause(): void;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
}

/** True when tests needing Redis should be skipped (no `redis-server` on the PATH). */
export function redisMissing(): boolean {
  return missing("redis-server");
}

/** Starts `redis-server` on a free port and waits until it accepts connections. */
export async function startRedis(): Promise<RedisServer> {
  const bin = findBinary("redis-server");
  if (!bin) throw new Error("Cannot start Redis: redis-server not found on PATH");
  const port = freePort();
  const dir = await Deno.makeTempDir({ prefix: "sm-redis-" });
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    dir,
  ];
  let child: Deno.ChildProcess | null = null;
  let paused = false;

  function signal(sig: Deno.Signal): void {
    try {
      child?.kill(sig);
    } catch {
      // already exited
    }
  }

  async function start(): Promise<void> {
    child = new Deno.Command(bin!, { args, stdin: "null", stdout: "null", stderr: "null" })
      .spawn();
    try {
      await waitForPort(port);
    } catch (err) {
      await stop();
      throw err;
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    if (!running) return;
    try {
      running.kill("SIGTERM");
      // A stopped process only acts on SIGTERM once it runs again.
      if (paused) running.kill("SIGCONT");
    } catch {
      // already exited
    }
    child = null;
    paused = false;
    await running.status;
  }

  try {
    await start();
  } catch (err) {
    await Deno.remove(dir, { recursive: true });
    throw err;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    pause() {
      signal("SIGSTOP");
      paused = true;
    },
    resume() {
      signal("SIGCONT");
      paused = false;
    },
    async restart() {
      await stop();
      await start();
    },
    async [Symbol.asyncDispose]() {
      await stop();
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    },
  };
}
