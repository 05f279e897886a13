/**
 * The benchmark's own nats-server: JetStream on a free loopback port with a temporary
 * store, its pid known so its resident size can be read.
 */
import { findNatsServer } from "../shared/nats_launcher.ts";

/** A nats-server the benchmark started. */
export interface BenchNats extends AsyncDisposable {
  url: string;
  pid: number;
  binary: string;
  stop(): Promise<void>;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Starts nats-server with JetStream; throws when it is not installed. */
export async function startBenchNats(): Promise<BenchNats> {
  const binary = findNatsServer();
  if (!binary) throw new Error("Cannot start nats-server: it is not on the PATH");
  const storeDir = await Deno.makeTempDir({ prefix: "bench_nats_" });
  const port = freePort();
  const child = new Deno.Command(binary, {
    args: ["-js", "-a", "127.0.0.1", "-p", String(port), "-sd", storeDir],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch (err) {
      if (Date.now() > until) {
        child.kill("SIGKILL");
        await child.status;
        throw new Error(`Cannot start nats-server: it did not listen on ${port}`, { cause: err });
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    stopped ??= (async () => {
      try {
        child.kill("SIGTERM");
      } catch { /* gone */ }
      const timer = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch { /* gone */ }
      }, 5000);
      await child.status;
      clearTimeout(timer);
      await Deno.remove(storeDir, { recursive: true }).catch(() => {});
    })();
  return {
    url: `nats://127.0.0.1:${port}`,
    pid: child.pid,
    binary,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}
