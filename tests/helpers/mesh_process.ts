/**
 * Support Mesh in a process of its own (`deno run -A main.ts`), as a deployment runs it:
 * a gateway alone (ACTORS=none), the actors, or both. Started on a given port, it can be
 * killed outright (SIGKILL, no drain) and started again on the same port.
 */
import { waitForPort } from "./binaries.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

/** A running main.ts process. */
export interface MeshProcess extends AsyncDisposable {
  readonly url: string;
  readonly port: number;
  /** The last lines it logged (for a failure message). */
  logTail(): string;
  /** Kills it without a drain (SIGKILL) and waits for it to end. */
  kill(): Promise<void>;
  /** Stops it with SIGTERM (a drain) and waits for it to end. */
  stop(): Promise<void>;
}

/** Options of `startMeshProcess`. */
export interface MeshProcessOptions {
  /** Its name in failure messages. */
  name: string;
  port: number;
  /** The environment (config) on top of a minimal one. */
  env: Record<string, string>;
  /** How long it may take to listen. Default 60 s. */
  readyMs?: number;
}

/** Starts main.ts with `env` and waits until it answers /health/ready. */
export async function startMeshProcess(opts: MeshProcessOptions): Promise<MeshProcess> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-prompt", "main.ts"],
    cwd: ROOT,
    clearEnv: true,
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: Deno.env.get("HOME") ?? "/tmp",
      DENO_DIR: Deno.env.get("DENO_DIR") ?? "",
      HOST: "127.0.0.1",
      PORT: String(opts.port),
      ...opts.env,
    },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const lines: string[] = [];
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    for await (const bytes of stream) {
      lines.push(...decoder.decode(bytes, { stream: true }).split("\n").filter(Boolean));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    }
  };
  const drained = Promise.all([drain(child.stdout), drain(child.stderr)]).catch(() => {});
  let ended = false;
  const status = child.status.then((s) => {
    ended = true;
    return s;
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const tail = () => `${opts.name}:\n${lines.slice(-30).join("\n")}`;
  const end = async (signal: Deno.Signal) => {
    if (!ended) {
      try {
        child.kill(signal);
      } catch {
        // already gone
      }
    }
    await status;
    await drained;
  };
  try {
    await waitForPort(opts.port, opts.readyMs ?? 60_000);
    const until = Date.now() + (opts.readyMs ?? 60_000);
    while (true) {
      if (ended) throw new Error(`${opts.name} ended while starting`);
      const res = await fetch(`${url}/health/ready`).catch(() => null);
      await res?.body?.cancel();
      if (res?.ok) break;
      if (Date.now() > until) throw new Error(`${opts.name} was not ready in time`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (err) {
    await end("SIGKILL");
    throw new Error(`Cannot start ${opts.name}: ${(err as Error).message}\n${tail()}`);
  }
  return {
    url,
    port: opts.port,
    logTail: tail,
    kill: () => end("SIGKILL"),
    stop: () => end("SIGTERM"),
    [Symbol.asyncDispose]: () => end("SIGTERM"),
  };
}
