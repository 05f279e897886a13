/**
 * The floors and the per-actor figures, in one process: the direct chain (actors called
 * in sequence), the raw JetStream hop chain of the same length carrying the same bytes,
 * and each actor's throughput alone.
 */
import type { Message } from "../shared/protocol.ts";
import { encodeMessage } from "../mesh/wire.ts";
import { policyFromConfig } from "../shared/bus/connect.ts";
import { openDirectWorld } from "./direct_world.ts";
import { startStoreProcess } from "./store_server.ts";
import { directFloor, type DirectResult } from "./direct_chain.ts";
import { type ActorThroughput, actorThroughput } from "./actor_throughput.ts";
import { rawHops, type RawHopsResult } from "./raw_hops.ts";
import { note } from "./subprocess.ts";
import type { ProfileSummary } from "./profile_top.ts";

/** Options of the floors phase. */
export interface FloorsOptions {
  natsUrl: string | null;
  /** nats-server's pid, for its CPU time. */
  natsPid?: number | null;
  directTurns: number;
  rawIterations: number;
  /** Open-loop rates (chains a second) for the raw chain, lowest first. */
  rawRates: number[];
  rawDurationMs: number;
  actorDurationMs: number;
  concurrency: number;
  runtimeThroughput: boolean;
  /** Profile each actor's loop into this folder. */
  profileDir?: string | null;
  /** Extra configuration (as for the systems). */
  env?: Record<string, string>;
}

/** What the floors phase reports. */
export interface FloorsResult {
  direct: DirectResult;
  raw_hops: RawHopsResult | null;
  /** The same chain with nats.js `noAsyncTraces` (the first rate only). */
  raw_hops_no_traces: RawHopsResult | null;
  actors: Record<string, ActorThroughput | null>;
  /** Top costs of each actor alone and through the runtime (with `profileDir`). */
  profiles: Record<string, ProfileSummary>;
}

/** Runs the floors and the per-actor figures. */
export async function runFloors(o: FloorsOptions): Promise<FloorsResult> {
  // The shop's API is not part of the support system: it runs in its own process, so an
  // actor's figures (and its CPU time) are the actor's, not the demo store's.
  const env = o.env ?? {};
  await using store = env.STORE_API_URL ? null : await startStoreProcess();
  await using world = await openDirectWorld(
    200,
    store ? { ...env, STORE_API_URL: store.url } : env,
  );
  const { result: direct, runs } = await directFloor(world, o.directTurns);
  note(`floors: direct chain p50 ${direct.latency.p50_ms} ms over ${direct.turns} turns`);
  const inputs = new Map<string, Message[]>();
  for (const run of runs) {
    run.steps.forEach((name, i) => inputs.set(name, [...inputs.get(name) ?? [], run.inputs[i]]));
  }
  const profiles: Record<string, ProfileSummary> = {};
  const actors = await actorThroughput(world, inputs, {
    durationMs: o.actorDurationMs,
    concurrency: o.concurrency,
    runtime: o.runtimeThroughput,
    profileDir: o.profileDir ?? null,
    profiles,
  });
  note(`floors: actor throughput done`);
  let raw: RawHopsResult | null = null;
  let noTraces: RawHopsResult | null = null;
  if (o.natsUrl) {
    // The route most turns take; its messages as they reached each hop.
    const modal = Number(Object.entries(direct.hops).sort((a, b) => b[1] - a[1])[0][0]);
    const run = runs.find((r) => r.steps.length === modal)!;
    const policy = policyFromConfig(world.config);
    const common = {
      natsUrl: o.natsUrl,
      payloads: run.inputs.map((m) => encodeMessage(m)),
      iterations: o.rawIterations,
      ackWaitMs: policy.ackWaitMs,
      maxDeliver: policy.maxDeliver,
      concurrency: o.concurrency,
      durationMs: o.rawDurationMs,
      natsPid: o.natsPid ?? null,
    };
    raw = await rawHops({ ...common, rates: o.rawRates });
    noTraces = await rawHops({ ...common, rates: o.rawRates.slice(0, 1), noAsyncTraces: true });
    note(`floors: raw ${raw.hops}-hop chain p50 ${raw.latency.p50_ms} ms`);
  }
  return { direct, raw_hops: raw, raw_hops_no_traces: noTraces, actors, profiles };
}
