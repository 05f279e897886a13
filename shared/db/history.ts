/**
 * The history database (SQLite through `node:sqlite`): conversations and their messages,
 * the inbox of accepted turns (restart recovery), the audit trail of every turn, actions
 * and handoffs, and analytics over them. Every write is idempotent, keyed by message id,
 * so a replayed or redelivered turn writes nothing twice.
 */
import { ensureDataFolder } from "../data_file.ts";
import { type Handoff, Message } from "../protocol.ts";
import { analytics } from "./analytics.ts";
import { getHandoff, listHandoffs, queuePlace, updateHandoff, upsertHandoff } from "./handoffs.ts";
import { appendMessage, listMessages, messageByKey } from "./messages.ts";
import { GroupCommit } from "./group_commit.ts";
import { migrate } from "./migrations.ts";
import { RecentReplies } from "./recent_replies.ts";
import { purgeBefore } from "./retention.ts";
import { json, type Row, Sql } from "./sql.ts";
import { writeInbound, writeTurn } from "./writes.ts";
import type {
  AcceptResult,
  Analytics,
  AnalyticsOptions,
  AppendMessage,
  ClaimOptions,
  ConversationMode,
  ConversationRecord,
  ConversationStatus,
  HandoffRecord,
  HandoffStatus,
  HandoffUpdate,
  History,
  InboxEntry,
  InboxState,
  PurgeResult,
  RecordResult,
  StoredMessage,
} from "./types.ts";
import { byReceipt } from "./types.ts";

export type { AppendMessage } from "./messages.ts";
export type { PurgeResult } from "./retention.ts";

/** A write of the group commit: an accepted turn, or a finished one (`turn`). */
interface GroupedWrite {
  turn: boolean;
  message: Message;
}

/** Options of `HistoryDb.open`. */
export interface HistoryDbOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** How long a write waits for another process's lock. Default 5000 ms. */
  busyTimeoutMs?: number;
}

/**
 * The history database in SQLite (the embedded adapter of `History`). Its work is
 * synchronous; the methods answer with promises so that callers see one API for both
 * adapters.
 */
export class HistoryDb implements History, Disposable {
  /** Which adapter this is. */
  readonly kind = "sqlite" as const;
  #sql: Sql;
  #now: () => number;
  /**
   * One group commit for accepted and finished turns: at a steady rate the accept of one
   * turn and the record of another often arrive in the same pass of the event loop, and
   * one transaction writes the pages both touch (inbox, messages, conversations) once.
   */
  #writes: GroupCommit<GroupedWrite, AcceptResult | RecordResult>;
  #replies = new RecentReplies();

  private constructor(sql: Sql, now: () => number) {
    this.#sql = sql;
    this.#now = now;
    this.#writes = new GroupCommit({
      sql,
      write: (w) =>
        w.turn ? writeTurn(sql, w.message, this.#iso()) : writeInbound(sql, w.message, this.#iso()),
    });
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
  schemaVersion(): Promise<number> {
    return settle(() =>
      Number(this.#sql.get<{ v: number }>("SELECT MAX(version) AS v FROM schema_version")?.v)
    );
  }

  /** True when the database answers (health). */
  ping(): Promise<boolean> {
    try {
      return Promise.resolve(this.#sql.get<{ one: number }>("SELECT 1 AS one")?.one === 1);
    } catch {
      return Promise.resolve(false);
    }
  }

  /**
   * Records a customer turn as the gateway accepts it, before it enters the mesh: the
   * inbox entry, the conversation, and the customer's message. Idempotent by message id
   * and by (session, client id): a retry returns the turn already accepted.
   */
  acceptInbound(message: Message): Promise<AcceptResult> {
    return settle(() => this.#sql.tx(() => writeInbound(this.#sql, message, this.#iso())));
  }

  /**
   * `acceptInbound` with group commit: turns accepted together share one transaction
   * (fewer commits, and a shorter hold of the write lock the aggregator also needs).
   * Resolves once the transaction holding this turn has committed.
   */
  acceptInboundGrouped(message: Message): Promise<AcceptResult> {
    return this.#writes.submit({ turn: false, message }) as Promise<AcceptResult>;
  }

  /** Marks an accepted turn answered (`recordTurn` does it too). */
  markAnswered(messageId: string): Promise<boolean> {
    return settle(() => this.#setInbox(messageId, "answered"));
  }

  /** Marks an accepted turn failed: recovery leaves it alone. */
  markFailed(messageId: string): Promise<boolean> {
    return settle(() => this.#setInbox(messageId, "failed"));
  }

  /** Counts one more recovery attempt of an accepted turn; returns the new count. */
  noteRecovery(messageId: string): Promise<number> {
    return settle(() => this.#noteRecovery(messageId));
  }

  #noteRecovery(messageId: string): number {
    const row = this.#sql.get<{ attempts: number }>(
      `UPDATE inbox SET attempts = attempts + 1, updated_at = $now
       WHERE message_id = $id RETURNING attempts`,
      { id: messageId, now: this.#iso() },
    );
    return row?.attempts ?? 0;
  }

  /** Accepted turns still unanswered that were received at least `olderThanMs` ago. */
  pendingInbox(olderThanMs: number, limit = 100): Promise<InboxEntry[]> {
    const before = new Date(this.#now() - olderThanMs).toISOString();
    return settle(() =>
      this.#sql.all(
        `SELECT * FROM inbox WHERE state = 'accepted' AND received_at <= $before
       ORDER BY received_at, message_id LIMIT $limit`,
        { before, limit },
      ).map(toInbox)
    );
  }

  /** See `History.claimPending` (one writer at a time: the update is atomic). */
  claimPending(opts: ClaimOptions): Promise<InboxEntry[]> {
    const now = this.#now();
    return settle(() =>
      this.#sql.all(
        `UPDATE inbox SET claimed_by = $owner, claimed_until = $until
         WHERE message_id IN (
           SELECT message_id FROM inbox WHERE state = 'accepted' AND received_at <= $before
             AND (claimed_until IS NULL OR claimed_until < $now)
           ORDER BY received_at, message_id LIMIT $limit)
         RETURNING *`,
        {
          owner: opts.owner,
          until: new Date(now + opts.leaseMs).toISOString(),
          before: new Date(now - opts.olderThanMs).toISOString(),
          now: new Date(now).toISOString(),
          limit: opts.limit ?? 100,
        },
      ).map(toInbox).sort(byReceipt)
    );
  }

  /** One accepted turn, or null. */
  inboxEntry(messageId: string): Promise<InboxEntry | null> {
    return settle(() => {
      const row = this.#sql.get("SELECT * FROM inbox WHERE message_id = $id", { id: messageId });
      return row ? toInbox(row) : null;
    });
  }

  /**
   * Stores a finished turn in one transaction: the audit row (with the whole envelope and
   * the actor timings), the customer's message if not yet stored, the reply, actions and
   * a handoff; marks the inbox entry answered. A turn already recorded writes nothing.
   */
  recordTurn(message: Message): Promise<RecordResult> {
    return settle(() =>
      this.#remember(message.id, this.#sql.tx(() => writeTurn(this.#sql, message, this.#iso())))
    );
  }

  /**
   * Stores a finished turn as `recordTurn` does, with group commit: turns submitted
   * together share one transaction. Resolves once the transaction holding this turn has
   * committed; a duplicate in the same group reports `created: false` like a redelivery.
   */
  async recordTurnGrouped(message: Message): Promise<RecordResult> {
    const result = await this.#writes.submit({ turn: true, message }) as RecordResult;
    return this.#remember(message.id, result);
  }

  /**
   * The assistant's reply of a turn, or null: a reply this process just recorded without
   * reading the database, else by its dedupe key (one indexed lookup).
   */
  replyOf(messageId: string): Promise<StoredMessage | null> {
    const recent = this.#replies.take(messageId);
    if (recent) return Promise.resolve(recent);
    return settle(() => messageByKey(this.#sql, `${messageId}:assistant`));
  }

  #remember(messageId: string, result: RecordResult): RecordResult {
    this.#replies.remember(messageId, result.reply);
    return result;
  }

  /** The whole envelope of a recorded turn (replay, audit), or null. */
  getTurn(messageId: string): Promise<Message | null> {
    return settle(() => this.#getTurn(messageId));
  }

  #getTurn(messageId: string): Message | null {
    const row = this.#sql.get<{ envelope: string }>(
      "SELECT envelope FROM turns WHERE message_id = $id",
      { id: messageId },
    );
    if (!row) return null;
    const parsed = Message.safeParse(json(row.envelope, null));
    return parsed.success ? parsed.data : null;
  }

  /** Appends a message (an agent's words, a system note); idempotent with `dedupeKey`. */
  appendMessage(m: AppendMessage): Promise<StoredMessage> {
    return settle(() => this.#sql.tx(() => appendMessage(this.#sql, m, this.#iso())));
  }

  /** Messages of a conversation with `seq` above `afterSeq`, in order. */
  listMessages(conversationId: string, afterSeq = 0, limit = 1000): Promise<StoredMessage[]> {
    return settle(() => listMessages(this.#sql, conversationId, afterSeq, limit));
  }

  /** One conversation, or null. */
  conversation(id: string): Promise<ConversationRecord | null> {
    return settle(() => this.#conversation(id));
  }

  #conversation(id: string): ConversationRecord | null {
    const row = this.#sql.get<ConversationRecord>(
      "SELECT * FROM conversations WHERE id = $id",
      { id },
    );
    return row ? { ...row } : null;
  }

  /** A session's conversations, newest first. */
  conversationsOfSession(sessionId: string): Promise<ConversationRecord[]> {
    return settle(() =>
      this.#sql.all<ConversationRecord>(
        "SELECT * FROM conversations WHERE session_id = $s ORDER BY created_at DESC, id",
        { s: sessionId },
      ).map((r) => ({ ...r }))
    );
  }

  /** Sets a conversation's status or mode; returns it, or null when it does not exist. */
  updateConversation(
    id: string,
    update: { status?: ConversationStatus; mode?: ConversationMode },
  ): Promise<ConversationRecord | null> {
    return settle(() => {
      this.#sql.run(
        `UPDATE conversations SET status = COALESCE($status, status),
           mode = COALESCE($mode, mode), updated_at = $now WHERE id = $id`,
        { id, status: update.status, mode: update.mode, now: this.#iso() },
      );
      return this.#conversation(id);
    });
  }

  /** Inserts a handoff or refreshes its description; true when it was new. */
  upsertHandoff(handoff: Handoff): Promise<boolean> {
    return settle(() => upsertHandoff(this.#sql, handoff, this.#iso()));
  }

  /** Handoffs in the given states, urgent first, then oldest first. */
  listHandoffs(
    opts: { status?: HandoffStatus | HandoffStatus[]; limit?: number } = {},
  ): Promise<HandoffRecord[]> {
    return settle(() => listHandoffs(this.#sql, opts));
  }

  /** Where a queued handoff stands in the queue (1: next); null when not queued. */
  queuePlace(id: string): Promise<number | null> {
    return settle(() => queuePlace(this.#sql, id));
  }

  /** One handoff, or null. */
  getHandoff(id: string): Promise<HandoffRecord | null> {
    return settle(() => getHandoff(this.#sql, id));
  }

  /** Changes a handoff (claim, hand back, close); null when absent or not in `ifStatus`. */
  updateHandoff(id: string, update: HandoffUpdate): Promise<HandoffRecord | null> {
    return settle(() => updateHandoff(this.#sql, id, update, this.#iso()));
  }

  /** The analytics view (see `Analytics`). */
  analytics(opts: AnalyticsOptions = {}): Promise<Analytics> {
    return settle(() => analytics(this.#sql, opts));
  }

  /**
   * Removes conversations not updated for `days` days with all that belongs to them,
   * except those whose handoff is still queued or claimed. 0 keeps everything.
   */
  purgeOlderThan(days: number): Promise<PurgeResult> {
    if (!(days > 0)) return Promise.resolve({ conversations: 0, turns: 0, messages: 0 });
    const cutoff = new Date(this.#now() - days * 86_400_000).toISOString();
    this.#replies.clear();
    return settle(() => purgeBefore(this.#sql, cutoff));
  }

  /** Closes the database, after committing the turns waiting for a group commit. */
  close(): Promise<void> {
    return settle(() => this.closeSync());
  }

  /** `close`, at once (SQLite's work is synchronous). */
  closeSync(): void {
    if (!this.#sql.isOpen) return;
    try {
      this.#writes.close();
    } finally {
      this.#sql[Symbol.dispose]();
    }
  }

  /** Closes the database. */
  [Symbol.dispose](): void {
    this.closeSync();
  }

  /** Closes the database. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
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

/** Runs synchronous work as a promise: what it throws becomes a rejection. */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err);
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
