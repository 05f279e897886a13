/**
 * The human handoff queue in PostgreSQL: one handoff per turn at most, listed by priority
 * then age. A change takes the handoff's row lock first, so two agents claiming at once
 * cannot both win.
 */
import type { Handoff } from "../../protocol.ts";
import { PRIORITY_RANK, withdrawalNote } from "../handoffs.ts";
import type { HandoffWithdrawal } from "../turn.ts";
import { type HandoffRecord, HandoffStatus, type HandoffUpdate } from "../types.ts";
import { type Db, toHandoff } from "./client.ts";

/**
 * Inserts a handoff, or refreshes its description (priority, summary, draft; the first reason stays) when
 * it is already there, keeping its status and assignee. Puts the conversation in `handoff`
 * unless it is closed. True when it was new. Call in a transaction.
 */
export async function upsertHandoffIn(db: Db, h: Handoff, now: string): Promise<boolean> {
  const rank = PRIORITY_RANK[h.priority];
  const created = (await db`
    INSERT INTO handoffs (id, conversation_id, message_id, session_id, customer, priority,
      priority_rank, reason, summary, sentiment, urgency, intent, draft_reply, status,
      assigned_to, created_at, updated_at)
    VALUES (${h.id}, ${h.conversation_id}, ${h.message_id}, ${h.session_id}, ${h.customer},
      ${h.priority}, ${rank ?? null}, ${h.reason}, ${h.summary}, ${h.sentiment}, ${h.urgency},
      ${h.intent}, ${h.draft_reply}, 'queued', NULL, ${new Date(h.created_at).toISOString()},
      ${now})
    ON CONFLICT DO NOTHING
    RETURNING id`).length > 0;
  if (!created) {
    await db`
      UPDATE handoffs SET priority = ${h.priority}, priority_rank = ${rank ?? null},
        summary = ${h.summary},
        draft_reply = COALESCE(${h.draft_reply}, draft_reply), updated_at = ${now}
      WHERE id = ${h.id} OR message_id = ${h.message_id}`;
  }
  await db`
    UPDATE conversations SET status = 'handoff', updated_at = ${now}
    WHERE id = ${h.conversation_id} AND status = 'open'`;
  return created;
}

/** See `withdrawHandoff` of the SQLite history. Call in a transaction. */
export async function withdrawHandoffIn(
  db: Db,
  w: HandoffWithdrawal,
  now: string,
): Promise<boolean> {
  const done = (await db`
    UPDATE handoffs SET status = 'withdrawn', summary = summary || ${withdrawalNote(w.note)},
      updated_at = ${now}
    WHERE id = ${w.id} AND status = 'queued'
    RETURNING id`).length > 0;
  if (done) {
    await db`
      UPDATE conversations SET status = 'open', mode = 'ai', updated_at = ${now}
      WHERE id = ${w.conversation_id} AND status = 'handoff'`;
  }
  return done;
}

/** Handoffs in the given states (default: all), urgent first, then oldest first. */
export async function listHandoffsIn(
  db: Db,
  opts: { status?: HandoffStatus | HandoffStatus[]; limit?: number } = {},
): Promise<HandoffRecord[]> {
  const states = opts.status === undefined ? [...HandoffStatus.options] : [opts.status].flat();
  const rows = await db`
    SELECT * FROM handoffs WHERE status = ANY(${states}::text[])
    ORDER BY priority_rank, created_at, id LIMIT ${opts.limit ?? 200}`;
  return rows.map(toHandoff);
}

/** Where a queued handoff stands (1: next), in the queue's order; null when not queued. */
export async function queuePlaceIn(db: Db, id: string): Promise<number | null> {
  const rows = await db`
    SELECT (SELECT COUNT(*) FROM handoffs q WHERE q.status = 'queued'
              AND (q.priority_rank, q.created_at, q.id) <= (h.priority_rank, h.created_at, h.id))
             AS place
    FROM handoffs h WHERE h.id = ${id} AND h.status = 'queued'`;
  return rows.length ? Number(rows[0].place) : null;
}

/** One handoff, or null; `forUpdate` takes its row lock for the rest of the transaction. */
export async function getHandoffIn(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<HandoffRecord | null> {
  const rows = forUpdate
    ? await db`SELECT * FROM handoffs WHERE id = ${id} FOR UPDATE`
    : await db`SELECT * FROM handoffs WHERE id = ${id}`;
  return rows.length ? toHandoff(rows[0]) : null;
}

const CONVERSATION_AFTER: Record<HandoffStatus, { status: string; mode: string } | null> = {
  queued: null,
  claimed: { status: "handoff", mode: "human" },
  returned: { status: "open", mode: "ai" },
  closed: { status: "closed", mode: "ai" },
  withdrawn: { status: "open", mode: "ai" },
};

/**
 * Changes a handoff's status or assignee; null when it does not exist or is not in
 * `ifStatus`. Claimed → the conversation's mode is `human`; returned → back to the AI and
 * open; closed → the conversation is closed. Call in a transaction.
 */
export async function updateHandoffIn(
  db: Db,
  id: string,
  update: HandoffUpdate,
  now: string,
): Promise<HandoffRecord | null> {
  const current = await getHandoffIn(db, id, true);
  if (!current) return null;
  if (update.ifStatus && ![update.ifStatus].flat().includes(current.status)) return null;
  const status = update.status ?? current.status;
  const assigned = update.assigned_to === undefined ? current.assigned_to : update.assigned_to;
  const [row] = await db`
    UPDATE handoffs SET status = ${status}, assigned_to = ${assigned}, updated_at = ${now}
    WHERE id = ${id} RETURNING *`;
  const conv = CONVERSATION_AFTER[status];
  if (update.status && conv) {
    await db`
      UPDATE conversations SET status = ${conv.status}, mode = ${conv.mode}, updated_at = ${now}
      WHERE id = ${current.conversation_id}`;
  }
  return toHandoff(row);
}
