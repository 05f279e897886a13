/**
 * Chaining across threads: a step of a Worker's chain whose actor runs on the parent's
 * thread (the aggregator, beside the gateway's database connection) is handed to the
 * parent as an object instead of a durable bus hop.
 *
 * The Worker holds the delivery that started its chain until the parent answers that the
 * step and the rest of the route ran, so a crash on either side re-delivers it and the chain
 * runs again, as with chaining in one isolate (every actor is idempotent by message id; a
 * turn is recorded once). When the parent cannot take the step (no such actor there yet,
 * the step failed, no answer in time), the Worker publishes the message to the step's
 * queue, whose consumer retries it with the usual delays and error handling.
 *
 * Measured at 100 turns/s on NATS (the aggregator's hop of 7 KB envelopes): the hop was 2 of
 * the 6.7 messages a turn sent to nats-server and 6.4 of its 8.9 KB, and the envelope was
 * encoded, parsed and checked against the schema once more on the gateway's thread. The
 * envelope crosses here as the JSON text of what the Worker's runtime checked step by step
 * (not checked against the schema again); the parent's runtime checks the aggregator's own
 * enrichment as for any step.
 */
import type { Delivery } from "../shared/bus/types.ts";
import type { Message } from "../shared/protocol.ts";
import type { InlineStep, LocalSteps } from "./chaining.ts";

/** A Worker asks its parent to run a step (and the rest of the route) of a chain. */
export interface StepRequest {
  type: "step";
  id: number;
  actor: string;
  /**
   * The message as JSON text: V8 copies a string between threads at once, while a
   * structured clone of the envelope's objects costs about what JSON does, on both sides.
   */
  msg: string;
  depth: number;
  /** The chain's delivery: its number (the step's attempt) and its trace header. */
  attempt: number;
  traceparent: string | null;
}

/** The parent's answer: the step (and the rest of the route) ran, or not. */
export type StepAnswer = { type: "step_result"; id: number; ok: boolean };

/** What a parent step needs. */
export interface ParentStepOptions {
  actor: string;
  post: (req: StepRequest) => void;
  timeoutMs: number;
  /** Shared by the parent steps of one Worker (one id space, one answer channel). */
  answers: ParentStepAnswers;
}

/**
 * The Worker's side: an inline step for an actor of the parent's thread. Answers are fed
 * in through the Worker's `ParentStepAnswers`; a request unanswered within `timeoutMs`
 * counts as not run.
 */
export class ParentStep implements InlineStep {
  readonly #opts: ParentStepOptions;

  constructor(opts: ParentStepOptions) {
    this.#opts = opts;
  }

  runInline(msg: Message, delivery: Delivery, depth: number): Promise<boolean> {
    const { actor, post, timeoutMs, answers } = this.#opts;
    const { id, answered } = answers.wait(timeoutMs);
    delivery.working();
    try {
      post({
        type: "step",
        id,
        actor,
        msg: JSON.stringify(msg),
        depth,
        attempt: delivery.deliveryCount,
        traceparent: delivery.headers.traceparent ?? null,
      });
    } catch {
      answers.answer({ type: "step_result", id, ok: false });
    }
    return answered;
  }
}

/** The requests of one Worker's parent steps that wait for their answers. */
export class ParentStepAnswers {
  readonly #waiting = new Map<number, (ok: boolean) => void>();
  #lastId = 0;

  /** A new request's id and its answer (false when none comes within `timeoutMs`). */
  wait(timeoutMs: number): { id: number; answered: Promise<boolean> } {
    const id = ++this.#lastId;
    const answered = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        resolve(ok);
      };
      this.#waiting.set(id, done);
    });
    return { id, answered };
  }

  /** Requests still waiting. */
  get pending(): number {
    return this.#waiting.size;
  }

  /** Feeds in one answer from the parent (a late or unknown one is ignored). */
  answer(a: StepAnswer): void {
    this.#waiting.get(a.id)?.(a.ok);
  }

  /** Gives up on every request (the Worker is stopping): their chains publish instead. */
  cancelAll(): void {
    for (const done of [...this.#waiting.values()]) done(false);
  }
}

/**
 * The parent's side: runs a Worker's step request on this isolate's steps (`local()`, or
 * none yet) and posts the answer back; never throws.
 */
export async function runStepRequest(
  local: LocalSteps | undefined,
  req: StepRequest,
  post: (a: StepAnswer) => void,
): Promise<void> {
  const runner = local?.runner(req.actor);
  let ok = false;
  if (runner) {
    const delivery: Delivery = {
      subject: `mesh.${req.actor}`,
      data: new Uint8Array(),
      deliveryCount: req.attempt,
      headers: req.traceparent ? { traceparent: req.traceparent } : {},
      // The Worker settles its own delivery once it has the answer, and pushed its deadline
      // back (a full ack wait, longer than the step's deadline) as it handed the step over.
      ack: () => Promise.resolve(),
      nak: () => {},
      term: () => {},
      working: () => {},
    };
    try {
      ok = await runner.runInline(JSON.parse(req.msg) as Message, delivery, req.depth);
    } catch {
      ok = false;
    }
  }
  try {
    post({ type: "step_result", id: req.id, ok });
  } catch { /* the Worker is gone: its delivery comes again */ }
}
