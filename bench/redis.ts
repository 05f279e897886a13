/**
 * The benchmark's own redis-server (for `--redis`: sessions and caches on Redis instead
 * of Deno KV): a free loopback port, no persistence, its pid known for its resident size.
 */

/** A redis-server the benchmark started. */
export interface BenchRedis extends AsyncDisposable {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Starts redis-server; throws when it is not installed. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const dir = await Deno.makeTempDir({ prefix: "bench_redis_" });
  const port = freePort();
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("redis-server", {
      args: ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      cwd: dir,
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
  } catch (err) {
    throw new Error("Cannot start redis-server: it is not on the PATH", { cause: err });
  }
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch (err) {
      if (Date.now() > until) {
        child.kill("SIGKILL");
        await child.status;
        throw new Error(`Cannot start redis-server: it did not listen on ${port}`, { cause: err });
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
      await child.status;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    })();
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid, stop, [Symbol.asyncDispose]: stop };
}
