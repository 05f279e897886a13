/**
 * The history database: conversations, the inbox of accepted turns, the audit trail,
 * handoffs and analytics. `openHistory` picks PostgreSQL when `DATABASE_URL` is set, else
 * SQLite (embedded, the default).
 */
import { redactUrl } from "../redact.ts";
import type { Config } from "../config.ts";
import { describeError, isRetryable } from "../errors.ts";
import type { Logger } from "../log.ts";
import { HistoryDb } from "./history.ts";
import { PgHistory } from "./postgres/history.ts";
import type { History } from "./types.ts";

export { PRIORITY_RANK } from "./handoffs.ts";
export { HistoryDb, type HistoryDbOptions } from "./history.ts";
export { PgHistory, type PgHistoryOptions } from "./postgres/history.ts";
export { MIGRATIONS, SCHEMA_VERSION } from "./migrations.ts";
export { PG_MIGRATIONS, PG_SCHEMA_VERSION } from "./postgres/migrations.ts";
export {
  type AcceptResult,
  type Analytics,
  type AnalyticsOptions,
  type AppendMessage,
  ConversationMode,
  ConversationRecord,
  ConversationStatus,
  HandoffRecord,
  HandoffStatus,
  type HandoffUpdate,
  type History,
  type HistoryKind,
  type InboxEntry,
  InboxState,
  type LatencyStats,
  MessageRole,
  type PurgeResult,
  type RecordResult,
  StoredMessage,
} from "./types.ts";

/** Options of `openHistory`. */
export interface OpenHistoryOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** How long to keep trying a PostgreSQL that does not answer yet at start. Default 30 s. */
  waitMs?: number;
  /** Pause between those tries (doubling up to 2 s). Default 250 ms. */
  retryMs?: number;
}

/**
 * Opens the configured history: PostgreSQL at `DATABASE_URL` (migrated on open; waits for
 * a server that is still starting), else SQLite at `SQLITE_PATH` (default under `DATA_DIR`).
 * Logs which one is in use.
 */
export async function openHistory(
  config: Pick<Config, "sqlitePath" | "DATABASE_URL" | "DATABASE_POOL_MAX">,
  log: Logger,
  opts: OpenHistoryOptions = {},
): Promise<History> {
  const url = config.DATABASE_URL;
  if (!url) {
    const db = await HistoryDb.open(config.sqlitePath, { now: opts.now });
    log.info("History: SQLite", {
      history: "sqlite",
      path: config.sqlitePath,
      schema_version: await db.schemaVersion(),
    });
    return db;
  }
  const where = redactUrl(url);
  const until = Date.now() + (opts.waitMs ?? 30_000);
  let pause = opts.retryMs ?? 250;
  for (;;) {
    try {
      const db = await PgHistory.connect(url, { now: opts.now, max: config.DATABASE_POOL_MAX });
      log.info("History: PostgreSQL", {
        history: "postgres",
        url: where,
        schema_version: await db.schemaVersion(),
      });
      return db;
    } catch (err) {
      if (!isRetryable(err) || Date.now() + pause > until) throw err;
      log.warn("History: PostgreSQL not reachable yet; trying again", {
        history: "postgres",
        url: where,
        error: describeError(err),
      });
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 2000);
    }
  }
}
