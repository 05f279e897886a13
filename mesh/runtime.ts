/**
 * The one loop every actor runs: consume → validate the envelope → process under a
 * deadline → enrich (monotonically) → forward to the next step or finish → ack. The step
 * itself is `StepRunner` (step.ts); chaining is `LocalSteps` (chaining.ts).
 */
import type { ActorDef } from "../shared/actor.ts";
import type { Bus, Consumer } from "../shared/bus/types.ts";
import type { Logger } from "../shared/log.ts";
import type { BreakerSnapshot } from "../shared/circuit_breaker.ts";
import type { LocalSteps } from "./chaining.ts";
import { StepRunner } from "./step.ts";

export { LocalSteps } from "./chaining.ts";

/** Settings of one running actor. */
export interface RuntimeOptions<D> {
  bus: Bus;
  // deno-lint-ignore no-explicit-any
  actor: ActorDef<any, D>;
  deps: D;
  log: Logger;
  /** Default step deadline when the actor sets none. */
  deadlineMs: number;
  /** Retries of a retryable failure before the message goes to the error handler. */
  maxRetries: number;
  /** Base of the exponential retry delay. */
  retryBaseMs: number;
  /** Deliveries processed at once by this runtime. */
  concurrency?: number;
  clock?: () => Date;
  /**
   * Actors of this isolate: when the next step's actor is registered here, the message
   * goes straight to it instead of through the bus (see `LocalSteps`). Absent: every
   * step is a bus hop.
   */
  local?: LocalSteps;
}

/** Counters of one running actor, for health and metrics. */
export interface ActorStats {
  actor: string;
  processed: number;
  failed: number;
  retried: number;
  dead: number;
  inFlight: number;
  /** Sum of step durations in ms (with `processed`, the mean). */
  totalMs: number;
  startedAt: string;
  /** Circuit breakers of this process's store calls (Workers report them here). */
  breakers?: Record<string, BreakerSnapshot>;
}

/** A running actor. */
export interface ActorHandle extends AsyncDisposable {
  readonly name: string;
  readonly stats: ActorStats;
  /** Stops taking messages and waits for those in flight. */
  drain(): Promise<void>;
}

/** Starts consuming an actor's queue. */
export async function runActor<D>(opts: RuntimeOptions<D>): Promise<ActorHandle> {
  const { bus, actor } = opts;
  const log = opts.log.child({ actor: actor.name });
  const clock = opts.clock ?? (() => new Date());
  const shutdown = new AbortController();
  const stats: ActorStats = {
    actor: actor.name,
    processed: 0,
    failed: 0,
    retried: 0,
    dead: 0,
    inFlight: 0,
    totalMs: 0,
    startedAt: clock().toISOString(),
  };
  await actor.warmUp?.(opts.deps);
  const step = new StepRunner(opts, log, clock, shutdown.signal, stats);
  const consumer: Consumer = await bus.consume(
    actor.name,
    (d) => step.handle(d),
    { concurrency: opts.concurrency },
  );
  opts.local?.register(actor.name, step);
  let drained: Promise<void> | null = null;
  const drain = () => {
    drained ??= (async () => {
      // No new inline steps: chains reaching this actor from now on go through the bus.
      opts.local?.unregister(actor.name, step);
      await consumer.drain();
      shutdown.abort(new DOMException("Actor is shutting down", "AbortError"));
    })();
    return drained;
  };
  return {
    name: actor.name,
    stats,
    drain,
    [Symbol.asyncDispose]: drain,
  };
}
