/**
 * The history in PostgreSQL (`DATABASE_URL`): the same contract as the SQLite adapter, for
 * several gateways and aggregators sharing one database. Turn writes go through group
 * commit (a batch per pass of the event loop, a few multi-row statements each); the schema
 * is migrated under an advisory lock when the pool opens.
 */
import type postgres from "postgres";
import { type Handoff, Message } from "../../protocol.ts";
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
  PurgeResult,
  RecordResult,
  StoredMessage,
} from "../types.ts";
import { byReceipt } from "../types.ts";
import { analyticsIn } from "./analytics.ts";
import { BatchWriter } from "./batch.ts";
import {
  asRetryable,
  connectPg,
  inTx,
  MESSAGE_COLUMNS,
  type PgPoolOptions,
  run,
  toConversation,
  toInbox,
  toMessage,
} from "./client.ts";
import { appendOne, DedupeRace, messagesByKey } from "./conversations.ts";
import {
  getHandoffIn,
  listHandoffsIn,
  queuePlaceIn,
  updateHandoffIn,
  upsertHandoffIn,
} from "./handoffs.ts";
import { acceptTurns } from "./inbound.ts";
import { migratePg } from "./migrations.ts";
import { purgeBeforeIn } from "./retention.ts";
import { RecentReplies } from "../recent_replies.ts";
import { recordTurns } from "./turns.ts";

/** Options of `PgHistory.connect`. */
export interface PgHistoryOptions extends PgPoolOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Most turns in one group commit. Default 128. */
  maxBatch?: number;
}

/** The history database in PostgreSQL. */
export class PgHistory implements History {
  /** Which adapter this is. */
  readonly kind = "postgres" as const;
  #sql: postgres.Sql;
  #now: () => number;
  #turns: BatchWriter<Message, RecordResult>;
  #accepts: BatchWriter<Message, AcceptResult>;
  #closed: Promise<void> | null = null;
  #replies = new RecentReplies();

  private constructor(sql: postgres.Sql, opts: PgHistoryOptions) {
    this.#sql = sql;
    this.#now = opts.now ?? Date.now;
    const maxBatch = opts.maxBatch;
    this.#turns = new BatchWriter({
      maxBatch,
      write: (ms) => inTx(sql, (tx) => recordTurns(tx, ms, this.#iso())),
    });
    this.#accepts = new BatchWriter({
      maxBatch,
      write: (ms) => inTx(sql, (tx) => acceptTurns(tx, ms, this.#iso())),
    });
  }

  /** Opens a pool on `url` and migrates the schema the connection uses. */
  static async connect(url: string, opts: PgHistoryOptions = {}): Promise<PgHistory> {
    const sql = connectPg(url, opts);
    try {
      await migratePg(sql, { now: opts.now });
    } catch (err) {
      await sql.end({ timeout: 1 });
      throw asRetryable(err);
    }
    return new PgHistory(sql, opts);
  }

  /** The schema version in place. */
  async schemaVersion(): Promise<number> {
    const [r] = await run(this.#sql`SELECT MAX(version)::int AS v FROM schema_version`);
    return Number(r.v);
  }

  /** True when the database answers (health). */
  async ping(): Promise<boolean> {
    try {
      const [r] = await this.#sql`SELECT 1 AS one`;
      return r.one === 1;
    } catch {
      return false;
    }
  }

  /** See `History.acceptInbound`. */
  acceptInbound(message: Message): Promise<AcceptResult> {
    return inTx(this.#sql, async (tx) => (await acceptTurns(tx, [message], this.#iso()))[0]);
  }

  /** See `History.acceptInboundGrouped`. */
  acceptInboundGrouped(message: Message): Promise<AcceptResult> {
    return this.#accepts.submit(message);
  }

  /** See `History.markAnswered`. */
  markAnswered(messageId: string): Promise<boolean> {
    return this.#setInbox(messageId, "answered");
  }

  /** See `History.markFailed`. */
  markFailed(messageId: string): Promise<boolean> {
    return this.#setInbox(messageId, "failed");
  }

  /** See `History.noteRecovery`. */
  async noteRecovery(messageId: string): Promise<number> {
    const rows = await run(this.#sql`
      UPDATE inbox SET attempts = attempts + 1, updated_at = ${this.#iso()}
      WHERE message_id = ${messageId} RETURNING attempts`);
    return rows.length ? Number(rows[0].attempts) : 0;
  }

  /** See `History.pendingInbox`. */
  async pendingInbox(olderThanMs: number, limit = 100): Promise<InboxEntry[]> {
    const before = new Date(this.#now() - olderThanMs).toISOString();
    const rows = await run(this.#sql`
      SELECT * FROM inbox WHERE state = 'accepted' AND received_at <= ${before}
      ORDER BY received_at, message_id LIMIT ${limit}`);
    return rows.map(toInbox);
  }

  /**
   * See `History.claimPending`. Rows another gateway is claiming right now are skipped
   * rather than waited for.
   */
  async claimPending(opts: ClaimOptions): Promise<InboxEntry[]> {
    const now = this.#now();
    const rows = await run(this.#sql`
      UPDATE inbox SET claimed_by = ${opts.owner},
        claimed_until = ${new Date(now + opts.leaseMs).toISOString()}
      WHERE message_id IN (
        SELECT message_id FROM inbox WHERE state = 'accepted'
          AND received_at <= ${new Date(now - opts.olderThanMs).toISOString()}
          AND (claimed_until IS NULL OR claimed_until < ${new Date(now).toISOString()})
        ORDER BY received_at, message_id LIMIT ${opts.limit ?? 100}
        FOR UPDATE SKIP LOCKED)
      RETURNING *`);
    return rows.map(toInbox).sort(byReceipt);
  }

  /** See `History.inboxEntry`. */
  async inboxEntry(messageId: string): Promise<InboxEntry | null> {
    const rows = await run(this.#sql`SELECT * FROM inbox WHERE message_id = ${messageId}`);
    return rows.length ? toInbox(rows[0]) : null;
  }

  /** See `History.recordTurn`. */
  async recordTurn(message: Message): Promise<RecordResult> {
    const [result] = await inTx(this.#sql, (tx) => recordTurns(tx, [message], this.#iso()));
    return this.#remember(message.id, result);
  }

  /** See `History.recordTurnGrouped`. */
  async recordTurnGrouped(message: Message): Promise<RecordResult> {
    return this.#remember(message.id, await this.#turns.submit(message));
  }

  #remember(messageId: string, result: RecordResult): RecordResult {
    this.#replies.remember(messageId, result.reply);
    return result;
  }

  /** See `History.replyOf` (a reply this process just recorded needs no round trip). */
  async replyOf(messageId: string): Promise<StoredMessage | null> {
    const recent = this.#replies.take(messageId);
    if (recent) return recent;
    const key = `${messageId}:assistant`;
    return (await run(messagesByKey(this.#sql, [key]))).get(key) ?? null;
  }

  /** See `History.getTurn`. */
  async getTurn(messageId: string): Promise<Message | null> {
    const rows = await run(
      this.#sql`SELECT envelope FROM turns WHERE message_id = ${messageId}`,
    );
    if (!rows.length) return null;
    const parsed = Message.safeParse(rows[0].envelope);
    return parsed.success ? parsed.data : null;
  }

  /** See `History.appendMessage`. */
  async appendMessage(m: AppendMessage): Promise<StoredMessage> {
    try {
      return await inTx(this.#sql, (tx) => appendOne(tx, m, this.#iso()));
    } catch (err) {
      if (!(err instanceof DedupeRace)) throw err;
      // Another writer stored the same dedupe key first: answer with its message.
      return (await messagesByKey(this.#sql, [m.dedupeKey!])).get(m.dedupeKey!)!;
    }
  }

  /** See `History.listMessages`. */
  async listMessages(conversationId: string, afterSeq = 0, limit = 1000): Promise<StoredMessage[]> {
    const rows = await run(this.#sql.unsafe(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND seq > $2
       ORDER BY seq LIMIT $3`,
      [conversationId, afterSeq, limit],
    ));
    return rows.map(toMessage);
  }

  /** See `History.conversation`. */
  async conversation(id: string): Promise<ConversationRecord | null> {
    const rows = await run(this.#sql`SELECT * FROM conversations WHERE id = ${id}`);
    return rows.length ? toConversation(rows[0]) : null;
  }

  /** See `History.conversationsOfSession`. */
  async conversationsOfSession(sessionId: string): Promise<ConversationRecord[]> {
    const rows = await run(this.#sql`
      SELECT * FROM conversations WHERE session_id = ${sessionId}
      ORDER BY created_at DESC, id`);
    return rows.map(toConversation);
  }

  /** See `History.updateConversation`. */
  async updateConversation(
    id: string,
    update: { status?: ConversationStatus; mode?: ConversationMode },
  ): Promise<ConversationRecord | null> {
    const rows = await run(this.#sql`
      UPDATE conversations SET status = COALESCE(${update.status ?? null}, status),
        mode = COALESCE(${update.mode ?? null}, mode), updated_at = ${this.#iso()}
      WHERE id = ${id} RETURNING *`);
    return rows.length ? toConversation(rows[0]) : null;
  }

  /** See `History.upsertHandoff`. */
  upsertHandoff(handoff: Handoff): Promise<boolean> {
    return inTx(this.#sql, (tx) => upsertHandoffIn(tx, handoff, this.#iso()));
  }

  /** See `History.listHandoffs`. */
  listHandoffs(
    opts: { status?: HandoffStatus | HandoffStatus[]; limit?: number } = {},
  ): Promise<HandoffRecord[]> {
    return run(listHandoffsIn(this.#sql, opts));
  }

  /** See `History.queuePlace`. */
  queuePlace(id: string): Promise<number | null> {
    return run(queuePlaceIn(this.#sql, id));
  }

  /** See `History.getHandoff`. */
  getHandoff(id: string): Promise<HandoffRecord | null> {
    return run(getHandoffIn(this.#sql, id));
  }

  /** See `History.updateHandoff`. */
  updateHandoff(id: string, update: HandoffUpdate): Promise<HandoffRecord | null> {
    return inTx(this.#sql, (tx) => updateHandoffIn(tx, id, update, this.#iso()));
  }

  /** See `History.analytics`. */
  analytics(opts: AnalyticsOptions = {}): Promise<Analytics> {
    return run(analyticsIn(this.#sql, opts));
  }

  /** See `History.purgeOlderThan`. */
  purgeOlderThan(days: number): Promise<PurgeResult> {
    if (!(days > 0)) return Promise.resolve({ conversations: 0, turns: 0, messages: 0 });
    this.#replies.clear();
    return purgeBeforeIn(this.#sql, new Date(this.#now() - days * 86_400_000).toISOString());
  }

  /** Commits the turns waiting for a group commit, then closes the pool (idempotent). */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      try {
        await Promise.all([this.#turns.close(), this.#accepts.close()]);
      } finally {
        await this.#sql.end({ timeout: 5 });
      }
    })();
    return this.#closed;
  }

  /** Closes the pool. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }

  async #setInbox(messageId: string, state: "answered" | "failed"): Promise<boolean> {
    const r = await run(this.#sql`
      UPDATE inbox SET state = ${state}, updated_at = ${this.#iso()}
      WHERE message_id = ${messageId}`);
    return r.count > 0;
  }
}
