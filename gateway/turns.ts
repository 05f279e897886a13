/**
 * Turns: the gateway's side of the mesh. It writes each accepted customer message down
 * before it enters the mesh, publishes it, waits for the aggregator's reply (correlated
 * by message id), and fans replies, progress and agent messages out to open sockets.
 */
import type { Subscription, TurnDone } from "../shared/bus/types.ts";
import { MESSAGE_ID_HEADER, progressSubject, replySubject } from "../shared/bus/types.ts";
import { DoneWatch } from "./done_watch.ts";
import { createMessage, currentStep, Message } from "../shared/protocol.ts";
import type { Logger } from "../shared/log.ts";
import { encodeMessage, OUTCOME_HEADER, type ProgressEvent } from "../mesh/wire.ts";
import { DEFAULT_PROGRESS_LABEL, PROGRESS_LABELS } from "../shared/progress_labels.ts";
import { fallbackReply, toChatReply } from "./replies.ts";
import { describeError } from "../shared/errors.ts";
import { Outbox } from "./outbox.ts";
import type { Span } from "@opentelemetry/api";
import { endSpan, inSpan, startTurnSpan, traceparentOf } from "../shared/tracing.ts";

export type {
  ConversationEvent,
  Inbox,
  SocketEvent,
  TurnInput,
  TurnServiceOptions,
  TurnSession,
} from "./turn_types.ts";
import type {
  ConversationEvent,
  TurnInput,
  TurnServiceOptions,
  TurnSession,
} from "./turn_types.ts";

const decoder = new TextDecoder();
/** Replies kept for a `wait` that has not started yet: at most this many, this long. */
const EARLY_KEEP = 1_000;
const EARLY_MS = 30_000;

/** Correlates turns with their replies and fans events out to sockets. */
export class TurnService implements AsyncDisposable {
  #opts: TurnServiceOptions;
  #waiters = new Map<string, Set<(msg: Message, failed: boolean) => void>>();
  #listeners = new Map<string, Set<(ev: ConversationEvent) => void>>();
  #subs: Subscription[] = [];
  #spans = new Map<string, { span: Span; timer: ReturnType<typeof setTimeout> }>();
  /**
   * Final messages that arrived with nobody waiting (a turn answered before its HTTP
   * request started to wait), kept a short while so `wait` finds them without the database.
   */
  #early = new Map<string, { msg: Message; failed: boolean; at: number }>();
  /** HTTP turns sent whose request has not started waiting yet. */
  #expected = new Map<string, { at: number }>();
  #log: Logger;
  /** Turns written down that the bus did not take yet. */
  readonly #outbox: Outbox;
  /** Replies of turns whose accepting gateway is gone, for sockets here. */
  readonly #orphans: DoneWatch;

  constructor(opts: TurnServiceOptions) {
    this.#opts = opts;
    this.#log = opts.log.child({ component: "turns" });
    this.#outbox = new Outbox({
      send: (m) => this.publish(m),
      log: this.#log,
      keepMs: opts.sweepAfterMs,
    });
    this.#orphans = new DoneWatch({
      replyTo: this.replyTo,
      listening: (id) => this.#listeners.has(id),
      finished: (id) => opts.inbox.finished(id),
      deliver: async (msg) => {
        for (const ev of await this.#replyEvents(msg, false)) this.#emit(msg.conversation_id, ev);
      },
      log: this.#log,
    });
  }

  /** Turns accepted and written down that wait for the bus to take them. */
  get waitingForBus(): number {
    return this.#outbox.size;
  }

  /** The subject replies to this gateway arrive on. */
  get replyTo(): string {
    return replySubject(this.#opts.gatewayId);
  }

  /** Subscribes to replies, progress and conversation events. */
  start(): void {
    const { bus, gatewayId } = this.#opts;
    this.#subs.push(
      bus.subscribe(replySubject(gatewayId), (data, _s, headers) => {
        this.#onReply(data, headers[OUTCOME_HEADER] === "failed").catch((err) =>
          this.#log.error("Cannot handle a reply", { error: String(err) })
        );
      }),
      bus.subscribe(progressSubject(gatewayId), (data) => this.#onProgress(data)),
      bus.subscribe("mesh.events.*", (data, subject) => {
        const conversationId = subject.slice("mesh.events.".length);
        // No socket here on it: nothing to emit, and no turn's end is awaited for it (the
        // orphan watch waits only on conversations with sockets), so it is not even parsed.
        if (!this.#listeners.has(conversationId)) return;
        try {
          const ev: ConversationEvent = JSON.parse(decoder.decode(data));
          if (ev.type === "reply") this.#orphans.sawReply(ev.reply.message_id);
          this.#emit(conversationId, ev);
        } catch {
          this.#log.warn("Dropped a malformed conversation event", { subject });
        }
      }),
      bus.subscribe("mesh.done.*", (data, subject) => {
        try {
          const done: TurnDone = JSON.parse(decoder.decode(data));
          this.#orphans.onDone(subject.slice("mesh.done.".length), done);
        } catch {
          this.#log.warn("Dropped a malformed turn end", { subject });
        }
      }),
    );
  }

  /** Accepts a customer message, writes it down, and sends it into the mesh. */
  async submit(session: TurnSession, input: TurnInput): Promise<{
    message: Message;
    duplicate: boolean;
  }> {
    const span = startTurnSpan({
      conversation_id: session.conversation_id,
      channel: input.channel,
    });
    const message = createMessage({
      traceparent: traceparentOf(span),
      text: input.text,
      conversationId: session.conversation_id,
      customer: session.email ?? session.customer_id,
      replyTo: this.replyTo,
      // Progress only reaches sockets on this gateway: without one, nobody would see it.
      progress: this.#listeners.has(session.conversation_id),
      channel: input.channel,
      clientId: input.clientId,
      session: {
        session_id: session.session_id,
        customer_id: session.customer_id,
        email: session.email,
        pending_action: session.pending_action,
        last_order_id: session.last_order_id,
        last_intent: session.last_intent,
        turn: session.turn,
        open_handoff: session.open_handoff ?? null,
        dialogue: session.dialogue,
        sign_in_code_sent: session.sign_in_code_sent ?? false,
      },
    });
    // Under the turn's span: what is logged while it is written down and sent joins its trace.
    const accepted = await inSpan(span, () =>
      this.#opts.inbox.accept({
        message,
        sessionId: session.session_id,
        clientId: input.clientId,
      }));
    this.#trackSpan(accepted.duplicate ? null : message.id, span);
    if (accepted.duplicate) {
      const earlier = await this.#opts.inbox.finished(accepted.messageId);
      if (!earlier) {
        // A client retry of a turn not answered yet: its first send may have failed (the
        // bus was down). Send it again; the bus drops it if the first one went through.
        const pending = await this.#opts.inbox.accepted(accepted.messageId);
        if (pending) await this.#send({ ...pending, reply_to: this.replyTo });
      }
      return { message: earlier ?? { ...message, id: accepted.messageId }, duplicate: true };
    }
    // An HTTP request waits for this reply as soon as this returns; should the reply be
    // faster than that, `#onReply` keeps it for `wait`.
    if (input.channel === "http") this.#expect(message.id);
    await inSpan(span, () => this.#send(message));
    return { message, duplicate: false };
  }

  /**
   * Publishes an accepted turn. The turn is written down already, so a bus that does not
   * take it (restarting, unreachable) does not fail the customer: the outbox sends it as
   * soon as the bus is back, and the reply comes late (202, or on the socket).
   */
  async #send(message: Message): Promise<void> {
    try {
      await this.publish(message);
    } catch (err) {
      this.#log.warn("Cannot send a turn into the mesh now; it waits for the bus", {
        message_id: message.id,
        error: describeError(err),
      });
      this.#outbox.add(message);
    }
  }

  /** Publishes a message to its current step (idempotent by message id). */
  async publish(message: Message): Promise<void> {
    const step = currentStep(message);
    if (!step) throw new Error(`Cannot publish ${message.id}: its route is finished`);
    const headers: Record<string, string> = { [MESSAGE_ID_HEADER]: message.id };
    if (message.traceparent) headers.traceparent = message.traceparent;
    await this.#opts.bus.publish(step, encodeMessage(message), {
      msgId: `${message.id}:${message.route.current}:${message.attempt}`,
      headers,
    });
  }

  /**
   * Waits for the final message of a turn, or null after `timeoutMs`. `fresh`: the turn
   * was just sent by this gateway, so its reply comes here and nothing is stored yet — no
   * need to look in the database (a duplicate submit may find its reply there).
   */
  wait(
    messageId: string,
    timeoutMs: number,
    opts: { fresh?: boolean } = {},
  ): Promise<{ msg: Message; failed: boolean } | null> {
    this.#expected.delete(messageId);
    // Kept (until it ages out) rather than taken: a client's retry of the same turn may
    // be waiting for it too.
    const early = this.#early.get(messageId);
    if (early) return Promise.resolve({ msg: early.msg, failed: early.failed });
    return new Promise((resolve) => {
      const set = this.#waiters.get(messageId) ?? new Set();
      this.#waiters.set(messageId, set);
      const done = (msg: Message, failed: boolean) => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.#waiters.delete(messageId);
        resolve({ msg, failed });
      };
      const timer = setTimeout(() => {
        set.delete(done);
        if (set.size === 0) this.#waiters.delete(messageId);
        resolve(null);
      }, timeoutMs);
      set.add(done);
      if (opts.fresh) return;
      // The reply may already be stored (a duplicate submit).
      this.#opts.inbox.finished(messageId).then((m) => m && done(m, false)).catch(() => {});
    });
  }

  /** Listens to one conversation's events; returns the function that stops listening. */
  listen(conversationId: string, fn: (ev: ConversationEvent) => void): () => void {
    const set = this.#listeners.get(conversationId) ?? new Set();
    this.#listeners.set(conversationId, set);
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.#listeners.delete(conversationId);
    };
  }

  /** Broadcasts an event to every gateway's sockets of a conversation. */
  broadcast(conversationId: string, ev: ConversationEvent): void {
    this.#opts.bus.notify(
      `mesh.events.${conversationId}`,
      new TextEncoder().encode(JSON.stringify(ev)),
    );
  }

  /** Turns this gateway sent into the mesh that have no reply yet (up to a minute old). */
  get inFlight(): number {
    return this.#spans.size;
  }

  /** Number of open listeners (sockets), for metrics. */
  get listeners(): number {
    let n = 0;
    for (const s of this.#listeners.values()) n += s.size;
    return n;
  }

  /** Keeps a turn's span until its reply (or a minute) ends it. */
  #trackSpan(messageId: string | null, span: Span): void {
    if (!messageId) return endSpan(span, "duplicate");
    const timer = setTimeout(() => this.#endTurnSpan(messageId, "unanswered"), 60_000);
    this.#spans.set(messageId, { span, timer });
  }

  #endTurnSpan(messageId: string, outcome: string): void {
    const entry = this.#spans.get(messageId);
    if (!entry) return;
    this.#spans.delete(messageId);
    clearTimeout(entry.timer);
    endSpan(entry.span, outcome);
  }

  #emit(conversationId: string, ev: ConversationEvent): void {
    for (const fn of this.#listeners.get(conversationId) ?? []) {
      try {
        fn(ev);
      } catch (err) {
        this.#log.warn("A socket listener failed", { error: String(err) });
      }
    }
  }

  async #onReply(data: Uint8Array, failed: boolean): Promise<void> {
    const parsed = Message.safeParse(JSON.parse(decoder.decode(data)));
    if (!parsed.success) {
      this.#log.warn("Dropped a malformed reply");
      return;
    }
    await this.#finish(parsed.data, failed);
  }

  /**
   * A turn's final message from an aggregator in this isolate, handed over as an object
   * (already checked by the runtime) instead of through the bus.
   */
  deliverReply(msg: Message): void {
    this.#finish(msg, false).catch((err) =>
      this.#log.error("Cannot handle a reply", { error: String(err) })
    );
  }

  async #finish(msg: Message, failed: boolean): Promise<void> {
    this.#endTurnSpan(msg.id, failed ? "failed" : msg.payload.aggregation?.outcome ?? "answered");
    this.#opts.onFinished?.(msg, failed);
    const waiting = this.#waiters.get(msg.id);
    if (waiting) { for (const fn of [...waiting]) fn(msg, failed); }
    else if (this.#expected.delete(msg.id)) {
      this.#early.set(msg.id, { msg, failed, at: Date.now() });
    }
    for (const ev of await this.#replyEvents(msg, failed)) {
      this.broadcast(msg.conversation_id, ev);
    }
  }

  /** The socket events of a turn's final message: its reply, and its handoff if any. */
  async #replyEvents(msg: Message, failed: boolean): Promise<ConversationEvent[]> {
    const reply = failed ? fallbackReply(msg) : toChatReply(msg);
    const seq = await this.#opts.inbox.replySeq(msg.id).catch(() => null);
    const created_at = msg.payload.aggregation ? new Date().toISOString() : msg.created_at;
    const events: ConversationEvent[] = [{ type: "reply", seq, reply, created_at }];
    if (reply.handoff) events.push({ type: "handoff", seq, handoff: reply.handoff });
    return events;
  }

  #expect(messageId: string): void {
    const now = Date.now();
    // Both maps stay small: a request starts waiting microseconds after its turn is sent.
    // Entries of requests that never waited (they failed in between) age out here.
    for (const map of [this.#expected, this.#early] as Map<string, { at: number }>[]) {
      for (const [id, { at }] of map) {
        if (now - at < EARLY_MS && map.size < EARLY_KEEP) break;
        map.delete(id);
      }
    }
    this.#expected.set(messageId, { at: now });
  }

  #onProgress(data: Uint8Array): void {
    try {
      const ev: ProgressEvent = JSON.parse(decoder.decode(data));
      this.#emit(ev.conversation_id, {
        type: "progress",
        message_id: ev.message_id,
        actor: ev.actor,
        label: PROGRESS_LABELS[ev.actor] ?? DEFAULT_PROGRESS_LABEL,
        ms: ev.ms,
      });
    } catch {
      // progress is best effort
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.#outbox[Symbol.asyncDispose]();
    for (const id of [...this.#spans.keys()]) this.#endTurnSpan(id, "shutdown");
    this.#orphans[Symbol.dispose]();
    for (const s of this.#subs) s.unsubscribe();
    this.#subs = [];
  }
}
