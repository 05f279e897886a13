/**
 * Turns the gateway wrote down but could not send into the mesh (the bus did not take the
 * publish: nats-server restarting, the network gone). They are kept here and sent again,
 * oldest first, as soon as the bus takes a publish, with a delay that grows while it does
 * not. The inbox in SQLite still holds every one of them: past `keepMs` (or after a
 * restart of the gateway) the recovery sweep takes over.
 */
import type { Message } from "../shared/protocol.ts";
import { describeError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";

/** Options of `Outbox`. */
export interface OutboxOptions {
  /** Sends a turn into the mesh; throws when the bus does not take it. */
  send: (message: Message) => Promise<void>;
  log: Logger;
  /** First delay before trying again. Default 250 ms. */
  initialMs?: number;
  /** Longest delay between tries. Default 5000 ms. */
  maxMs?: number;
  /** A turn waiting longer is left to the recovery sweep. Default 60 s. */
  keepMs?: number;
  /** Most turns kept; past it the oldest is left to the recovery sweep. Default 10,000. */
  max?: number;
  /** The clock; default `Date.now`. */
  now?: () => number;
}

/** Turns waiting for the bus, sent again as soon as it takes them. */
export class Outbox implements AsyncDisposable {
  readonly #send: (message: Message) => Promise<void>;
  readonly #log: Logger;
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #keepMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #waiting = new Map<string, { message: Message; since: number }>();
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | null = null;
  #closed = false;
  #sent = 0;

  constructor(opts: OutboxOptions) {
    this.#send = opts.send;
    this.#log = opts.log.child({ component: "outbox" });
    this.#initialMs = opts.initialMs ?? 250;
    this.#maxMs = opts.maxMs ?? 5_000;
    this.#keepMs = opts.keepMs ?? 60_000;
    this.#max = opts.max ?? 10_000;
    this.#now = opts.now ?? Date.now;
  }

  /** Turns waiting for the bus now. */
  get size(): number {
    return this.#waiting.size;
  }

  /** Turns sent from here since the start. */
  get sent(): number {
    return this.#sent;
  }

  /** Keeps a turn the bus did not take, to send it again soon. */
  add(message: Message): void {
    if (this.#closed) return;
    if (!this.#waiting.has(message.id)) {
      this.#waiting.set(message.id, { message, since: this.#now() });
      if (this.#waiting.size === 1) {
        this.#log.warn("The bus did not take a turn; sending it again once it does", {
          message_id: message.id,
        });
      }
    }
    while (this.#waiting.size > this.#max) this.#drop(this.#waiting.keys().next().value!);
    this.#plan(this.#delay());
  }

  /**
   * Tries every waiting turn now, oldest first (turns added meanwhile too); stops at the
   * first the bus refuses.
   */
  flush(): Promise<void> {
    this.#flushing ??= this.#flush().finally(() => (this.#flushing = null));
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    while (this.#waiting.size > 0) {
      if (this.#closed) return;
      const [id, { message, since }] = this.#waiting.entries().next().value!;
      if (this.#now() - since > this.#keepMs) {
        this.#drop(id);
        continue;
      }
      try {
        await this.#send(message);
      } catch (err) {
        this.#failures++;
        const delay = this.#delay();
        this.#log.debug("The bus still does not take turns", {
          waiting: this.#waiting.size,
          retry_in_ms: delay,
          error: describeError(err),
        });
        this.#plan(delay);
        return;
      }
      this.#waiting.delete(id);
      this.#sent++;
    }
    if (this.#failures > 0) this.#log.info("The bus takes turns again; waiting turns sent");
    this.#failures = 0;
  }

  #delay(): number {
    return Math.min(this.#maxMs, this.#initialMs * 2 ** Math.min(this.#failures, 20));
  }

  #plan(delay: number): void {
    if (this.#closed || this.#timer !== undefined || this.#waiting.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((err) =>
        this.#log.error("Cannot send waiting turns", { error: describeError(err) })
      );
    }, delay);
  }

  /** Leaves a turn to the recovery sweep (it stays in the inbox, unanswered). */
  #drop(id: string): void {
    this.#waiting.delete(id);
    this.#log.warn("Left a turn the bus did not take to the recovery sweep", { message_id: id });
  }

  /** Stops trying; what is still waiting is in the inbox for the next start's sweep. */
  async [Symbol.asyncDispose](): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#flushing;
    if (this.#waiting.size > 0) {
      this.#log.warn("Stopping with turns the bus did not take; the next start sends them", {
        waiting: this.#waiting.size,
      });
    }
    this.#waiting.clear();
  }
}
