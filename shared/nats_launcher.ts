/**
 * Launches a local `nats-server` with JetStream as a child process, for `deno task start`
 * when no NATS_URL is given but the server is installed, and keeps it running: a child
 * that exits unexpectedly (a crash, `kill -9`, the OOM killer) is started again with
 * exponential backoff on the same port and the same store directory, so clients reconnect
 * to the same address and JetStream finds what it had.
 */
import { describeError } from "./errors.ts";
import type { Logger } from "./log.ts";

/** What the launcher's child is doing, for health checks. */
export interface LaunchedNatsState {
  /** `running`: listening; `restarting`: exited and waiting for (or in) its restart. */
  state: "running" | "restarting" | "stopped";
  pid: number;
  port: number;
  /** Restarts since launch. */
  restarts: number;
  /** How the last unexpected exit ended, if there was one. */
  last_exit: { code: number; signal: string | null; at: string } | null;
}

/** A nats-server this process started and supervises. */
export interface LaunchedNats extends AsyncDisposable {
  url: string;
  port: number;
  storeDir: string;
  /** Process id of the current child (it changes when the child is restarted). */
  readonly pid: number;
  /** Restarts since launch. */
  readonly restarts: number;
  /** State of the child for `/health/ready`. */
  state(): LaunchedNatsState;
  /** Resolves once the child listens again (at once when it does). */
  whenRunning(): Promise<void>;
  /** Stops the server for good (no restart) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Restart delays of the supervised child. */
export interface RestartBackoff {
  /** First delay after an unexpected exit. Default 100 ms. */
  initialMs: number;
  /** Longest delay; each failed or short-lived start doubles it up to this. Default 5 s. */
  maxMs: number;
  /** A child that ran this long resets the delay to `initialMs`. Default 30 s. */
  stableMs: number;
}

/** Defaults of `RestartBackoff`. */
export const DEFAULT_RESTART_BACKOFF: RestartBackoff = {
  initialMs: 100,
  maxMs: 5_000,
  stableMs: 30_000,
};

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
      // A server that cannot bind exits at once: a connection then reached someone else.
      if (!exited) return;
    } catch {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  throw new Error(
    exited
      ? `Cannot start nats-server: it exited before listening on port ${port}`
      : `Cannot start nats-server: it did not listen on port ${port}`,
  );
}

/** Options for `launchNats`. */
export interface LaunchOptions {
  binary: string;
  /** JetStream data directory. */
  storeDir: string;
  /** Preferred port; a free one is taken when it is busy. */
  port?: number;
  log: Logger;
  /** Restart delays; default `DEFAULT_RESTART_BACKOFF`. */
  backoff?: Partial<RestartBackoff>;
}

/**
 * Starts nats-server with JetStream on loopback and waits until it listens; from then on
 * restarts it whenever it exits until `stop()`.
 */
export async function launchNats(opts: LaunchOptions): Promise<LaunchedNats> {
  const port = opts.port && portFree(opts.port) ? opts.port : anyFreePort();
  await Deno.mkdir(opts.storeDir, { recursive: true });
  const sup = new NatsSupervisor({
    binary: opts.binary,
    port,
    storeDir: opts.storeDir,
    log: opts.log,
    backoff: { ...DEFAULT_RESTART_BACKOFF, ...opts.backoff },
  });
  await sup.start();
  const stop = () => sup.stop();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir: opts.storeDir,
    get pid() {
      return sup.pid;
    },
    get restarts() {
      return sup.restarts;
    },
    state: () => sup.state(),
    whenRunning: () => sup.whenRunning(),
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** One nats-server child, started again after every unexpected exit. */
class NatsSupervisor {
  readonly #binary: string;
  readonly #port: number;
  readonly #storeDir: string;
  readonly #log: Logger;
  readonly #backoff: RestartBackoff;
  #child: Deno.ChildProcess | null = null;
  #pid = 0;
  #state: LaunchedNatsState["state"] = "restarting";
  #restarts = 0;
  /** Unexpected exits in a row without a stable run in between. */
  #failures = 0;
  #lastExit: LaunchedNatsState["last_exit"] = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: { promise: Promise<void>; resolve: () => void };
  #stopping: Promise<void> | null = null;
  /** A start under way, which `stop()` waits for. */
  #starting: Promise<void> | null = null;

  constructor(opts: {
    binary: string;
    port: number;
    storeDir: string;
    log: Logger;
    backoff: RestartBackoff;
  }) {
    this.#binary = opts.binary;
    this.#port = opts.port;
    this.#storeDir = opts.storeDir;
    this.#log = opts.log;
    this.#backoff = opts.backoff;
    this.#running = deferred();
  }

  get pid(): number {
    return this.#pid;
  }

  get restarts(): number {
    return this.#restarts;
  }

  state(): LaunchedNatsState {
    return {
      state: this.#stopping ? "stopped" : this.#state,
      pid: this.#pid,
      port: this.#port,
      restarts: this.#restarts,
      last_exit: this.#lastExit,
    };
  }

  whenRunning(): Promise<void> {
    return this.#running.promise;
  }

  /** The first start: a failure is the caller's (nothing is restarted). */
  async start(): Promise<void> {
    await this.#spawn();
    this.#log.info("Launched nats-server", {
      port: this.#port,
      store_dir: this.#storeDir,
      pid: this.#pid,
    });
  }

  #spawn(): Promise<void> {
    const starting = this.#startChild();
    this.#starting = starting.finally(() => (this.#starting = null)).catch(() => {});
    return starting;
  }

  async #startChild(): Promise<void> {
    const child = new Deno.Command(this.#binary, {
      args: ["-js", "-a", "127.0.0.1", "-p", String(this.#port), "-sd", this.#storeDir],
      stdout: "null",
      stderr: "null",
      stdin: "null",
    }).spawn();
    try {
      await waitForPort(this.#port, child, 10_000);
    } catch (err) {
      try {
        child.kill("SIGKILL");
      } catch { /* already gone */ }
      await child.status;
      throw err;
    }
    if (this.#stopping) {
      // Stopped while this start was under way: do not leave the child behind.
      try {
        child.kill("SIGTERM");
      } catch { /* already gone */ }
      await child.status;
      return;
    }
    this.#child = child;
    this.#pid = child.pid;
    this.#state = "running";
    this.#running.resolve();
    const startedAt = Date.now();
    child.status.then((s) => this.#exited(child, s, Date.now() - startedAt));
  }

  #exited(child: Deno.ChildProcess, status: Deno.CommandStatus, ranMs: number): void {
    if (this.#stopping || child !== this.#child) return;
    this.#child = null;
    this.#state = "restarting";
    this.#running = deferred();
    this.#lastExit = { code: status.code, signal: status.signal, at: new Date().toISOString() };
    if (ranMs >= this.#backoff.stableMs) this.#failures = 0;
    const delay = this.#delay();
    this.#log.error("nats-server exited unexpectedly; restarting it", {
      pid: child.pid,
      code: status.code,
      signal: status.signal,
      ran_ms: ranMs,
      restart_in_ms: delay,
    });
    this.#schedule(delay);
  }

  /** The next delay: doubles with each exit or failed start in a row, up to the cap. */
  #delay(): number {
    const { initialMs, maxMs } = this.#backoff;
    const delay = Math.min(maxMs, initialMs * 2 ** this.#failures);
    this.#failures++;
    return delay;
  }

  #schedule(delay: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#restart();
    }, delay);
  }

  async #restart(): Promise<void> {
    if (this.#stopping) return;
    try {
      // The same port, or clients would not find it; someone else's server there is not ours.
      if (!portFree(this.#port)) {
        throw new Error(`Cannot restart nats-server: port ${this.#port} is in use`);
      }
      await this.#spawn();
    } catch (err) {
      if (this.#stopping) return;
      const delay = this.#delay();
      this.#log.error("Cannot restart nats-server; trying again", {
        port: this.#port,
        error: describeError(err),
        retry_in_ms: delay,
      });
      this.#schedule(delay);
      return;
    }
    if (this.#stopping) return;
    this.#restarts++;
    this.#log.warn("Restarted nats-server", {
      pid: this.#pid,
      port: this.#port,
      store_dir: this.#storeDir,
      restarts: this.#restarts,
    });
  }

  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      // A start under way kills its own child once it sees the stop.
      await this.#starting;
      const child = this.#child;
      this.#child = null;
      this.#state = "stopped";
      if (!child) return;
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
    return this.#stopping;
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
