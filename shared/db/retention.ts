/**
 * Retention: history older than `RETENTION_DAYS` is removed, conversation by conversation,
 * with everything that belongs to it.
 */
import type { Sql } from "./sql.ts";
import type { PurgeResult } from "./types.ts";

export type { PurgeResult } from "./types.ts";

/**
 * Removes conversations last updated before `cutoff` (ISO) and their messages, turns,
 * timings, actions, handoffs and inbox entries — except conversations with a handoff
 * still queued or claimed, which a human has yet to finish.
 */
export function purgeBefore(sql: Sql, cutoff: string): PurgeResult {
  return sql.tx(() => {
    sql.run("CREATE TEMP TABLE IF NOT EXISTS purge_ids (id TEXT PRIMARY KEY)");
    sql.run("DELETE FROM purge_ids");
    sql.run(
      `INSERT INTO purge_ids SELECT id FROM conversations c WHERE updated_at < $cutoff
       AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id
                       AND h.status IN ('queued', 'claimed'))`,
      { cutoff },
    );
    const doomed = "conversation_id IN (SELECT id FROM purge_ids)";
    const turns = sql.run(`DELETE FROM turns WHERE ${doomed}`);
    const messages = sql.run(`DELETE FROM messages WHERE ${doomed}`);
    for (const table of ["actions", "handoffs", "inbox"]) {
      sql.run(`DELETE FROM ${table} WHERE ${doomed}`);
    }
    const conversations = sql.run(
      "DELETE FROM conversations WHERE id IN (SELECT id FROM purge_ids)",
    );
    sql.run("DELETE FROM purge_ids");
    return { conversations, turns, messages };
  });
}
