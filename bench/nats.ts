/**
 * The benchmark's own nats-server: the supervisor's launcher (`shared/nats_launcher.ts`)
 * on a free loopback port with a temporary store, removed when it stops.
 */
import { findNatsServer, type LaunchedNats, launchNats } from "../shared/nats_launcher.ts";
import { silentLogger } from "../shared/log.ts";

/** A nats-server the benchmark started. */
export interface BenchNats extends LaunchedNats {
  binary: string;
}

/** Starts nats-server with JetStream; throws when it is not installed. */
export async function startBenchNats(): Promise<BenchNats> {
  const binary = findNatsServer();
  if (!binary) throw new Error("Cannot start nats-server: it is not on the PATH");
  const storeDir = await Deno.makeTempDir({ prefix: "bench_nats_" });
  // No preferred port: the launcher takes a free one.
  const nats = await launchNats({ binary, storeDir, log: silentLogger });
  let stopped: Promise<void> | null = null;
  const stop = () =>
    stopped ??= (async () => {
      await nats.stop();
      await Deno.remove(storeDir, { recursive: true }).catch(() => {});
    })();
  return { ...nats, binary, stop, [Symbol.asyncDispose]: stop };
}
