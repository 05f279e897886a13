/**
 * Throughput of each actor alone: its `process` in a tight loop over realistic input
 * messages (snapshots of real turns as they reached it), one at a time and with the
 * runtime's concurrency; and the same actor through its runtime on the in-process bus
 * (decode, validate, process, enrich, forward, ack) to show the runtime's share.
 */
import { cpuUsage } from "node:process";
import { MemoryBus } from "../shared/bus/memory.ts";
import { policyFromConfig } from "../shared/bus/connect.ts";
import { silentLogger } from "../shared/log.ts";
import { RetryableError } from "../shared/errors.ts";
import { ACTOR_NAMES, type Message } from "../shared/protocol.ts";
import { runActor } from "../mesh/runtime.ts";
import { encodeMessage } from "../mesh/wire.ts";
import { BENCH_REPLY_TO, type DirectWorld } from "./direct_world.ts";
import { round2 } from "./stats.ts";
import { note } from "./subprocess.ts";
import { startProfile } from "./profiler.ts";
import type { ProfileSummary } from "./profile_top.ts";
import { newId } from "../shared/ids.ts";

/** One actor's figures in messages a second. */
export interface ActorThroughput {
  /** Input messages it was given (distinct snapshots). */
  inputs: number;
  /** `process` one at a time. */
  sequential: number;
  /** The same per second of this process's CPU time (what one idle core would do). */
  sequential_per_cpu_s: number;
  /** `process` with `concurrency` calls in flight (the runtime's setting). */
  concurrent: number;
  /** The same per second of this process's CPU time. */
  concurrent_per_cpu_s: number;
  /** Through `runActor` on the in-process bus, publish to ack. */
  runtime: number | null;
  /** The same per second of this process's CPU time. */
  runtime_per_cpu_s: number | null;
  /** Mean time of one `process` call alone, ms. */
  mean_ms: number;
}

function fresh(m: Message): Message {
  // A new id per call: execution and aggregator are idempotent by message id and would
  // otherwise answer from their caches.
  return { ...m, id: newId() };
}

async function loop(
  world: DirectWorld,
  name: string,
  inputs: Message[],
  durationMs: number,
  concurrency: number,
): Promise<{ wall: number; cpu: number }> {
  const actor = world.actors.get(name)!;
  let n = 0;
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  const until = t0 + durationMs;
  let next = 0;
  async function worker(): Promise<void> {
    while (performance.now() < until) {
      try {
        await actor.process(fresh(inputs[next++ % inputs.length]), world.deps, world.ctx);
        n++;
      } catch (err) {
        // Two calls confirming the same change at once: the second is told to try again
        // (the runtime would redeliver it). Not counted as done; anything else is a failure.
        if (!(err instanceof RetryableError)) throw err;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallS = (performance.now() - t0) / 1000;
  const used = cpuUsage(cpu0);
  return { wall: n / wallS, cpu: n / ((used.user + used.system) / 1e6) };
}

async function throughRuntime(
  world: DirectWorld,
  name: string,
  inputs: Message[],
  durationMs: number,
  concurrency: number,
): Promise<{ wall: number; cpu: number }> {
  const bus = new MemoryBus({ policy: policyFromConfig(world.config), log: silentLogger });
  let done = 0;
  const sinks = await Promise.all(
    ACTOR_NAMES.filter((a) => a !== name).map((a) =>
      bus.consume(a, async (d) => {
        done++;
        await d.ack();
      }, { concurrency: 256 })
    ),
  );
  const sub = bus.subscribe(BENCH_REPLY_TO, () => done++);
  const handle = await runActor({
    bus,
    actor: world.actors.get(name)!,
    deps: world.deps,
    log: silentLogger,
    deadlineMs: world.config.ACTOR_DEADLINE_MS,
    maxRetries: world.config.MAX_RETRIES,
    retryBaseMs: world.config.RETRY_BASE_MS,
    concurrency,
  });
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  const until = t0 + durationMs;
  let sent = 0;
  // Keep a bounded backlog ahead of the actor, so the figure is its rate, not the queue's.
  while (performance.now() < until) {
    while (sent - done < concurrency * 4 && performance.now() < until) {
      const m = fresh(inputs[sent % inputs.length]);
      await bus.publish(name, encodeMessage(m), { msgId: m.id });
      sent++;
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  const elapsed = (performance.now() - t0) / 1000;
  const used = cpuUsage(cpu0);
  const rate = { wall: done / elapsed, cpu: done / ((used.user + used.system) / 1e6) };
  await handle.drain();
  sub.unsubscribe();
  await Promise.all(sinks.map((s) => s.drain()));
  await bus[Symbol.asyncDispose]();
  return rate;
}

/** Measures every actor that has inputs. */
export async function actorThroughput(
  world: DirectWorld,
  inputsByActor: Map<string, Message[]>,
  opts: {
    durationMs: number;
    concurrency: number;
    runtime: boolean;
    /** Profile the one-at-a-time loop and the runtime loop of each actor here. */
    profileDir?: string | null;
    /** Where the profiles' summaries go, by `actor_<name>` and `runtime_<name>`. */
    profiles?: Record<string, ProfileSummary>;
  },
): Promise<Record<string, ActorThroughput | null>> {
  const profiled = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    if (!opts.profileDir) return await fn();
    const p = await startProfile(opts.profileDir, key);
    try {
      return await fn();
    } finally {
      const summary = await p.stop();
      if (opts.profiles) opts.profiles[key] = summary;
    }
  };
  const out: Record<string, ActorThroughput | null> = {};
  for (const name of world.actors.keys()) {
    const inputs = inputsByActor.get(name) ?? [];
    if (inputs.length === 0) {
      out[name] = null;
      continue;
    }
    await loop(world, name, inputs, Math.min(100, opts.durationMs), 1); // warm the JIT
    const sequential = await profiled(
      `actor_${name}`,
      () => loop(world, name, inputs, opts.durationMs, 1),
    );
    const concurrent = await loop(world, name, inputs, opts.durationMs, opts.concurrency);
    const runtime = opts.runtime
      ? await profiled(
        `runtime_${name}`,
        () => throughRuntime(world, name, inputs, opts.durationMs, opts.concurrency),
      )
      : null;
    note(
      `actor ${name}: ${Math.round(sequential.wall)}/s alone (${
        Math.round(sequential.cpu)
      }/CPU-s), ` +
        `${Math.round(concurrent.wall)}/s ×${opts.concurrency} (${
          Math.round(concurrent.cpu)
        }/CPU-s)` +
        (runtime === null
          ? ""
          : `, ${Math.round(runtime.wall)}/s through the runtime (${
            Math.round(runtime.cpu)
          }/CPU-s)`),
    );
    out[name] = {
      inputs: inputs.length,
      sequential: Math.round(sequential.wall),
      sequential_per_cpu_s: Math.round(sequential.cpu),
      concurrent: Math.round(concurrent.wall),
      concurrent_per_cpu_s: Math.round(concurrent.cpu),
      runtime: runtime === null ? null : Math.round(runtime.wall),
      runtime_per_cpu_s: runtime === null ? null : Math.round(runtime.cpu),
      mean_ms: round2(1000 / sequential.wall),
    };
  }
  return out;
}
