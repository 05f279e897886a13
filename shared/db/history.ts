/**
 * The history database (SQLite through `node:sqlite`): conversations and their messages,
 * the inbox of accepted turns (restart recovery), the audit trail of every turn, actions
 * and handoffs, and analytics over them. Every write is idempotent, keyed by message id,
 * so a replayed or redelivered turn writes nothing twice.
 */
import { ensureDataFolder } from "../data_file.ts";
import { Message } from "../protocol.ts";
import { analytics, type AnalyticsOptions } from "./analytics.ts";
import {
  getHandoff,
  type HandoffUpdate,
  listHandoffs,
  updateHandoff,
  upsertHandoff,
} from "./handoffs.ts";
import {
  appendCustomerMessage,
  type AppendMessage,
  appendMessage,
  appendTurnMessages,
  isoTime,
  listMessages,
  messageByKey,
  touchConversation,
} from "./messages.ts";
import { GroupCommit } from "./group_commit.ts";
import { migrate } from "./migrations.ts";
import { purgeBefore, type PurgeResult } from "./retention.ts";
import { json, type Row, Sql } from "./sql.ts";
import { turnFacts } from "./turn.ts";
import type {
  AcceptResult,
  Analytics,
  ConversationMode,
  ConversationRecord,
  ConversationStatus,
  HandoffRecord,
  HandoffStatus,
  InboxEntry,
  InboxState,
  RecordResult,
  StoredMessage,
} from "./types.ts";

export type { AppendMessage } from "./messages.ts";
export type { PurgeResult } from "./retention.ts";

/** Options of `HistoryDb.open`. */
export interface HistoryDbOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** How long a write waits for another process's lock. Default 5000 ms. */
  busyTimeoutMs?: number;
}

/** The history database. */
export class HistoryDb implements Disposable, AsyncDisposable {
  #sql: Sql;
  #now: () => number;
  #turns: GroupCommit<Message, RecordResult>;
  #accepts: GroupCommit<Message, AcceptResult>;

  private constructor(sql: Sql, now: () => number) {
    this.#sql = sql;
    this.#now = now;
    this.#turns = new GroupCommit({ sql, write: (m) => this.#writeTurn(m) });
    this.#accepts = new GroupCommit({ sql, write: (m) => this.#writeInbound(m) });
  }

  /** Opens (creating it and its folder if needed) and migrates the database at `path`. */
  static async open(path: string, opts: HistoryDbOptions = {}): Promise<HistoryDb> {
    await ensureDataFolder(path);
    const sql = new Sql(path, { busyTimeoutMs: opts.busyTimeoutMs });
    try {
      migrate(sql.db, opts.now);
    } catch (err) {
      sql[Symbol.dispose]();
      throw err;
    }
    return new HistoryDb(sql, opts.now ?? Date.now);
  }

  /** The schema version in place. */
  schemaVersion(): number {
    return Number(this.#sql.get<{ v: number }>("SELECT MAX(version) AS v FROM schema_version")?.v);
  }

  /** True when the database answers (health). */
  ping(): boolean {
    try {
      return this.#sql.get<{ one: number }>("SELECT 1 AS one")?.one === 1;
    } catch {
      return false;
    }
  }

  /**
   * Records a customer turn as the gateway accepts it, before it enters the mesh: the
   * inbox entry, the conversation, and the customer's message. Idempotent by message id
   * and by (session, client id): a retry returns the turn already accepted.
   */
  acceptInbound(message: Message): AcceptResult {
    return this.#sql.tx(() => this.#writeInbound(message));
  }

  /**
   * `acceptInbound` with group commit: turns accepted together share one transaction
   * (fewer commits, and a shorter hold of the write lock the aggregator also needs).
   * Resolves once the transaction holding this turn has committed.
   */
  acceptInboundGrouped(message: Message): Promise<AcceptResult> {
    return this.#accepts.submit(message);
  }

  #writeInbound(message: Message): AcceptResult {
    const cm = message.payload.customer_message;
    const session = message.session.session_id;
    const existing = this.#sql.get<{ message_id: string; state: InboxState }>(
      `SELECT message_id, state FROM inbox WHERE message_id = $id
           OR ($session IS NOT NULL AND $client IS NOT NULL
               AND session_id = $session AND client_id = $client)`,
      { id: message.id, session, client: cm.client_id },
    );
    if (existing) {
      const { message_id, state } = existing;
      const seq = messageByKey(this.#sql, `${message_id}:customer`)?.seq ?? null;
      return { created: false, message_id, state, seq };
    }
    const now = this.#iso();
    touchConversation(this.#sql, message, now);
    this.#sql.run(
      `INSERT INTO inbox (message_id, conversation_id, session_id, client_id, text,
           received_at, state, attempts, updated_at, envelope)
         VALUES ($id, $conv, $session, $client, $text, $received, 'accepted', 1, $now, $env)`,
      {
        id: message.id,
        conv: message.conversation_id,
        session,
        client: cm.client_id,
        text: cm.text,
        received: isoTime(cm.received_at),
        now,
        env: JSON.stringify(message),
      },
    );
    const stored = appendCustomerMessage(this.#sql, message, now);
    return { created: true, message_id: message.id, state: "accepted", seq: stored.seq };
  }

  /** Marks an accepted turn answered (`recordTurn` does it too). */
  markAnswered(messageId: string): boolean {
    return this.#setInbox(messageId, "answered");
  }

  /** Marks an accepted turn failed: recovery leaves it alone. */
  markFailed(messageId: string): boolean {
    return this.#setInbox(messageId, "failed");
  }

  /** Counts one more recovery attempt of an accepted turn; returns the new count. */
  noteRecovery(messageId: string): number {
    const row = this.#sql.get<{ attempts: number }>(
      `UPDATE inbox SET attempts = attempts + 1, updated_at = $now
       WHERE message_id = $id RETURNING attempts`,
      { id: messageId, now: this.#iso() },
    );
    return row?.attempts ?? 0;
  }

  /** Accepted turns still unanswered that were received at least `olderThanMs` ago. */
  pendingInbox(olderThanMs: number, limit = 100): InboxEntry[] {
    const before = new Date(this.#now() - olderThanMs).toISOString();
    return this.#sql.all(
      `SELECT * FROM inbox WHERE state = 'accepted' AND received_at <= $before
       ORDER BY received_at, message_id LIMIT $limit`,
      { before, limit },
    ).map(toInbox);
  }

  /** One accepted turn, or null. */
  inboxEntry(messageId: string): InboxEntry | null {
    const row = this.#sql.get("SELECT * FROM inbox WHERE message_id = $id", { id: messageId });
    return row ? toInbox(row) : null;
  }

  /**
   * Stores a finished turn in one transaction: the audit row (with the whole envelope and
   * the actor timings), the customer's message if not yet stored, the reply, actions and
   * a handoff; marks the inbox entry answered. A turn already recorded writes nothing.
   */
  recordTurn(message: Message): RecordResult {
    return this.#sql.tx(() => this.#writeTurn(message));
  }

  /**
   * Stores a finished turn as `recordTurn` does, with group commit: turns submitted
   * together share one transaction. Resolves once the transaction holding this turn has
   * committed; a duplicate in the same group reports `created: false` like a redelivery.
   */
  recordTurnGrouped(message: Message): Promise<RecordResult> {
    return this.#turns.submit(message);
  }

  #writeTurn(message: Message): RecordResult {
    const now = this.#iso();
    const f = turnFacts(message);
    const created = this.#sql.run(
      `INSERT INTO turns (message_id, conversation_id, session_id, customer, intent,
         intent_confidence, sentiment, sentiment_score, urgency, outcome, guardrail, handoff,
         attempt, total_ms, reply, created_at, recorded_at, timings, envelope)
       VALUES ($id, $conv, $session, $customer, $intent, $intent_confidence, $sentiment,
         $sentiment_score, $urgency, $outcome, $guardrail, $handoff, $attempt, $total_ms,
         $reply, $created, $now, $timings, $env)
       ON CONFLICT DO NOTHING`,
      { ...f.row, now, env: JSON.stringify(message) },
    ) > 0;
    if (!created) {
      return { created: false, reply: messageByKey(this.#sql, `${message.id}:assistant`) };
    }
    // A replay is kept in the audit trail only, not in the customer's conversation.
    if (message.payload.customer_message.channel === "replay") {
      return { created: true, reply: null };
    }
    const reply = appendTurnMessages(
      this.#sql,
      message,
      f.reply === null ? null : { text: f.reply, meta: f.replyMeta },
      now,
    );
    for (const a of f.actions) {
      this.#sql.run(
        `INSERT INTO actions (id, message_id, conversation_id, type, order_id, status,
           idempotency_key, detail, data, created_at)
         VALUES ($id, $msg, $conv, $type, $order_id, $status, $key, $detail, $data, $now)
         ON CONFLICT DO NOTHING`,
        { msg: message.id, conv: message.conversation_id, now, ...a },
      );
    }
    if (f.handoff) upsertHandoff(this.#sql, f.handoff, now);
    this.#sql.run(
      "UPDATE inbox SET state = 'answered', updated_at = $now WHERE message_id = $id",
      { id: message.id, now },
    );
    return { created: true, reply };
  }

  /** The assistant's reply of a turn, by its dedupe key (one indexed lookup), or null. */
  replyOf(messageId: string): StoredMessage | null {
    return messageByKey(this.#sql, `${messageId}:assistant`);
  }

  /** The whole envelope of a recorded turn (replay, audit), or null. */
  getTurn(messageId: string): Message | null {
    const row = this.#sql.get<{ envelope: string }>(
      "SELECT envelope FROM turns WHERE message_id = $id",
      { id: messageId },
    );
    if (!row) return null;
    const parsed = Message.safeParse(json(row.envelope, null));
    return parsed.success ? parsed.data : null;
  }

  /** Appends a message (an agent's words, a system note); idempotent with `dedupeKey`. */
  appendMessage(m: AppendMessage): StoredMessage {
    return this.#sql.tx(() => appendMessage(this.#sql, m, this.#iso()));
  }

  /** Messages of a conversation with `seq` above `afterSeq`, in order. */
  listMessages(conversationId: string, afterSeq = 0, limit = 1000): StoredMessage[] {
    return listMessages(this.#sql, conversationId, afterSeq, limit);
  }

  /** One conversation, or null. */
  conversation(id: string): ConversationRecord | null {
    const row = this.#sql.get<ConversationRecord>(
      "SELECT * FROM conversations WHERE id = $id",
      { id },
    );
    return row ? { ...row } : null;
  }

  /** A session's conversations, newest first. */
  conversationsOfSession(sessionId: string): ConversationRecord[] {
    return this.#sql.all<ConversationRecord>(
      "SELECT * FROM conversations WHERE session_id = $s ORDER BY created_at DESC, id",
      { s: sessionId },
    ).map((r) => ({ ...r }));
  }

  /** Sets a conversation's status or mode; returns it, or null when it does not exist. */
  updateConversation(
    id: string,
    update: { status?: ConversationStatus; mode?: ConversationMode },
  ): ConversationRecord | null {
    this.#sql.run(
      `UPDATE conversations SET status = COALESCE($status, status), mode = COALESCE($mode, mode),
         updated_at = $now WHERE id = $id`,
      { id, status: update.status, mode: update.mode, now: this.#iso() },
    );
    return this.conversation(id);
  }

  /** Inserts a handoff or refreshes its description; true when it was new. */
  upsertHandoff(handoff: Parameters<typeof upsertHandoff>[1]): boolean {
    return upsertHandoff(this.#sql, handoff, this.#iso());
  }

  /** Handoffs in the given states, urgent first, then oldest first. */
  listHandoffs(
    opts: { status?: HandoffStatus | HandoffStatus[]; limit?: number } = {},
  ): HandoffRecord[] {
    return listHandoffs(this.#sql, opts);
  }

  /** One handoff, or null. */
  getHandoff(id: string): HandoffRecord | null {
    return getHandoff(this.#sql, id);
  }

  /** Changes a handoff (claim, hand back, close); null when absent or not in `ifStatus`. */
  updateHandoff(id: string, update: HandoffUpdate): HandoffRecord | null {
    return updateHandoff(this.#sql, id, update, this.#iso());
  }

  /** The analytics view (see `Analytics`). */
  analytics(opts: AnalyticsOptions = {}): Analytics {
    return analytics(this.#sql, opts);
  }

  /**
   * Removes conversations not updated for `days` days with all that belongs to them,
   * except those whose handoff is still queued or claimed. 0 keeps everything.
   */
  purgeOlderThan(days: number): PurgeResult {
    if (!(days > 0)) return { conversations: 0, turns: 0, messages: 0 };
    return purgeBefore(this.#sql, new Date(this.#now() - days * 86_400_000).toISOString());
  }

  /** Closes the database, after committing the turns waiting for a group commit. */
  close(): void {
    if (!this.#sql.isOpen) return;
    try {
      this.#turns.close();
      this.#accepts.close();
    } finally {
      this.#sql[Symbol.dispose]();
    }
  }

  /** Closes the database. */
  [Symbol.dispose](): void {
    this.close();
  }

  /** Closes the database. */
  [Symbol.asyncDispose](): Promise<void> {
    this.close();
    return Promise.resolve();
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }

  #setInbox(messageId: string, state: InboxState): boolean {
    return this.#sql.run(
      "UPDATE inbox SET state = $state, updated_at = $now WHERE message_id = $id",
      { id: messageId, state, now: this.#iso() },
    ) > 0;
  }
}

function toInbox(r: Row): InboxEntry {
  return {
    message_id: String(r.message_id),
    conversation_id: String(r.conversation_id),
    session_id: (r.session_id as string | null) ?? null,
    client_id: (r.client_id as string | null) ?? null,
    text: String(r.text),
    received_at: String(r.received_at),
    state: r.state as InboxState,
    attempts: Number(r.attempts),
    envelope: Message.parse(json(r.envelope, null)),
  };
}
