/**
 * Whether a JetStream connection can take a publish now, for `/health/ready`: the
 * connection's own events (a disconnect counts at once) plus a real, recent JetStream
 * request, cached briefly so readiness probes stay cheap.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import { describeError } from "../errors.ts";
import type { Logger } from "../log.ts";

/** What a probe found: ok with the messages waiting per subject, or why not. */
export type LinkCheck =
  | { ok: true; pending: Record<string, number> }
  | { ok: false; detail: string };

/** Options of `JetStreamHealth`. */
export interface JetStreamHealthOptions {
  nc: NatsConnection;
  /** One JetStream request that fails unless the stream can take a publish. */
  probe: () => Promise<Record<string, number>>;
  log: Logger;
  /** How long a probe's answer is reused. Default 1000 ms. */
  ttlMs?: number;
  /** The clock; default `Date.now`. */
  now?: () => number;
}

/** Connection events plus a cached JetStream probe. */
export class JetStreamHealth {
  readonly #nc: NatsConnection;
  readonly #probe: () => Promise<Record<string, number>>;
  readonly #log: Logger;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #down: string | null = null;
  /** Bumped by every connection event: a probe begun before one is not trusted after. */
  #generation = 0;
  #cached: { at: number; generation: number; result: LinkCheck } | null = null;
  #inFlight: Promise<LinkCheck> | null = null;

  constructor(opts: JetStreamHealthOptions) {
    this.#nc = opts.nc;
    this.#probe = opts.probe;
    this.#log = opts.log;
    this.#ttlMs = opts.ttlMs ?? 1_000;
    this.#now = opts.now ?? Date.now;
    void this.#watch();
  }

  /** Can the bus take a publish? From the connection's state, else a recent probe. */
  async check(): Promise<LinkCheck> {
    if (this.#nc.isClosed()) return { ok: false, detail: "connection closed" };
    if (this.#down) return { ok: false, detail: this.#down };
    const c = this.#cached;
    if (c && c.generation === this.#generation && this.#now() - c.at < this.#ttlMs) {
      return c.result;
    }
    this.#inFlight ??= this.#run().finally(() => (this.#inFlight = null));
    const result = await this.#inFlight;
    // The connection may have dropped while the probe ran.
    return this.#down ? { ok: false, detail: this.#down } : result;
  }

  async #run(): Promise<LinkCheck> {
    const generation = this.#generation;
    let result: LinkCheck;
    try {
      result = { ok: true, pending: await this.#probe() };
    } catch (err) {
      result = { ok: false, detail: `JetStream did not answer: ${describeError(err)}` };
    }
    if (generation === this.#generation) {
      this.#cached = { at: this.#now(), generation, result };
    }
    return result;
  }

  async #watch(): Promise<void> {
    try {
      for await (const s of this.#nc.status()) {
        if (s.type === "disconnect" || s.type === "staleConnection") {
          this.#generation++;
          if (!this.#down) {
            this.#log.warn("Bus disconnected from nats-server; reconnecting", {
              event: s.type,
              server: "server" in s ? s.server : undefined,
            });
          }
          this.#down = "disconnected from the server; reconnecting";
        } else if (s.type === "reconnect") {
          this.#generation++;
          this.#down = null;
          this.#log.info("Bus reconnected to nats-server", { server: s.server });
        }
      }
    } catch (err) {
      this.#log.warn("Stopped watching the bus connection", { error: describeError(err) });
    }
  }
}
