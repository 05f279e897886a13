/**
 * Chaining: the actors of one isolate run the next step at once instead of a bus hop.
 */
import type { Delivery } from "../shared/bus/types.ts";
import type { Message } from "../shared/protocol.ts";

/** A step that can run a message inline (the runtime's step runner). */
export interface InlineStep {
  /**
   * Runs the step on `msg`, then continues the chain; false, having done nothing, when the
   * step failed or the actor is stopping (the caller then publishes to the step's queue).
   */
  runInline(msg: Message, delivery: Delivery, depth: number): Promise<boolean>;
}

/** Most steps one delivery runs inline (routes are short; this only guards a loop). */
export const MAX_CHAIN = 32;

/**
 * The actors running in one isolate, so that a finished step can run the next one at
 * once instead of publishing it to the bus and waiting for its own consumer ("chaining").
 * The delivery that started the chain is acknowledged only when the chain has ended —
 * the route is finished, or the message was published to a step that is not here — so a
 * crash in the middle re-delivers it and the chain runs again from its first step, as
 * the per-step redelivery would (every actor is idempotent by message id). A step that
 * fails inside a chain is not retried inline: the message, as it was before that step,
 * is published to the step's own queue, whose consumer retries it with the usual delays
 * and error handling. Traces, history, progress events and each actor's counters stay
 * per step.
 */
export class LocalSteps {
  readonly #runners = new Map<string, InlineStep>();
  /** Steps run inline instead of through the bus, since start. */
  chained = 0;
  /** Inline steps that failed and were handed to their queue. */
  handedOff = 0;
  readonly #replies = new Map<string, (msg: Message) => void>();
  /** Final messages handed to a gateway of this isolate without the bus. */
  repliedLocally = 0;

  /**
   * Takes the final messages addressed to `subject` (a gateway's reply subject) in this
   * isolate, as objects, instead of through the bus; returns the function that stops it.
   */
  onReply(subject: string, fn: (msg: Message) => void): () => void {
    this.#replies.set(subject, fn);
    return () => {
      if (this.#replies.get(subject) === fn) this.#replies.delete(subject);
    };
  }

  /** @internal */
  replyHandler(subject: string): ((msg: Message) => void) | undefined {
    return this.#replies.get(subject);
  }

  /** Names of the actors registered. */
  get names(): string[] {
    return [...this.#runners.keys()];
  }

  /** @internal */
  register(name: string, runner: InlineStep): void {
    this.#runners.set(name, runner);
  }

  /** @internal */
  unregister(name: string, runner: InlineStep): void {
    if (this.#runners.get(name) === runner) this.#runners.delete(name);
  }

  /** @internal */
  runner(name: string): InlineStep | undefined {
    return this.#runners.get(name);
  }
}
