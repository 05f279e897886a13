/**
 * Retention in PostgreSQL: conversations last updated before the cutoff go, with all that
 * belongs to them, a slice at a time (one short transaction each), skipping rows another
 * gateway is purging or writing at that moment. Conversations with a handoff still queued
 * or claimed stay.
 */
import type postgres from "postgres";
import type { PurgeResult } from "../types.ts";
import { inTx } from "./client.ts";

/** Conversations removed per transaction. */
const SLICE = 500;

/** Removes conversations last updated before `cutoff` (ISO) and what belongs to them. */
export async function purgeBeforeIn(sql: postgres.Sql, cutoff: string): Promise<PurgeResult> {
  const total: PurgeResult = { conversations: 0, turns: 0, messages: 0 };
  for (;;) {
    const [r] = await inTx(sql, (tx) =>
      tx<PurgeResult[]>`
      WITH doomed AS (
        SELECT id FROM conversations c WHERE updated_at < ${cutoff}::timestamptz
          AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id
                          AND h.status IN ('queued', 'claimed'))
        ORDER BY id LIMIT ${SLICE} FOR UPDATE SKIP LOCKED),
      t AS (DELETE FROM turns WHERE conversation_id IN (SELECT id FROM doomed) RETURNING 1),
      m AS (DELETE FROM messages WHERE conversation_id IN (SELECT id FROM doomed) RETURNING 1),
      a AS (DELETE FROM actions WHERE conversation_id IN (SELECT id FROM doomed) RETURNING 1),
      h AS (DELETE FROM handoffs WHERE conversation_id IN (SELECT id FROM doomed) RETURNING 1),
      i AS (DELETE FROM inbox WHERE conversation_id IN (SELECT id FROM doomed) RETURNING 1),
      -- Data-modifying CTEs all run to completion, read or not.
      c AS (DELETE FROM conversations WHERE id IN (SELECT id FROM doomed) RETURNING 1)
      SELECT (SELECT COUNT(*) FROM c)::int AS conversations,
        (SELECT COUNT(*) FROM t)::int AS turns, (SELECT COUNT(*) FROM m)::int AS messages`);
    total.conversations += r.conversations;
    total.turns += r.turns;
    total.messages += r.messages;
    if (r.conversations < SLICE) return total;
  }
}
