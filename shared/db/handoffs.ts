/**
 * The human handoff queue in the history database: one handoff per turn at most, listed
 * by priority then age; an agent's claim, hand-back and close update the conversation too.
 */
import type { Handoff } from "../protocol.ts";
import type { Sql } from "./sql.ts";
import { type HandoffRecord, HandoffStatus, type HandoffUpdate } from "./types.ts";
import type { HandoffWithdrawal } from "./turn.ts";

/** Queue order of priorities: urgent first. */
export const PRIORITY_RANK: Record<Handoff["priority"], number> = {
  urgent: 0,
  high: 1,
  normal: 2,
  low: 3,
};

export type { HandoffUpdate } from "./types.ts";

/**
 * Inserts a handoff, or refreshes its description (priority, summary, draft; the first reason stays) when
 * it is already there; its status and assignee are kept. Puts the conversation in
 * `handoff` unless it is closed. Returns true when it was new.
 */
export function upsertHandoff(sql: Sql, h: Handoff, now: string): boolean {
  const desc = {
    priority: h.priority,
    rank: PRIORITY_RANK[h.priority],
    reason: h.reason,
    summary: h.summary,
    draft: h.draft_reply,
  };
  return sql.tx(() => {
    const created = sql.run(
      `INSERT INTO handoffs (id, conversation_id, message_id, session_id, customer,
         priority, priority_rank, reason, summary, sentiment, urgency, intent, draft_reply,
         status, assigned_to, created_at, updated_at)
       VALUES ($id, $conv, $msg, $session, $customer, $priority, $rank, $reason, $summary,
         $sentiment, $urgency, $intent, $draft, 'queued', NULL, $created, $now)
       ON CONFLICT DO NOTHING`,
      {
        id: h.id,
        conv: h.conversation_id,
        msg: h.message_id,
        session: h.session_id,
        customer: h.customer,
        sentiment: h.sentiment,
        urgency: h.urgency,
        intent: h.intent,
        created: new Date(h.created_at).toISOString(),
        now,
        ...desc,
      },
    ) > 0;
    if (!created) {
      sql.run(
        `UPDATE handoffs SET priority = $priority, priority_rank = $rank,
           summary = $summary, draft_reply = COALESCE($draft, draft_reply), updated_at = $now
         WHERE id = $id OR message_id = $msg`,
        {
          id: h.id,
          msg: h.message_id,
          now,
          priority: desc.priority,
          rank: desc.rank,
          summary: desc.summary,
          draft: desc.draft,
        },
      );
    }
    sql.run(
      `UPDATE conversations SET status = 'handoff', updated_at = $now
       WHERE id = $conv AND status = 'open'`,
      { conv: h.conversation_id, now },
    );
    return created;
  });
}

/**
 * Takes a queued handoff out of the queue as `withdrawn`, the customer's words said in its
 * summary, and gives the conversation back to the AI; one an agent claimed meanwhile stays
 * theirs. True when it was withdrawn (a replay finds it withdrawn already).
 */
export function withdrawHandoff(sql: Sql, w: HandoffWithdrawal, now: string): boolean {
  const done = sql.run(
    `UPDATE handoffs SET status = 'withdrawn', summary = summary || $note, updated_at = $now
     WHERE id = $id AND status = 'queued'`,
    { id: w.id, note: withdrawalNote(w.note), now },
  ) > 0;
  if (done) {
    sql.run(
      `UPDATE conversations SET status = 'open', mode = 'ai', updated_at = $now
       WHERE id = $conv AND status = 'handoff'`,
      { conv: w.conversation_id, now },
    );
  }
  return done;
}

/** The line a withdrawn handoff's summary ends with, for the agent console. */
export function withdrawalNote(words: string): string {
  return `. Withdrawn by the customer: "${words.slice(0, 200)}"`;
}

/** Handoffs in the given states (default: all), urgent first, then oldest first. */
export function listHandoffs(
  sql: Sql,
  opts: { status?: HandoffStatus | HandoffStatus[]; limit?: number } = {},
): HandoffRecord[] {
  const states = opts.status === undefined ? HandoffStatus.options : [opts.status].flat();
  const rows = sql.all(
    `SELECT * FROM handoffs WHERE status IN (SELECT value FROM json_each($states))
     ORDER BY priority_rank, created_at, id LIMIT $limit`,
    { states: JSON.stringify(states), limit: opts.limit ?? 200 },
  );
  return rows.map(toHandoff);
}

/**
 * Where a queued handoff stands (1: next), counted in the queue's order (priority, age,
 * id) through its index, however long the queue; null when it is not queued.
 */
export function queuePlace(sql: Sql, id: string): number | null {
  const row = sql.get<{ place: number | null }>(
    `SELECT (SELECT COUNT(*) FROM handoffs q WHERE q.status = 'queued'
               AND (q.priority_rank, q.created_at, q.id) <= (h.priority_rank, h.created_at, h.id))
             AS place
     FROM handoffs h WHERE h.id = $id AND h.status = 'queued'`,
    { id },
  );
  return row ? Number(row.place) : null;
}

/** One handoff, or null. */
export function getHandoff(sql: Sql, id: string): HandoffRecord | null {
  const row = sql.get("SELECT * FROM handoffs WHERE id = $id", { id });
  return row ? toHandoff(row) : null;
}

/**
 * Changes a handoff's status or assignee; returns it, or null when it does not exist or
 * is not in `ifStatus`. Claimed → the conversation's mode is `human`; returned → back to
 * the AI and open; closed → the conversation is closed.
 */
export function updateHandoff(
  sql: Sql,
  id: string,
  update: HandoffUpdate,
  now: string,
): HandoffRecord | null {
  return sql.tx(() => {
    const current = getHandoff(sql, id);
    if (!current) return null;
    if (update.ifStatus && ![update.ifStatus].flat().includes(current.status)) return null;
    const status = update.status ?? current.status;
    const assigned = update.assigned_to === undefined ? current.assigned_to : update.assigned_to;
    sql.run(
      `UPDATE handoffs SET status = $status, assigned_to = $assigned, updated_at = $now
       WHERE id = $id`,
      { id, status, assigned, now },
    );
    const conv = CONVERSATION_AFTER[status];
    if (update.status && conv) {
      sql.run(
        `UPDATE conversations SET status = $cstatus, mode = $mode, updated_at = $now
         WHERE id = $conv`,
        { cstatus: conv.status, mode: conv.mode, now, conv: current.conversation_id },
      );
    }
    return getHandoff(sql, id);
  });
}

const CONVERSATION_AFTER: Record<HandoffStatus, { status: string; mode: string } | null> = {
  queued: null,
  claimed: { status: "handoff", mode: "human" },
  returned: { status: "open", mode: "ai" },
  closed: { status: "closed", mode: "ai" },
  withdrawn: { status: "open", mode: "ai" },
};

function toHandoff(r: Record<string, unknown>): HandoffRecord {
  return {
    id: String(r.id),
    conversation_id: String(r.conversation_id),
    message_id: String(r.message_id),
    session_id: (r.session_id as string | null) ?? null,
    customer: (r.customer as string | null) ?? null,
    priority: r.priority as HandoffRecord["priority"],
    reason: String(r.reason),
    summary: String(r.summary),
    sentiment: (r.sentiment as string | null) ?? null,
    urgency: (r.urgency as string | null) ?? null,
    intent: (r.intent as string | null) ?? null,
    draft_reply: (r.draft_reply as string | null) ?? null,
    status: r.status as HandoffStatus,
    assigned_to: (r.assigned_to as string | null) ?? null,
    created_at: String(r.created_at),
    updated_at: String(r.updated_at),
  };
}
