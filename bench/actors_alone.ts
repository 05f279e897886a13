/**
 * Some actors alone, as the floors measure them (real turns snapshotted as they reached
 * each actor, the demo store in its own process), without the rest of the benchmark: for
 * A/B runs of one actor's change on a shared machine. Prints one JSON object with the
 * load average before and after and each actor's figures, wall and per CPU-second.
 *
 *   deno run -A bench/actors_alone.ts --actors=aggregator,context [--turns=500]
 *     [--duration=1500] [--concurrency=32] [--no-runtime] [--env=KEY=VALUE] [--profile=dir]
 */
// deno-lint-ignore-file no-console
import type { Message } from "../shared/protocol.ts";
import { openDirectWorld } from "./direct_world.ts";
import { startStoreProcess } from "./store_server.ts";
import { directFloor } from "./direct_chain.ts";
import { type ActorThroughput, actorThroughput } from "./actor_throughput.ts";
import { loadSample } from "./machine.ts";

/** The settings of one run. */
export interface AloneOptions {
  actors: string[];
  turns: number;
  durationMs: number;
  concurrency: number;
  runtime: boolean;
  env: Record<string, string>;
  /** Profile each actor's one-at-a-time and runtime loops into this folder. */
  profileDir: string | null;
}

/** Reads the flags (see the module's comment). */
export function parseAloneFlags(args: string[]): AloneOptions {
  const o: AloneOptions = {
    actors: ["aggregator", "context"],
    turns: 500,
    durationMs: 1500,
    concurrency: 32,
    runtime: true,
    env: {},
    profileDir: null,
  };
  for (const arg of args) {
    const [k, v = ""] = arg.split(/=(.*)/s, 2);
    if (k === "--actors") o.actors = v.split(",").filter(Boolean);
    else if (k === "--turns") o.turns = Number(v);
    else if (k === "--duration") o.durationMs = Number(v);
    else if (k === "--concurrency") o.concurrency = Number(v);
    else if (k === "--no-runtime") o.runtime = false;
    else if (k === "--profile") o.profileDir = v || "bench_profiles";
    else if (k === "--env") {
      const [key, value = ""] = v.split(/=(.*)/s, 2);
      o.env[key] = value;
    } else throw new Error(`Cannot read the flag ${arg}: unknown`);
  }
  return o;
}

/** Runs the chosen actors alone and returns their figures with the load around them. */
export async function actorsAlone(o: AloneOptions): Promise<Record<string, unknown>> {
  const before = await loadSample();
  await using store = await startStoreProcess();
  await using world = await openDirectWorld(200, { ...o.env, STORE_API_URL: store.url });
  const { runs } = await directFloor(world, o.turns);
  const inputs = new Map<string, Message[]>();
  for (const run of runs) {
    run.steps.forEach((name, i) => {
      if (o.actors.includes(name)) inputs.set(name, [...inputs.get(name) ?? [], run.inputs[i]]);
    });
  }
  const profiles = {};
  const figures = await actorThroughput(world, inputs, {
    durationMs: o.durationMs,
    concurrency: o.concurrency,
    runtime: o.runtime,
    profileDir: o.profileDir,
    profiles,
  });
  const actors: Record<string, ActorThroughput> = {};
  for (const [name, t] of Object.entries(figures)) if (t) actors[name] = t;
  const after = await loadSample();
  return { load_before: before.load1, load_after: after.load1, actors };
}

if (import.meta.main) {
  console.log(JSON.stringify(await actorsAlone(parseAloneFlags(Deno.args))));
}
