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

/** One SQLite connection. */
export class Sql implements Disposable {
  #db: DatabaseSync;
  #cache = new Map<string, StatementSync>();

  /** Opens `path` (or `:memory:`) with WAL, a busy timeout and normal sync. */
  constructor(path: string, opts: { busyTimeoutMs?: number } = {}) {
    this.#db = new DatabaseSync(path);
    this.#db.exec(`PRAGMA busy_timeout = ${Math.floor(opts.busyTimeoutMs ?? 5000)}`);
    if (path !== ":memory:") this.#db.exec("PRAGMA journal_mode = WAL");
    this.#db.exec("PRAGMA synchronous = NORMAL");
  }

  /** The raw connection (migrations). */
  get db(): DatabaseSync {
    return this.#db;
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
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      const out = fn();
      this.#db.exec("COMMIT");
      return out;
    } catch (err) {
      this.#db.exec("ROLLBACK");
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
  const out: Record<string, string | number | bigint | null> = {};
  for (const [k, v] of Object.entries(params)) out[k] = v === undefined ? null : v;
  return out;
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
