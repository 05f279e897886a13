/**
 * Launches a local `nats-server` with JetStream as a child process, for `deno task start`
 * when no NATS_URL is given but the server is installed.
 */
import type { Logger } from "./log.ts";

/** A nats-server this process started. */
export interface LaunchedNats extends AsyncDisposable {
  url: string;
  port: number;
  storeDir: string;
  /** Process id, to read its resident size. */
  pid: number;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/** Looks `nats-server` up on the PATH (Debian puts it in /usr/sbin). */
export function findNatsServer(path = Deno.env.get("PATH") ?? ""): string | null {
  const mayRunAnything = Deno.permissions.querySync({ name: "run" }).state === "granted";
  for (const dir of path.split(":").filter(Boolean)) {
    const candidate = `${dir}/nats-server`;
    try {
      if (Deno.statSync(candidate).isFile) return candidate;
    } catch (err) {
      // Without read access to the PATH (`--allow-run=nats-server` and narrow reads, as in
      // the `start` permission set) Deno's own lookup tells: it grants the run of the
      // binary it resolved on the PATH at start, and of no other.
      const resolvedByDeno = err instanceof Deno.errors.NotCapable && !mayRunAnything &&
        Deno.permissions.querySync({ name: "run", command: candidate }).state === "granted";
      if (resolvedByDeno) return candidate;
    }
  }
  return null;
}

function portFree(port: number): boolean {
  try {
    Deno.listen({ hostname: "127.0.0.1", port }).close();
    return true;
  } catch {
    return false;
  }
}

function anyFreePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

async function waitForPort(port: number, child: Deno.ChildProcess, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  let exited = false;
  child.status.then(() => (exited = true));
  while (Date.now() < until && !exited) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error(`Cannot start nats-server: it did not listen on port ${port}`);
}

/** Options for `launchNats`. */
export interface LaunchOptions {
  binary: string;
  /** JetStream data directory. */
  storeDir: string;
  /** Preferred port; a free one is taken when it is busy. */
  port?: number;
  log: Logger;
}

/** Starts nats-server with JetStream on loopback and waits until it listens. */
export async function launchNats(opts: LaunchOptions): Promise<LaunchedNats> {
  const port = opts.port && portFree(opts.port) ? opts.port : anyFreePort();
  await Deno.mkdir(opts.storeDir, { recursive: true });
  const child = new Deno.Command(opts.binary, {
    args: ["-js", "-a", "127.0.0.1", "-p", String(port), "-sd", opts.storeDir],
    stdout: "null",
    stderr: "null",
    stdin: "null",
  }).spawn();
  try {
    await waitForPort(port, child, 10_000);
  } catch (err) {
    try {
      child.kill("SIGKILL");
    } catch { /* already gone */ }
    await child.status;
    throw err;
  }
  opts.log.info("Launched nats-server", { port, store_dir: opts.storeDir, pid: child.pid });
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      try {
        child.kill("SIGTERM");
      } catch { /* already gone */ }
      const timer = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch { /* gone */ }
      }, 5000);
      await child.status;
      clearTimeout(timer);
    })();
    return stopped;
  };
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir: opts.storeDir,
    pid: child.pid,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
