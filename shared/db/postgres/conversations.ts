/**
 * Conversations and their sequence numbers in PostgreSQL. A batch of turns takes the seqs
 * of each conversation with one multi-row upsert (rows in id order, so that two writers
 * lock shared conversations in the same order); the upsert's row lock keeps the seqs of
 * concurrent writers from overlapping.
 */
import type { Message } from "../../protocol.ts";
import { isoTime } from "../messages.ts";
import type { AppendMessage, StoredMessage } from "../types.ts";
import { type Db, jsonb, MESSAGE_COLUMNS, toMessage } from "./client.ts";

/** What one item of a batch adds to its conversation. */
export interface ConversationClaim {
  message: Message;
  /** Messages it appends (they take the next seqs). */
  added: number;
  /** The conversation's updated_at as this item would leave it. */
  updated: string;
}

/** One message row to insert. */
export interface MessageRow {
  conversation_id: string;
  seq: number;
  role: string;
  text: string;
  message_id: string | null;
  dedupe_key: string | null;
  created_at: string;
  meta: Record<string, unknown>;
}

/**
 * Creates or touches the conversations of `claims` (reopening a closed one, filling a
 * missing session or customer) and reserves their seqs. Returns, per claim in order, the
 * first seq it may use (its `added` seqs follow).
 */
export async function claimSeqs(db: Db, claims: ConversationClaim[]): Promise<number[]> {
  const byConv = new Map<string, {
    id: string;
    session_id: string | null;
    customer: string | null;
    created_at: string;
    updated_at: string;
    added: number;
  }>();
  for (const c of claims) {
    const m = c.message;
    const row = byConv.get(m.conversation_id);
    if (!row) {
      byConv.set(m.conversation_id, {
        id: m.conversation_id,
        session_id: m.session.session_id,
        customer: m.customer,
        created_at: isoTime(m.created_at),
        updated_at: c.updated,
        added: c.added,
      });
      continue;
    }
    row.session_id ??= m.session.session_id;
    row.customer ??= m.customer;
    if (c.updated > row.updated_at) row.updated_at = c.updated;
    row.added += c.added;
  }
  const rows = [...byConv.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const last = new Map<string, number>();
  if (rows.length > 0) {
    const out = await db<{ id: string; last_seq: number }[]>`
      INSERT INTO conversations AS c (id, session_id, customer, created_at, updated_at, last_seq)
      SELECT id, session_id, customer, created_at, updated_at, added
      FROM jsonb_to_recordset(${jsonb(db, rows)}) AS x(id text, session_id text, customer text,
        created_at timestamptz, updated_at timestamptz, added integer)
      ORDER BY id
      ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at,
        last_seq = c.last_seq + excluded.last_seq,
        status = CASE WHEN c.status = 'closed' THEN 'open' ELSE c.status END,
        session_id = COALESCE(c.session_id, excluded.session_id),
        customer = COALESCE(c.customer, excluded.customer)
      RETURNING id, last_seq`;
    for (const r of out) last.set(r.id, r.last_seq);
  }
  // Hand the reserved seqs out in batch order, as writing the items one by one would.
  const next = new Map<string, number>();
  for (const r of rows) next.set(r.id, last.get(r.id)! - r.added + 1);
  return claims.map((c) => {
    const first = next.get(c.message.conversation_id)!;
    next.set(c.message.conversation_id, first + c.added);
    return first;
  });
}

/** Inserts message rows in one statement. */
export async function insertMessages(db: Db, rows: MessageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db`
    INSERT INTO messages (conversation_id, seq, role, text, message_id, dedupe_key,
      created_at, meta)
    SELECT conversation_id, seq, role, text, message_id, dedupe_key, created_at, meta
    FROM jsonb_to_recordset(${jsonb(db, rows)}) AS x(conversation_id text,
      seq integer, role text, text text, message_id text, dedupe_key text,
      created_at timestamptz, meta jsonb)`;
}

/** The messages stored under these dedupe keys, by key. */
export async function messagesByKey(db: Db, keys: string[]): Promise<Map<string, StoredMessage>> {
  const out = new Map<string, StoredMessage>();
  if (keys.length === 0) return out;
  const rows = await db.unsafe(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE dedupe_key = ANY($1::text[])`,
    [keys],
  );
  for (const r of rows) out.set(String(r.dedupe_key), toMessage(r));
  return out;
}

/** Thrown inside a transaction when another writer stored the same dedupe key first. */
export class DedupeRace extends Error {
  override name = "DedupeRace";
}

/**
 * Appends one message with the conversation's next seq (creating the conversation if
 * needed); with a `dedupeKey` already stored it returns that message. Call in a transaction.
 */
export async function appendOne(db: Db, m: AppendMessage, now: string): Promise<StoredMessage> {
  if (m.dedupeKey) {
    const found = (await messagesByKey(db, [m.dedupeKey])).get(m.dedupeKey);
    if (found) return found;
  }
  const at = m.at ? isoTime(m.at) : now;
  const [{ seq }] = await db<{ seq: number }[]>`
    INSERT INTO conversations AS c (id, created_at, updated_at, last_seq)
    VALUES (${m.conversationId}, ${at}, ${at}, 1)
    ON CONFLICT (id) DO UPDATE SET last_seq = c.last_seq + 1,
      updated_at = GREATEST(c.updated_at, excluded.updated_at)
    RETURNING last_seq AS seq`;
  const rows = await db.unsafe(
    `INSERT INTO messages (conversation_id, seq, role, text, message_id, dedupe_key,
       created_at, meta)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING ${MESSAGE_COLUMNS}`,
    [
      m.conversationId,
      seq,
      m.role,
      m.text,
      m.messageId ?? null,
      m.dedupeKey ?? null,
      at,
      jsonb(db, m.meta ?? {}),
    ],
  );
  if (rows.length === 0) throw new DedupeRace(`Message ${m.dedupeKey} was stored meanwhile`);
  return toMessage(rows[0]);
}
