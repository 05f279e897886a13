/**
 * Runs the actors: in this process, or in Workers on JetStream — all in one shared Worker
 * (whose steps chain without bus hops) or each in its own — restarted with backoff when a
 * Worker dies or stops sending heartbeats.
 */
import type { ActorHandle, ActorStats } from "./runtime.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { ActorSpec } from "./registry.ts";
import { workerPermissions } from "./worker_permissions.ts";
import type { LocalSteps } from "./chaining.ts";
import { runStepRequest, type StepAnswer, type StepRequest } from "./cross_thread.ts";

export type { ActorSpec };

/** What `/health/ready` shows of each actor. */
export interface ActorState {
  name: string;
  mode: "in_process" | "worker";
  state: "starting" | "ready" | "restarting" | "stopped";
  restarts: number;
  last_error: string | null;
  stats: ActorStats | null;
}

/** Something that runs actors and reports on them. */
export interface ActorRunner extends AsyncDisposable {
  states(): ActorState[];
  /** Stops taking messages, lets in-flight ones finish, stops. */
  drain(): Promise<void>;
}

/** Actors running in this process (embedded mode). */
export class InProcessActors implements ActorRunner {
  #handles: ActorHandle[];
  constructor(handles: ActorHandle[]) {
    this.#handles = handles;
  }
  states(): ActorState[] {
    return this.#handles.map((h) => ({
      name: h.name,
      mode: "in_process",
      state: "ready",
      restarts: 0,
      last_error: null,
      stats: { ...h.stats },
    }));
  }
  async drain(): Promise<void> {
    await Promise.all(this.#handles.map((h) => h.drain()));
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.drain();
  }
}

/** Several runners as one (Workers and actors in this isolate). */
export class CombinedRunner implements ActorRunner {
  readonly runners: readonly ActorRunner[];
  constructor(runners: ActorRunner[]) {
    this.runners = runners;
  }
  states(): ActorState[] {
    return this.runners.flatMap((r) => r.states());
  }
  async drain(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.drain()));
  }
  [Symbol.asyncDispose](): Promise<void> {
    return this.drain();
  }
}

/** Messages a Worker sends to the supervisor. */
export type WorkerEvent =
  | { type: "ready" }
  | { type: "stats"; stats: ActorStats[] }
  | { type: "drained" }
  | { type: "fatal"; error: string }
  | StepRequest;

/** Messages the supervisor sends to a Worker: the actors it runs, and when to stop. */
export type WorkerCommand =
  | {
    type: "start";
    specs: ActorSpec[];
    config: Config;
    natsUrl: string;
    /** Actors that run on the parent's thread: the Worker's chains hand their steps over. */
    parentActors: string[];
  }
  | { type: "drain" }
  | StepAnswer;

/**
 * How actors are laid out in Workers: `shared` runs them all in one Worker (their steps
 * chain without bus hops; one isolate's memory), `each` one Worker per actor (a crash
 * takes down one actor; nine isolates, every step a bus hop).
 */
export type WorkerLayout = "shared" | "each";

/** Options for `WorkerSupervisor`. */
export interface WorkerSupervisorOptions {
  specs: ActorSpec[];
  config: Config;
  natsUrl: string;
  log: Logger;
  /** A Worker silent for this long is taken for dead. Default 15 s. */
  heartbeatTimeoutMs?: number;
  /** First restart delay, doubled on each quick failure up to 10 s. Default 200 ms. */
  restartBaseMs?: number;
  /** Default `each`. */
  layout?: WorkerLayout;
  /**
   * What the Workers may do; default `workerPermissions` of the config and NATS URL (never
   * more than this process may). Tests whose fixture actors need more say so here.
   */
  permissions?: Deno.PermissionOptions;
  /**
   * The steps of this isolate the Workers' chains may hand over (`mesh/cross_thread.ts`):
   * their actors' names, and the isolate's steps once they run (undefined before).
   */
  parent?: { actors: string[]; steps: () => LocalSteps | undefined };
}

/** One Worker and the actors it runs. */
interface Slot {
  specs: ActorSpec[];
  /** Label in logs: the actor's name, or `shared`. */
  label: string;
  worker: Worker | null;
  /** The Worker's state, shared by its actors. */
  state: Omit<ActorState, "name" | "stats">;
  stats: Map<string, ActorStats>;
  lastSeen: number;
  failures: number;
  readyAt: number;
  restartTimer: ReturnType<typeof setTimeout> | null;
  ready: PromiseWithResolvers<void>;
  drained: PromiseWithResolvers<void> | null;
}

/** Runs the actors in Workers (one shared, or one each) and keeps them alive. */
export class WorkerSupervisor implements ActorRunner {
  #opts: WorkerSupervisorOptions;
  /** The Worker of each actor, by actor name. */
  #slots = new Map<string, Slot>();
  #watchdog: ReturnType<typeof setInterval> | null = null;
  #stopping = false;

  constructor(opts: WorkerSupervisorOptions) {
    this.#opts = opts;
  }

  /** Starts every Worker and waits until all report ready. */
  async start(timeoutMs = 90_000): Promise<void> {
    const { specs } = this.#opts;
    const groups = this.#opts.layout === "shared" && specs.length > 1
      ? [specs]
      : specs.map((s) => [s]);
    for (const group of groups) {
      const slot: Slot = {
        specs: group,
        label: group.length === 1 ? group[0].name : "shared",
        worker: null,
        state: { mode: "worker", state: "starting", restarts: 0, last_error: null },
        stats: new Map(),
        lastSeen: Date.now(),
        failures: 0,
        readyAt: 0,
        restartTimer: null,
        ready: Promise.withResolvers<void>(),
        drained: null,
      };
      for (const spec of group) this.#slots.set(spec.name, slot);
      this.#spawn(slot);
    }
    const timeout = this.#opts.heartbeatTimeoutMs ?? 15_000;
    this.#watchdog = setInterval(() => this.#check(timeout), Math.min(1000, timeout / 3));
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        Promise.all(this.#workers().map((s) => s.ready.promise)),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error("Cannot start actors: not all Workers became ready")),
            timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  states(): ActorState[] {
    return [...this.#slots].map(([name, s]) => ({
      name,
      ...s.state,
      stats: s.stats.get(name) ?? null,
    }));
  }

  /** Each Worker once. */
  #workers(): Slot[] {
    return [...new Set(this.#slots.values())];
  }

  /**
   * Terminates an actor's Worker abruptly, as a crash would; it is restarted (with the
   * shared layout, so are the other actors of that Worker).
   */
  kill(name: string): void {
    const slot = this.#slots.get(name);
    if (!slot?.worker) throw new Error(`Cannot kill actor ${name}: it has no running Worker`);
    this.#died(slot, "killed");
  }

  /** Waits until the named actor is ready again (after a restart). */
  async whenReady(name: string): Promise<void> {
    await this.#slots.get(name)?.ready.promise;
  }

  async drain(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    if (this.#watchdog) clearInterval(this.#watchdog);
    await Promise.all(this.#workers().map((s) => this.#drainSlot(s)));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.drain();
  }

  async #drainSlot(slot: Slot): Promise<void> {
    if (slot.restartTimer) clearTimeout(slot.restartTimer);
    const worker = slot.worker;
    if (!worker) return;
    slot.drained = Promise.withResolvers<void>();
    worker.postMessage({ type: "drain" } satisfies WorkerCommand);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      slot.drained.promise,
      new Promise<void>((r) => (timer = setTimeout(r, 10_000))),
    ]);
    clearTimeout(timer);
    worker.terminate();
    slot.worker = null;
    slot.state.state = "stopped";
  }

  #spawn(slot: Slot): void {
    const permissions = this.#opts.permissions ??
      workerPermissions({
        config: this.#opts.config,
        natsUrl: this.#opts.natsUrl,
        modules: slot.specs.flatMap((s) => [s.module, s.depsModule]),
      });
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      type: "module",
      deno: { permissions },
    });
    slot.worker = worker;
    slot.lastSeen = Date.now();
    worker.onmessage = (e: MessageEvent<WorkerEvent>) => this.#onEvent(slot, worker, e.data);
    worker.onerror = (e: ErrorEvent) => {
      // Without preventDefault an error in a Worker takes the whole process down.
      e.preventDefault();
      if (slot.worker === worker) this.#died(slot, e.message || "uncaught error");
    };
    worker.postMessage(
      {
        type: "start",
        specs: slot.specs,
        config: this.#opts.config,
        natsUrl: this.#opts.natsUrl,
        parentActors: this.#opts.parent?.actors ?? [],
      } satisfies WorkerCommand,
    );
  }

  #onEvent(slot: Slot, worker: Worker, ev: WorkerEvent): void {
    if (slot.worker !== worker) return;
    slot.lastSeen = Date.now();
    switch (ev.type) {
      case "ready":
        slot.state.state = "ready";
        slot.readyAt = Date.now();
        slot.ready.resolve();
        this.#opts.log.info("Actor Worker ready", {
          actors: slot.specs.map((s) => s.name),
          mode: "worker",
        });
        break;
      case "stats":
        for (const stats of ev.stats) slot.stats.set(stats.actor, stats);
        break;
      case "drained":
        slot.drained?.resolve();
        break;
      case "fatal":
        this.#died(slot, ev.error);
        break;
      case "step":
        runStepRequest(this.#opts.parent?.steps(), ev, (a) => {
          if (slot.worker === worker) worker.postMessage(a satisfies WorkerCommand);
        });
        break;
    }
  }

  #check(timeoutMs: number): void {
    const now = Date.now();
    for (const slot of this.#workers()) {
      if (slot.worker && slot.state.state === "ready" && now - slot.lastSeen > timeoutMs) {
        this.#died(slot, `no heartbeat for ${timeoutMs} ms`);
      }
    }
  }

  #died(slot: Slot, reason: string): void {
    slot.worker?.terminate();
    slot.worker = null;
    if (this.#stopping) return;
    // A Worker that ran well for a while starts its backoff afresh.
    if (slot.readyAt && Date.now() - slot.readyAt > 30_000) slot.failures = 0;
    const base = this.#opts.restartBaseMs ?? 200;
    const delay = Math.min(10_000, base * 2 ** slot.failures);
    slot.failures++;
    slot.state.state = "restarting";
    slot.state.restarts++;
    slot.state.last_error = reason;
    slot.ready = Promise.withResolvers<void>();
    this.#opts.log.warn("Actor Worker died: restarting", {
      actors: slot.specs.map((s) => s.name),
      reason,
      delay_ms: delay,
      restarts: slot.state.restarts,
    });
    slot.restartTimer = setTimeout(() => {
      slot.restartTimer = null;
      if (!this.#stopping) this.#spawn(slot);
    }, delay);
  }
}
