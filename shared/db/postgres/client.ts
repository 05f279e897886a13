/**
 * The PostgreSQL connection pool of the history (`npm:postgres`), its transactions (retried
 * on a deadlock or serialization failure), the errors it raises, and the rows it reads.
 */
import postgres from "postgres";
import { RetryableError } from "../../errors.ts";
import { Message } from "../../protocol.ts";
import type {
  ConversationRecord,
  HandoffRecord,
  HandoffStatus,
  InboxEntry,
  InboxState,
  MessageRole,
  StoredMessage,
} from "../types.ts";

/** A pool or an open transaction: what the queries run on. */
export type Db = postgres.Sql | postgres.TransactionSql;

/** Options of `connectPg`. */
export interface PgPoolOptions {
  /** Most connections in the pool. Default 10. */
  max?: number;
  /** Seconds to wait for a connection. Default 10. */
  connectTimeoutS?: number;
}

/** Opens a pool on `url`: UTC session time zone, notices dropped, idle connections closed. */
export function connectPg(url: string, opts: PgPoolOptions = {}): postgres.Sql {
  return postgres(url, {
    max: opts.max ?? 10,
    connect_timeout: opts.connectTimeoutS ?? 10,
    idle_timeout: 60,
    onnotice: () => {},
    // An absent optional field is NULL, as with SQLite's named parameters.
    transform: { undefined: null },
    connection: { TimeZone: "UTC", application_name: "support-mesh" },
  });
}

// Deadlock and serialization failure: the transaction did nothing and may simply run again.
const RERUN = new Set(["40P01", "40001"]);
const TX_ATTEMPTS = 4;

/**
 * Runs `fn` in one transaction; a deadlock or serialization failure rolls it back and runs
 * it again (a few times). Connection trouble is raised as a `RetryableError`.
 */
export async function inTx<T>(
  sql: postgres.Sql,
  fn: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  for (let attempt = 1;; attempt++) {
    try {
      return await sql.begin(fn) as T;
    } catch (err) {
      if (attempt < TX_ATTEMPTS && RERUN.has(codeOf(err))) continue;
      throw asRetryable(err);
    }
  }
}

/** Runs one statement outside a transaction, raising connection trouble as retryable. */
export async function run<T>(q: Promise<T>): Promise<T> {
  try {
    return await q;
  } catch (err) {
    throw asRetryable(err);
  }
}

function codeOf(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
}

/**
 * Connection classes (08…), an admin shutdown or too many connections (57P…, 53…), a
 * deadlock that kept coming back, and the driver's own connection errors are worth trying
 * again; anything else (a constraint, bad SQL) is not, and is passed on as it is.
 */
export function asRetryable(err: unknown): unknown {
  if (err instanceof RetryableError) return err;
  const code = codeOf(err);
  const transient = /^(08|53|57P|40)/.test(code) ||
    /^(CONNECTION_|CONNECT_TIMEOUT|ECONN|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)/.test(code);
  if (!transient) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new RetryableError(`Cannot reach the history database: ${detail}`, { cause: err });
}

/** A value sent as one jsonb parameter (rows for `jsonb_to_recordset`, documents). */
export function jsonb(db: Db, value: unknown): postgres.Parameter {
  return db.json(value as postgres.JSONValue);
}

/** A timestamptz (a Date from the driver) as `toISOString()` text. */
export function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString();
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** A row of `messages`. */
export function toMessage(r: postgres.Row): StoredMessage {
  return {
    conversation_id: String(r.conversation_id),
    seq: Number(r.seq),
    role: r.role as MessageRole,
    text: String(r.text),
    message_id: str(r.message_id),
    created_at: iso(r.created_at),
    meta: (r.meta ?? {}) as Record<string, unknown>,
  };
}

/** A row of `conversations`. */
export function toConversation(r: postgres.Row): ConversationRecord {
  return {
    id: String(r.id),
    session_id: str(r.session_id),
    customer: str(r.customer),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
    status: r.status,
    mode: r.mode,
    last_seq: Number(r.last_seq),
  };
}

/** A row of `inbox`. */
export function toInbox(r: postgres.Row): InboxEntry {
  return {
    message_id: String(r.message_id),
    conversation_id: String(r.conversation_id),
    session_id: str(r.session_id),
    client_id: str(r.client_id),
    text: String(r.text),
    received_at: iso(r.received_at),
    state: r.state as InboxState,
    attempts: Number(r.attempts),
    envelope: Message.parse(r.envelope),
  };
}

/** A row of `handoffs`. */
export function toHandoff(r: postgres.Row): HandoffRecord {
  return {
    id: String(r.id),
    conversation_id: String(r.conversation_id),
    message_id: String(r.message_id),
    session_id: str(r.session_id),
    customer: str(r.customer),
    priority: r.priority as HandoffRecord["priority"],
    reason: String(r.reason),
    summary: String(r.summary),
    sentiment: str(r.sentiment),
    urgency: str(r.urgency),
    intent: str(r.intent),
    draft_reply: str(r.draft_reply),
    status: r.status as HandoffStatus,
    assigned_to: str(r.assigned_to),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}

/** Columns of `messages` as the records above read them (not the internal id). */
export const MESSAGE_COLUMNS =
  "conversation_id, seq, role, text, message_id, dedupe_key, created_at, meta";
