/**
 * Conversations and their messages: each message gets the conversation's next `seq`, in
 * the same transaction, so a reconnecting client asks for everything after `last_seen`.
 */
import type { Message } from "../protocol.ts";
import { json, type Row, type Sql } from "./sql.ts";
import type { AppendMessage, MessageRole, StoredMessage } from "./types.ts";

export type { AppendMessage } from "./types.ts";

/**
 * Creates the turn's conversation or marks it updated. A closed conversation that hears
 * from the customer again is open again.
 */
export function touchConversation(sql: Sql, message: Message, now: string): void {
  sql.run(
    `INSERT INTO conversations (id, session_id, customer, created_at, updated_at)
     VALUES ($id, $session, $customer, $created, $now)
     ON CONFLICT (id) DO UPDATE SET updated_at = $now,
       session_id = COALESCE(session_id, $session), customer = COALESCE(customer, $customer),
       status = CASE WHEN status = 'closed' THEN 'open' ELSE status END`,
    {
      id: message.conversation_id,
      session: message.session.session_id,
      customer: message.customer,
      created: isoTime(message.created_at),
      now,
    },
  );
}

/** Appends the customer's words of a turn (once per turn). Call inside a transaction. */
export function appendCustomerMessage(sql: Sql, message: Message, now: string): StoredMessage {
  const cm = message.payload.customer_message;
  return appendMessage(sql, {
    conversationId: message.conversation_id,
    role: "customer",
    text: cm.text,
    messageId: message.id,
    dedupeKey: `${message.id}:customer`,
    meta: { channel: cm.channel, client_id: cm.client_id },
    at: cm.received_at,
  }, now);
}

/** The reply of a turn as `appendTurnMessages` stores it. */
export interface TurnReply {
  text: string;
  meta: Record<string, unknown>;
}

/**
 * Writes a finished turn into its conversation in few statements: one lookup of both
 * messages by dedupe key (none when `onlyCustomerStored` says what it would find), one
 * upsert that creates or touches the conversation (reopening it when closed) and takes the
 * seqs, then the customer's words unless already stored (the gateway stores them on accept)
 * and the reply. Returns the reply as stored, or null. Call inside a transaction.
 */
export function appendTurnMessages(
  sql: Sql,
  message: Message,
  reply: TurnReply | null,
  now: string,
  onlyCustomerStored = false,
): StoredMessage | null {
  const cm = message.payload.customer_message;
  const customerKey = `${message.id}:customer`;
  const replyKey = `${message.id}:assistant`;
  let storedCustomer = onlyCustomerStored;
  let storedReply: StoredMessage | null = null;
  const found = onlyCustomerStored ? [] : sql.all(
    "SELECT * FROM messages WHERE dedupe_key IN ($customer, $reply)",
    { customer: customerKey, reply: replyKey },
  );
  for (const row of found) {
    if (row.dedupe_key === customerKey) storedCustomer = true;
    else storedReply = toMessage(row);
  }
  const customerAt = isoTime(cm.received_at);
  const addCustomer = !storedCustomer;
  const addReply = reply !== null && storedReply === null;
  const added = (addCustomer ? 1 : 0) + (addReply ? 1 : 0);
  // As appending each message would: updated at the latest of now and what was added.
  const updated = addCustomer && customerAt > now ? customerAt : now;
  const conv = {
    id: message.conversation_id,
    session: message.session.session_id,
    customer: message.customer,
  };
  // Session and customer are only filled in when missing (below), so that this upsert does
  // not rewrite the session index on every turn.
  const { seq: last, fill } = sql.get<{ seq: number; fill: number }>(
    `INSERT INTO conversations (id, session_id, customer, created_at, updated_at, last_seq)
     VALUES ($id, $session, $customer, $created, $updated, $added)
     ON CONFLICT (id) DO UPDATE SET updated_at = $updated, last_seq = last_seq + $added,
       status = CASE WHEN status = 'closed' THEN 'open' ELSE status END
     RETURNING last_seq AS seq, (session_id IS NULL AND $session IS NOT NULL)
       OR (customer IS NULL AND $customer IS NOT NULL) AS fill`,
    { ...conv, created: isoTime(message.created_at), updated, added },
  )!;
  if (fill) {
    sql.run(
      `UPDATE conversations SET session_id = COALESCE(session_id, $session),
         customer = COALESCE(customer, $customer) WHERE id = $id`,
      conv,
    );
  }
  let seq = last - added;
  if (addCustomer) {
    insertMessage(sql, {
      conv: message.conversation_id,
      seq: ++seq,
      role: "customer",
      text: cm.text,
      msg: message.id,
      key: customerKey,
      at: customerAt,
      meta: JSON.stringify({ channel: cm.channel, client_id: cm.client_id }),
    });
  }
  if (!addReply) return storedReply;
  const meta = JSON.stringify(reply.meta);
  insertMessage(sql, {
    conv: message.conversation_id,
    seq: ++seq,
    role: "assistant",
    text: reply.text,
    msg: message.id,
    key: replyKey,
    at: now,
    meta,
  });
  return {
    conversation_id: message.conversation_id,
    seq,
    role: "assistant",
    text: reply.text,
    message_id: message.id,
    created_at: now,
    meta: JSON.parse(meta),
  };
}

function insertMessage(sql: Sql, p: {
  conv: string;
  seq: number;
  role: MessageRole;
  text: string;
  msg: string;
  key: string;
  at: string;
  meta: string;
}): void {
  sql.run(
    `INSERT INTO messages (conversation_id, seq, role, text, message_id, dedupe_key,
       created_at, meta)
     VALUES ($conv, $seq, $role, $text, $msg, $key, $at, $meta)`,
    p,
  );
}

/**
 * Appends a message with the conversation's next seq (creating the conversation if
 * needed); with a `dedupeKey` already stored it returns that message instead. Call inside a
 * transaction.
 */
export function appendMessage(sql: Sql, m: AppendMessage, now: string): StoredMessage {
  if (m.dedupeKey) {
    const found = messageByKey(sql, m.dedupeKey);
    if (found) return found;
  }
  const at = m.at ? isoTime(m.at) : now;
  sql.run(
    `INSERT INTO conversations (id, created_at, updated_at) VALUES ($id, $at, $at)
     ON CONFLICT DO NOTHING`,
    { id: m.conversationId, at },
  );
  const { seq } = sql.get<{ seq: number }>(
    `UPDATE conversations SET last_seq = last_seq + 1, updated_at = max(updated_at, $at)
     WHERE id = $id RETURNING last_seq AS seq`,
    { id: m.conversationId, at },
  )!;
  const row = sql.get(
    `INSERT INTO messages (conversation_id, seq, role, text, message_id, dedupe_key,
       created_at, meta)
     VALUES ($conv, $seq, $role, $text, $msg, $key, $at, $meta) RETURNING *`,
    {
      conv: m.conversationId,
      seq,
      role: m.role,
      text: m.text,
      msg: m.messageId,
      key: m.dedupeKey,
      at,
      meta: JSON.stringify(m.meta ?? {}),
    },
  )!;
  return toMessage(row);
}

/** The message stored under a dedupe key (`<message id>:customer|assistant`), or null. */
export function messageByKey(sql: Sql, key: string): StoredMessage | null {
  const row = sql.get("SELECT * FROM messages WHERE dedupe_key = $key", { key });
  return row ? toMessage(row) : null;
}

/** Messages of a conversation with `seq` above `afterSeq`, in order. */
export function listMessages(
  sql: Sql,
  conversationId: string,
  afterSeq: number,
  limit: number,
): StoredMessage[] {
  return sql.all(
    `SELECT * FROM messages WHERE conversation_id = $conv AND seq > $after
     ORDER BY seq LIMIT $limit`,
    { conv: conversationId, after: afterSeq, limit },
  ).map(toMessage);
}

/** Normalizes a time to `toISOString()` form, so ISO text sorts in time order. */
export function isoTime(t: string): string {
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toISOString();
}

function toMessage(r: Row): StoredMessage {
  return {
    conversation_id: String(r.conversation_id),
    seq: Number(r.seq),
    role: r.role as MessageRole,
    text: String(r.text),
    message_id: (r.message_id as string | null) ?? null,
    created_at: String(r.created_at),
    meta: json(r.meta, {}),
  };
}
