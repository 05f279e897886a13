/**
 * The history database: conversations, the inbox of accepted turns, the audit trail,
 * handoffs and analytics, in SQLite.
 */
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { HistoryDb, type HistoryDbOptions } from "./history.ts";

export { type AnalyticsOptions } from "./analytics.ts";
export { type HandoffUpdate, PRIORITY_RANK } from "./handoffs.ts";
export {
  type AppendMessage,
  HistoryDb,
  type HistoryDbOptions,
  type PurgeResult,
} from "./history.ts";
export { MIGRATIONS, SCHEMA_VERSION } from "./migrations.ts";
export {
  type AcceptResult,
  type Analytics,
  ConversationMode,
  ConversationRecord,
  ConversationStatus,
  HandoffRecord,
  HandoffStatus,
  type InboxEntry,
  InboxState,
  type LatencyStats,
  MessageRole,
  type RecordResult,
  StoredMessage,
} from "./types.ts";

/** Opens the configured history database (`SQLITE_PATH`, default under `DATA_DIR`). */
export async function openHistory(
  config: Pick<Config, "sqlitePath">,
  log: Logger,
  opts: HistoryDbOptions = {},
): Promise<HistoryDb> {
  const db = await HistoryDb.open(config.sqlitePath, opts);
  log.info("History: SQLite", { path: config.sqlitePath, schema_version: db.schemaVersion() });
  return db;
}
