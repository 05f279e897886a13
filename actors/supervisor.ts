/**
 * Runs the actors: in this process on the in-process bus, or each in its own Worker on
 * JetStream, restarted with backoff when one dies or stops sending heartbeats.
 */
import type { ActorHandle, ActorStats } from "./runtime.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";

/** Where an actor's definition (and optionally its deps factory) lives. */
export interface ActorSpec {
  name: string;
  /** Module URL exporting the `ActorDef`. */
  module: string;
  exportName: string;
  /** Module URL exporting `createDeps(config, log, bus)`; default `actors/deps.ts`. */
  depsModule?: string;
}

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

/** Messages a Worker sends to the supervisor. */
export type WorkerEvent =
  | { type: "ready" }
  | { type: "stats"; stats: ActorStats }
  | { type: "drained" }
  | { type: "fatal"; error: string };

/** Messages the supervisor sends to a Worker. */
export type WorkerCommand =
  | { type: "start"; spec: ActorSpec; config: Config; natsUrl: string }
  | { type: "drain" };

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
}

interface Slot {
  spec: ActorSpec;
  worker: Worker | null;
  state: ActorState;
  lastSeen: number;
  failures: number;
  readyAt: number;
  restartTimer: ReturnType<typeof setTimeout> | null;
  ready: PromiseWithResolvers<void>;
  drained: PromiseWithResolvers<void> | null;
}

/** Runs each actor in its own Worker and keeps it alive. */
export class WorkerSupervisor implements ActorRunner {
  #opts: WorkerSupervisorOptions;
  #slots = new Map<string, Slot>();
  #watchdog: ReturnType<typeof setInterval> | null = null;
  #stopping = false;

  constructor(opts: WorkerSupervisorOptions) {
    this.#opts = opts;
  }

  /** Starts every Worker and waits until all report ready. */
  async start(timeoutMs = 90_000): Promise<void> {
    for (const spec of this.#opts.specs) {
      const slot: Slot = {
        spec,
        worker: null,
        state: {
          name: spec.name,
          mode: "worker",
          state: "starting",
          restarts: 0,
          last_error: null,
          stats: null,
        },
        lastSeen: Date.now(),
        failures: 0,
        readyAt: 0,
        restartTimer: null,
        ready: Promise.withResolvers<void>(),
        drained: null,
      };
      this.#slots.set(spec.name, slot);
      this.#spawn(slot);
    }
    const timeout = this.#opts.heartbeatTimeoutMs ?? 15_000;
    this.#watchdog = setInterval(() => this.#check(timeout), Math.min(1000, timeout / 3));
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        Promise.all([...this.#slots.values()].map((s) => s.ready.promise)),
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
    return [...this.#slots.values()].map((s) => ({ ...s.state }));
  }

  /** Terminates an actor's Worker abruptly, as a crash would; it is restarted. */
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
    await Promise.all([...this.#slots.values()].map((s) => this.#drainSlot(s)));
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
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
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
        spec: slot.spec,
        config: this.#opts.config,
        natsUrl: this.#opts.natsUrl,
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
        this.#opts.log.info("Actor ready", { actor: slot.spec.name, mode: "worker" });
        break;
      case "stats":
        slot.state.stats = ev.stats;
        break;
      case "drained":
        slot.drained?.resolve();
        break;
      case "fatal":
        this.#died(slot, ev.error);
        break;
    }
  }

  #check(timeoutMs: number): void {
    const now = Date.now();
    for (const slot of this.#slots.values()) {
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
      actor: slot.spec.name,
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
