/**
 * A thin layer over `node:sqlite`: cached prepared statements, named parameters (where
 * `undefined` means NULL) and write transactions.
 */
import { DatabaseSync, type StatementSync } from "node:sqlite";

/** A value bound to a statement parameter. */
export type Param = string | number | bigint | null | undefined;
/** Named parameters (`$name` in SQL, `{ name }` here). */
export type Params = Record<string, Param>;
/** A row as SQLite returns it. */
export type Row = Record<string, unknown>;

/** Pages of write-ahead log between automatic checkpoints (SQLite's default: 1,000). */
export const WAL_PAGES = 10_000;

/** One SQLite connection with its prepared statements. */
export class Sql implements Disposable {
  #db: DatabaseSync;
  #cache = new Map<string, StatementSync>();

  /** Opens `path` (or `:memory:`) with WAL, a busy timeout and normal sync. */
  constructor(path: string, opts: { busyTimeoutMs?: number } = {}) {
    this.#db = new DatabaseSync(path);
    this.#db.exec(`PRAGMA busy_timeout = ${Math.floor(opts.busyTimeoutMs ?? 5000)}`);
    if (path !== ":memory:") this.#db.exec("PRAGMA journal_mode = WAL");
    // Durability, chosen: in WAL mode NORMAL fsyncs at checkpoints, not at each commit. A
    // committed transaction survives a crash of the process (it is in the WAL file); a
    // power loss or kernel crash may lose the last commits since the last checkpoint, but
    // never corrupts the file. JetStream, which holds the turns in flight, syncs to disk
    // every 2 minutes by default: the same class. FULL (an fsync per commit) halved the
    // aggregator's turns written one at a time and cost a quarter with 32 in flight.
    this.#db.exec("PRAGMA synchronous = NORMAL");
    // A checkpoint (the log's pages copied into the database, two fsyncs) every ≈ 40 MB of
    // log instead of SQLite's 4 MB: the pages every turn rewrites (the inbox's, the
    // conversation's, the indexes' last leaves) are copied once per checkpoint, not ten
    // times, and the commit that runs it blocks the gateway's thread ten times less often.
    // Measured (bench/history_write.ts --accepted --batch=4, three interleaved pairs, load
    // 3.3–3.9): 296–353 → 244–271 µs of CPU and 650–1,321 → 575–740 µs of wall time a turn.
    // The log file stays at its largest size (≈ 40 MB) between checkpoints.
    if (path !== ":memory:") this.#db.exec(`PRAGMA wal_autocheckpoint = ${WAL_PAGES}`);
  }

  /** The raw connection (migrations). */
  get db(): DatabaseSync {
    return this.#db;
  }

  /** True until closed. */
  get isOpen(): boolean {
    return this.#db.isOpen;
  }

  /** Runs a write; returns how many rows changed. */
  run(sql: string, params: Params = {}): number {
    return Number(this.#stmt(sql).run(bind(params)).changes);
  }

  /** The first row, or undefined. */
  get<T = Row>(sql: string, params: Params = {}): T | undefined {
    return this.#stmt(sql).get(bind(params)) as T | undefined;
  }

  /** Every row. */
  all<T = Row>(sql: string, params: Params = {}): T[] {
    return this.#stmt(sql).all(bind(params)) as T[];
  }

  /**
   * Runs `fn` in one write transaction (BEGIN IMMEDIATE takes the write lock up front,
   * so concurrent writers wait on busy_timeout instead of failing mid-way). Nested calls
   * join the outer transaction.
   */
  tx<T>(fn: () => T): T {
    if (this.#db.isTransaction) return fn();
    this.#stmt("BEGIN IMMEDIATE").run();
    try {
      const out = fn();
      this.#stmt("COMMIT").run();
      return out;
    } catch (err) {
      if (this.#db.isTransaction) this.#stmt("ROLLBACK").run();
      throw err;
    }
  }

  /** Closes the connection (idempotent). */
  [Symbol.dispose](): void {
    if (this.#db.isOpen) this.#db.close();
    this.#cache.clear();
  }

  #stmt(sql: string): StatementSync {
    let stmt = this.#cache.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      this.#cache.set(sql, stmt);
    }
    return stmt;
  }
}

function bind(params: Params): Record<string, string | number | bigint | null> {
  // Most calls have no `undefined`: bind them as they are, without a copy.
  for (const k in params) {
    if (params[k] === undefined) {
      const out: Record<string, string | number | bigint | null> = {};
      for (const j in params) out[j] = params[j] ?? null;
      return out;
    }
  }
  return params as Record<string, string | number | bigint | null>;
}

/** Parses a JSON column, falling back to `fallback` on NULL or bad JSON. */
export function json<T>(text: unknown, fallback: T): T {
  if (typeof text !== "string") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
