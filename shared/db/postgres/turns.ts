/**
 * Finished turns into PostgreSQL, a batch at a time in one transaction: one multi-row
 * insert of the audit rows (a turn already there is a redelivery and writes nothing), one
 * lookup of the stored messages, one upsert that takes the seqs, then the messages,
 * actions and inbox states together. Handoffs (rare) are written one by one.
 */
import type { Message } from "../../protocol.ts";
import { isoTime } from "../messages.ts";
import { turnFacts } from "../turn.ts";
import type { RecordResult, StoredMessage } from "../types.ts";
import { type Db, jsonb } from "./client.ts";
import { claimSeqs, insertMessages, type MessageRow, messagesByKey } from "./conversations.ts";
import { upsertHandoffIn, withdrawHandoffIn } from "./handoffs.ts";

/** Records `messages` (finished turns) in the open transaction; one result per message. */
export async function recordTurns(
  db: Db,
  messages: Message[],
  now: string,
): Promise<RecordResult[]> {
  // The first of several copies in one batch is written; the others are redeliveries.
  const firstIndex = new Map<string, number>();
  messages.forEach((m, i) => firstIndex.has(m.id) || firstIndex.set(m.id, i));
  const unique = [...firstIndex.values()].map((i) => messages[i]);
  const facts = unique.map(turnFacts);

  const inserted = db<{ message_id: string }[]>`
    INSERT INTO turns (message_id, conversation_id, session_id, customer, intent,
      intent_confidence, sentiment, sentiment_score, urgency, outcome, guardrail, handoff,
      attempt, total_ms, reply, created_at, recorded_at, timings, envelope)
    SELECT id, conv, session, customer, intent, intent_confidence, sentiment,
      sentiment_score, urgency, outcome, guardrail, handoff, attempt, total_ms, reply,
      created, ${now}::timestamptz, timings, env
    FROM jsonb_to_recordset(${jsonb(db, facts.map((f, i) => turnRow(f.row, unique[i])))})
      AS x(id text, conv text, session text, customer text, intent text,
        intent_confidence double precision, sentiment text, sentiment_score double precision,
        urgency text, outcome text, guardrail text, handoff boolean, attempt integer,
        total_ms double precision, reply text, created timestamptz, timings jsonb, env jsonb)
    ON CONFLICT DO NOTHING
    RETURNING message_id`;
  const keys = unique.flatMap((m) => [`${m.id}:customer`, `${m.id}:assistant`]);
  const [rows, stored] = await Promise.all([inserted, messagesByKey(db, keys)]);
  const created = new Set(rows.map((r) => r.message_id));

  const results = new Map<string, RecordResult>();
  // A replay is kept in the audit trail only, not in the customer's conversation.
  const live = unique.flatMap((m, i) => {
    if (!created.has(m.id)) {
      results.set(m.id, { created: false, reply: stored.get(`${m.id}:assistant`) ?? null });
      return [];
    }
    if (m.payload.customer_message.channel === "replay") {
      results.set(m.id, { created: true, reply: null });
      return [];
    }
    const f = facts[i];
    const customerAt = isoTime(m.payload.customer_message.received_at);
    const addCustomer = !stored.has(`${m.id}:customer`);
    const existingReply = stored.get(`${m.id}:assistant`) ?? null;
    const addReply = f.reply !== null && existingReply === null;
    return [{
      message: m,
      facts: f,
      customerAt,
      addCustomer,
      addReply,
      existingReply,
      added: (addCustomer ? 1 : 0) + (addReply ? 1 : 0),
      // As appending each message would: updated at the latest of now and what was added.
      updated: addCustomer && customerAt > now ? customerAt : now,
    }];
  });

  const firstSeqs = await claimSeqs(db, live);
  const messageRows: MessageRow[] = [];
  const actionRows: Record<string, unknown>[] = [];
  live.forEach((t, i) => {
    const m = t.message;
    const cm = m.payload.customer_message;
    let seq = firstSeqs[i];
    if (t.addCustomer) {
      messageRows.push({
        conversation_id: m.conversation_id,
        seq: seq++,
        role: "customer",
        text: cm.text,
        message_id: m.id,
        dedupe_key: `${m.id}:customer`,
        created_at: t.customerAt,
        meta: { channel: cm.channel, client_id: cm.client_id },
      });
    }
    let reply: StoredMessage | null = t.existingReply;
    if (t.addReply) {
      reply = {
        conversation_id: m.conversation_id,
        seq,
        role: "assistant",
        text: t.facts.reply!,
        message_id: m.id,
        created_at: now,
        meta: JSON.parse(JSON.stringify(t.facts.replyMeta)),
      };
      messageRows.push({ ...reply, dedupe_key: `${m.id}:assistant` });
    }
    for (const a of t.facts.actions) {
      actionRows.push({
        ...a,
        msg: m.id,
        conv: m.conversation_id,
        data: JSON.parse(String(a.data)),
      });
    }
    results.set(m.id, { created: true, reply });
  });

  const answered = live.map((t) => t.message.id);
  await Promise.all([
    insertMessages(db, messageRows),
    actionRows.length === 0 ? null : db`
      INSERT INTO actions (id, message_id, conversation_id, type, order_id, status,
        idempotency_key, detail, data, created_at)
      SELECT id, msg, conv, type, order_id, status, key, detail, data, ${now}::timestamptz
      FROM jsonb_to_recordset(${jsonb(db, actionRows)}) AS x(id text, msg text,
        conv text, type text, order_id text, status text, key text, detail text, data jsonb)
      ON CONFLICT DO NOTHING`,
    answered.length === 0 ? null : db`
      UPDATE inbox SET state = 'answered', updated_at = ${now}
      WHERE message_id = ANY(${answered}::text[])`,
  ]);
  for (const t of live) {
    if (t.facts.handoff) await upsertHandoffIn(db, t.facts.handoff, now);
    if (t.facts.withdrawn) await withdrawHandoffIn(db, t.facts.withdrawn, now);
  }
  return messages.map((m, i) => {
    const r = results.get(m.id)!;
    return firstIndex.get(m.id) === i ? r : { created: false, reply: r.reply };
  });
}

/** The audit row of a turn for `jsonb_to_recordset` (documents as JSON, not text). */
function turnRow(row: Record<string, unknown>, m: Message): Record<string, unknown> {
  return {
    ...row,
    handoff: row.handoff === 1,
    timings: row.timings === null ? null : JSON.parse(String(row.timings)),
    env: m,
  };
}
