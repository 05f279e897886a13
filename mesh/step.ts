/**
 * One actor's step: validate the envelope, process under a deadline, enforce the actor
 * contract (valid, monotonic enrichment; only routers reroute), move the route on, and
 * forward — inline to the next actor of this isolate (chaining) or through the bus.
 * Retryable failures are naked with an exponential delay; past the limit, or on a
 * permanent failure, the message goes to the route's error handler with the error.
 */
import { isDeepStrictEqual } from "node:util";
import type { StepResult } from "../shared/actor.ts";
import { type Delivery, doneSubject, MESSAGE_ID_HEADER } from "../shared/bus/types.ts";
import {
  appendError,
  appendHistory,
  currentStep,
  divertTo,
  type EnrichmentKey,
  ENRICHMENTS,
  type HistoryEntry,
  type MeshError,
  type Message,
  replaceRemainingSteps,
} from "../shared/protocol.ts";
import { describeError, isRetryable, PermanentError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { Deadline, raceAbort } from "../shared/deadline.ts";
import { endSpan, inSpan, startStepSpan } from "../shared/tracing.ts";
import { type InlineStep, MAX_CHAIN } from "./chaining.ts";
import type { ActorStats, RuntimeOptions } from "./runtime.ts";
import {
  deadLetterText,
  decodeMessage,
  encodeDone,
  encodeMessage,
  encodeProgress,
  invalidEnvelopeReason,
  OUTCOME_HEADER,
  progressOf,
  progressSubjectFor,
} from "./wire.ts";

/** What one step came to: the message moved on, or the failure and when it began. */
type StepOutcome =
  | { next: Message; entry: HistoryEntry }
  | { error: unknown; started: Date; ms: number };

/** Processes one delivery at a time for `runActor`. */
export class StepRunner<D> implements InlineStep {
  #opts: RuntimeOptions<D>;
  #log: Logger;
  #clock: () => Date;
  #shutdown: AbortSignal;
  #stats: ActorStats;
  #key: EnrichmentKey;

  constructor(
    opts: RuntimeOptions<D>,
    log: Logger,
    clock: () => Date,
    shutdown: AbortSignal,
    stats: ActorStats,
  ) {
    this.#opts = opts;
    this.#log = log;
    this.#clock = clock;
    this.#shutdown = shutdown;
    this.#stats = stats;
    this.#key = opts.actor.key;
  }

  /** Settles one delivery; never throws. */
  async handle(delivery: Delivery): Promise<void> {
    this.#stats.inFlight++;
    try {
      await this.#handle(delivery);
    } catch (err) {
      // Only bus failures reach here (publishing onward failed): try the step again later.
      this.#log.warn("Cannot finish step: will be delivered again", { error: describeError(err) });
      delivery.nak(this.#retryDelay(delivery.deliveryCount));
    } finally {
      this.#stats.inFlight--;
    }
  }

  async #handle(delivery: Delivery): Promise<void> {
    const msg = decodeMessage(delivery.data);
    if (!msg) {
      await this.#deadLetter(delivery, invalidEnvelopeReason(delivery.data));
      return;
    }
    const log = this.#log.child({ message_id: msg.id, conversation_id: msg.conversation_id });
    if (currentStep(msg) !== this.#opts.actor.name) {
      await this.#deadLetter(
        delivery,
        `misrouted: route points at ${currentStep(msg)}, not ${this.#opts.actor.name}`,
      );
      return;
    }
    const step = await this.#step(msg, delivery, log, false);
    if ("error" in step) {
      await this.#fail(msg, delivery, step.error, { ...step, log });
      return;
    }
    await this.#continue(step.next, delivery, 0);
    await delivery.ack();
    log.debug("Step done", { ms: step.entry.ms, attempt: step.entry.attempt });
  }

  /**
   * Runs this actor's step on `msg` under its span: on success the message moved on, its
   * progress event sent and the counters kept; on failure what `#fail` needs.
   */
  async #step(
    msg: Message,
    delivery: Delivery,
    log: Logger,
    chained: boolean,
  ): Promise<StepOutcome> {
    const started = this.#clock();
    const t0 = performance.now();
    const attempt = delivery.deliveryCount;
    const span = startStepSpan(
      this.#opts.actor.name,
      msg.traceparent ?? delivery.headers.traceparent ?? null,
      { message_id: msg.id, attempt, chained },
    );
    let result: StepResult<EnrichmentKey>;
    try {
      // Active while the actor works: its log lines carry the step's trace_id and span_id.
      result = await inSpan(span, () => this.#process(msg, attempt, log));
    } catch (error) {
      endSpan(span, "error", error);
      return { error, started, ms: performance.now() - t0 };
    }
    const ms = performance.now() - t0;
    const done = this.#advance(msg, result, started, ms, attempt);
    try {
      this.#progress(msg, done.entry);
      this.#stats.processed++;
      this.#stats.totalMs += ms;
    } finally {
      endSpan(span, done.entry.outcome);
    }
    return done;
  }

  /** The message after a successful step: history, enrichment, route moved on. */
  #advance(
    msg: Message,
    result: StepResult<EnrichmentKey>,
    started: Date,
    ms: number,
    attempt: number,
  ): { next: Message; entry: HistoryEntry } {
    const entry: HistoryEntry = {
      actor: this.#opts.actor.name,
      outcome: result.escalate ? "escalated" : "ok",
      started: started.toISOString(),
      ms: round(ms),
      attempt,
    };
    let next = appendHistory(msg, entry);
    if (result.enrichment !== null && msg.payload[this.#key] === undefined) {
      next = { ...next, payload: { ...next.payload, [this.#key]: result.enrichment } };
    }
    if (result.next) next = replaceRemainingSteps(next, result.next);
    if (result.escalate) {
      next = appendError(next, this.#errorAt("blocked", result.escalate, attempt));
      next = divertTo(next, msg.route.error_handler);
    } else {
      next = { ...next, route: { ...next.route, current: next.route.current + 1 } };
    }
    return { next, entry };
  }

  /**
   * Hands a message on: to the next step's runner in this isolate when there is one
   * (chaining), else to the bus.
   */
  async #continue(msg: Message, delivery: Delivery, depth: number): Promise<void> {
    const target = currentStep(msg);
    const runner = target !== null && depth < MAX_CHAIN && !this.#shutdown.aborted
      ? this.#opts.local?.runner(target)
      : undefined;
    if (runner && await runner.runInline(msg, delivery, depth + 1)) return;
    await this.#forward(msg, delivery);
  }

  /**
   * Runs this step for a message another runner of this isolate just finished, then
   * continues the chain. Returns false, having done nothing, when the step failed (or
   * the actor is stopping): the caller then publishes the message to this step's queue.
   */
  async runInline(msg: Message, delivery: Delivery, depth: number): Promise<boolean> {
    if (this.#shutdown.aborted) return false;
    const local = this.#opts.local!;
    // The chain holds the first delivery: keep it from being redelivered meanwhile.
    delivery.working();
    const log = this.#log.child({ message_id: msg.id, conversation_id: msg.conversation_id });
    this.#stats.inFlight++;
    let step: StepOutcome;
    try {
      step = await this.#step(msg, delivery, log, true);
    } finally {
      this.#stats.inFlight--;
    }
    if ("error" in step) {
      local.handedOff++;
      log.debug("Chained step failed: handing it to its queue", {
        error: describeError(step.error),
      });
      return false;
    }
    local.chained++;
    await this.#continue(step.next, delivery, depth);
    return true;
  }

  /** Runs `process` under the deadline and checks what it returns. */
  async #process(
    msg: Message,
    deliveryCount: number,
    log: Logger,
  ): Promise<StepResult<EnrichmentKey>> {
    const actor = this.#opts.actor;
    const deadlineMs = actor.deadlineMs ?? this.#opts.deadlineMs;
    // Aborts at the deadline or on shutdown; one timer for all deadlines of the isolate
    // (a timer and a combined signal per step cost more than many a step itself).
    const deadline = new Deadline(this.#shutdown, deadlineMs);
    try {
      const ctx = { signal: deadline.signal, log, now: this.#clock, deliveryCount };
      const result = await raceAbort(
        Promise.resolve().then(() => actor.process(msg, this.#opts.deps, ctx)),
        deadline.signal,
      );
      return this.#check(msg, result);
    } catch (err) {
      if (deadline.expired) {
        throw new DOMException(`Step ${actor.name} passed its deadline`, "TimeoutError");
      }
      throw err;
    } finally {
      deadline.clear();
    }
  }

  /** Enforces the actor contract: a valid enrichment, monotonic, routes only by routers. */
  #check(msg: Message, result: StepResult<EnrichmentKey>): StepResult<EnrichmentKey> {
    const actor = this.#opts.actor;
    if (result.next && !actor.router) {
      throw new PermanentError(`Cannot reroute from ${actor.name}: only routers change a route`);
    }
    if (result.enrichment === null) return result;
    const parsed = ENRICHMENTS[this.#key].safeParse(result.enrichment);
    if (!parsed.success) {
      throw new PermanentError(
        `Cannot store ${this.#key} enrichment: ${parsed.error.issues[0]?.message ?? "invalid"}`,
      );
    }
    const existing = msg.payload[this.#key];
    if (existing !== undefined && !isDeepStrictEqual(existing, parsed.data)) {
      throw new PermanentError(
        `Cannot enrich ${this.#key}: the key is already set and enrichment only adds`,
      );
    }
    return { ...result, enrichment: parsed.data as StepResult<EnrichmentKey>["enrichment"] };
  }

  /** A failed step: retry later, or hand the message to the error handler. */
  async #fail(
    msg: Message,
    delivery: Delivery,
    err: unknown,
    at: { started: Date; ms: number; log: Logger },
  ): Promise<void> {
    const actor = this.#opts.actor.name;
    const timeout = err instanceof DOMException && err.name === "TimeoutError";
    const retryable = isRetryable(err) && !this.#shutdown.aborted;
    if (this.#shutdown.aborted) {
      // Shutting down: leave the message for another replica or the next start.
      delivery.nak(0);
      return;
    }
    if (retryable && delivery.deliveryCount <= this.#opts.maxRetries) {
      const delay = this.#retryDelay(delivery.deliveryCount);
      this.#stats.retried++;
      at.log.warn("Step failed: will retry", {
        error: describeError(err),
        attempt: delivery.deliveryCount,
        delay_ms: delay,
      });
      delivery.nak(delay);
      return;
    }
    this.#stats.failed++;
    const kind: MeshError["kind"] = timeout ? "timeout" : retryable ? "retryable" : "permanent";
    const entry: HistoryEntry = {
      actor,
      outcome: "error",
      started: at.started.toISOString(),
      ms: round(at.ms),
      attempt: delivery.deliveryCount,
    };
    let next = appendHistory(msg, entry);
    next = appendError(next, this.#error(kind, describeError(err), delivery));
    at.log.warn("Step failed: handing to error handler", {
      error: describeError(err),
      kind,
      attempt: delivery.deliveryCount,
    });
    if (msg.route.error_handler === actor) {
      // The error handler itself failed: nothing is left to route to. Keep it and tell
      // the gateway so the customer still gets an answer.
      await this.#deadLetter(delivery, `error handler failed: ${describeError(err)}`, next);
      if (msg.reply_to) {
        this.#opts.bus.notify(msg.reply_to, encodeMessage(next), { [OUTCOME_HEADER]: "failed" });
      }
      return;
    }
    this.#progress(msg, entry);
    await this.#continue(divertTo(next, msg.route.error_handler), delivery, 0);
    await delivery.ack();
  }

  /** Publishes to the next step, or answers the gateway when the route is done. */
  async #forward(msg: Message, delivery: Delivery): Promise<void> {
    const target = currentStep(msg);
    if (target === null) {
      if (!msg.reply_to) return;
      const local = this.#opts.local?.replyHandler(msg.reply_to);
      if (local) {
        // The gateway waiting for it is in this isolate: no encoding, no round trip. It is
        // alive, so it broadcasts the reply to every gateway's sockets itself: the turn's end
        // is not announced (other gateways listen to it only for a gone accepting gateway).
        this.#opts.local!.repliedLocally++;
        local(msg);
        return;
      }
      // Every gateway hears the turn ended (a socket elsewhere, a gone accepting gateway).
      this.#opts.bus.notify(doneSubject(msg.conversation_id), encodeDone(msg));
      this.#opts.bus.notify(msg.reply_to, encodeMessage(msg));
      return;
    }
    const bytes = encodeMessage(msg);
    const headers: Record<string, string> = { [MESSAGE_ID_HEADER]: msg.id };
    if (msg.traceparent) headers.traceparent = msg.traceparent;
    else if (delivery.headers.traceparent) headers.traceparent = delivery.headers.traceparent;
    await this.#opts.bus.publish(target, bytes, {
      msgId: `${msg.id}:${msg.route.current}:${msg.attempt}`,
      headers,
    });
  }

  #progress(msg: Message, entry: HistoryEntry): void {
    if (!msg.reply_to || !msg.progress) return;
    this.#opts.bus.notify(progressSubjectFor(msg.reply_to), encodeProgress(progressOf(msg, entry)));
  }

  async #deadLetter(delivery: Delivery, reason: string, msg?: Message): Promise<void> {
    this.#stats.dead++;
    this.#log.warn("Message dead-lettered", { reason, subject: delivery.subject });
    await this.#opts.bus.deadLetter({
      subject: delivery.subject,
      reason,
      data: msg ? JSON.stringify(msg) : deadLetterText(delivery.data),
      deliveries: delivery.deliveryCount,
      at: this.#clock().toISOString(),
    });
    await delivery.ack();
  }

  #error(kind: MeshError["kind"], message: string, delivery: Delivery): MeshError {
    return this.#errorAt(kind, message, delivery.deliveryCount);
  }

  #errorAt(kind: MeshError["kind"], message: string, attempt: number): MeshError {
    return {
      actor: this.#opts.actor.name,
      kind,
      message,
      at: this.#clock().toISOString(),
      attempt,
    };
  }

  #retryDelay(deliveryCount: number): number {
    const base = this.#opts.retryBaseMs * 2 ** Math.max(0, deliveryCount - 1);
    // Jitter spreads retries of many messages hitting one failing service.
    return Math.min(30_000, Math.round(base * (0.8 + Math.random() * 0.4)));
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
