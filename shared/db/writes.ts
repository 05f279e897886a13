/**
 * The two hot writes of the SQLite history, each called inside a transaction (one turn
 * alone, or many in a group commit): a turn the gateway accepts, and a finished turn.
 */
import type { Message } from "../protocol.ts";
import { upsertHandoff, withdrawHandoff } from "./handoffs.ts";
import {
  appendCustomerMessage,
  appendTurnMessages,
  isoTime,
  messageByKey,
  touchConversation,
} from "./messages.ts";
import type { Sql } from "./sql.ts";
import { turnFacts } from "./turn.ts";
import type { AcceptResult, InboxState, RecordResult } from "./types.ts";

/**
 * Records a customer turn as the gateway accepts it: the inbox entry, the conversation and
 * the customer's message; a retry (same message id, or same session and client id) returns
 * the turn already accepted.
 */
export function writeInbound(sql: Sql, message: Message, now: string): AcceptResult {
  const cm = message.payload.customer_message;
  const session = message.session.session_id;
  const existing = sql.get<{ message_id: string; state: InboxState }>(
    `SELECT message_id, state FROM inbox WHERE message_id = $id
         OR ($session IS NOT NULL AND $client IS NOT NULL
             AND session_id = $session AND client_id = $client)`,
    { id: message.id, session, client: cm.client_id },
  );
  if (existing) {
    const { message_id, state } = existing;
    const seq = messageByKey(sql, `${message_id}:customer`)?.seq ?? null;
    return { created: false, message_id, state, seq };
  }
  touchConversation(sql, message, now);
  sql.run(
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
  const stored = appendCustomerMessage(sql, message, now);
  return { created: true, message_id: message.id, state: "accepted", seq: stored.seq };
}

/**
 * Stores a finished turn: the audit row (with the whole envelope and the actor timings), the
 * customer's message if not yet stored, the reply, actions and a handoff; marks the inbox
 * entry answered. A turn already recorded writes nothing.
 */
export function writeTurn(sql: Sql, message: Message, now: string): RecordResult {
  const f = turnFacts(message);
  const created = sql.run(
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
    return { created: false, reply: messageByKey(sql, `${message.id}:assistant`) };
  }
  // A replay is kept in the audit trail only, not in the customer's conversation.
  if (message.payload.customer_message.channel === "replay") {
    return { created: true, reply: null };
  }
  // A turn the gateway accepted and that still waits for its answer has its customer's words
  // stored (the accept wrote them in its transaction) and no reply (the last-resort reply of
  // a turn given up marks it failed first): its messages need no lookup.
  const waiting = sql.run(
    `UPDATE inbox SET state = 'answered', updated_at = $now
     WHERE message_id = $id AND state = 'accepted'`,
    { id: message.id, now },
  ) > 0;
  const reply = appendTurnMessages(
    sql,
    message,
    f.reply === null ? null : { text: f.reply, meta: f.replyMeta },
    now,
    waiting,
  );
  for (const a of f.actions) {
    sql.run(
      `INSERT INTO actions (id, message_id, conversation_id, type, order_id, status,
         idempotency_key, detail, data, created_at)
       VALUES ($id, $msg, $conv, $type, $order_id, $status, $key, $detail, $data, $now)
       ON CONFLICT DO NOTHING`,
      { msg: message.id, conv: message.conversation_id, now, ...a },
    );
  }
  if (f.handoff) upsertHandoff(sql, f.handoff, now);
  if (f.withdrawn) withdrawHandoff(sql, f.withdrawn, now);
  if (!waiting) {
    // A turn given up and answered late, or one that never went through the inbox.
    sql.run(
      "UPDATE inbox SET state = 'answered', updated_at = $now WHERE message_id = $id",
      { id: message.id, now },
    );
  }
  return { created: true, reply };
}
