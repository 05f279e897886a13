/**
 * What an actor is: a pure `process` that returns its enrichment, plus what it consumes.
 * The runtime (`runtime.ts`) does the rest: consume, validate, enrich, forward, ack.
 */
import type { EnrichmentKey, EnrichmentOf, Message } from "./protocol.ts";
import type { Logger } from "./log.ts";

/** Per-call context the runtime hands to `process`. */
export interface ActorContext {
  /** Aborted when the step's deadline passes or the actor shuts down. */
  signal: AbortSignal;
  log: Logger;
  /** The clock; tests control it. */
  now(): Date;
  /** 1 on the first delivery of this message to this actor. */
  deliveryCount: number;
}

/** What `process` returns. */
export interface StepResult<K extends EnrichmentKey> {
  /** Stored under the actor's key; null writes nothing (a router that only reroutes). */
  enrichment: EnrichmentOf<K> | null;
  /** Routers only: the steps that follow this one, replacing the rest of the route. */
  next?: string[];
  /** Enrich, then hand the message to the route's error handler with this reason. */
  escalate?: string;
}

/** One actor of the mesh. `D` is the narrow set of dependencies it needs. */
export interface ActorDef<K extends EnrichmentKey = EnrichmentKey, D = unknown> {
  /** Actor name; its subject is `mesh.<name>`. */
  name: string;
  /** Payload key its enrichment is stored under. */
  key: K;
  /** Only routers may rewrite the route. */
  router?: boolean;
  /** Deadline of one step in ms; default from config. */
  deadlineMs?: number;
  /** Loads what the first message would otherwise wait for (models); run before consuming. */
  warmUp?(deps: D): void | Promise<void>;
  /** Does the one job; no I/O except through `deps`. */
  process(msg: Message, deps: D, ctx: ActorContext): Promise<StepResult<K>> | StepResult<K>;
}

/** Wraps an enrichment as a plain step result. */
export function enrich<K extends EnrichmentKey>(enrichment: EnrichmentOf<K>): StepResult<K> {
  return { enrichment };
}
