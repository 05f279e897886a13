/**
 * The demo store's state on disk (SQLite under DATA_DIR), so that a restart finds the
 * orders, refunds, ledger and answered idempotency keys as they were, beside the history
 * that remembers the conversations about them. Seeded once; each change then saves the
 * records it can touch (the customer's own, their orders and parcels), what it appended
 * and the ledger entry, in one transaction before the store answers.
 */
import type { LedgerEntry } from "../shared/store_api_requests.ts";
import type { Logger } from "../shared/log.ts";
import { json, Sql } from "../shared/db/sql.ts";
import type { IdempotencyStore, SettledKey } from "./idempotency.ts";
import type { CommitInput, SavedState, StoreState } from "./state.ts";
import type { Dataset } from "./types.ts";

/** Bumped when the saved layout changes: an older file is seeded afresh. */
const LAYOUT = 1;

/** Records kept by id, and the field that is their id. */
const RECORDS = {
  customers: "id",
  orders: "id",
  tracking: "number",
  products: "sku",
} as const;
type RecordKind = keyof typeof RECORDS;

/** Lists that only grow (until a reset), kept by position. */
const APPENDED = ["history", "credits", "callbacks", "customer_notes"] as const;
type AppendedKind = (typeof APPENDED)[number] | "ledger";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  kind TEXT NOT NULL, id TEXT NOT NULL, pos INTEGER NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS appended (
  kind TEXT NOT NULL, pos INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, pos));
CREATE TABLE IF NOT EXISTS idempotency (
  n INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL, body TEXT NOT NULL, content_type TEXT NOT NULL);
`;

/** What `StoreStateFile.attach` did. */
export interface Attached {
  /** `loaded`: the saved state is back; `seeded`: fresh seeded data, saved from now on. */
  outcome: "loaded" | "seeded";
  /** When the data was seeded (ISO). */
  seeded_at: string;
  /** Changes in the ledger. */
  changes: number;
  /** Why a file was not loaded (another seed, an older layout), if it had state. */
  reason?: string;
}

/** The demo store's state file. */
export class StoreStateFile implements Disposable {
  readonly #sql: Sql;
  readonly #path: string;
  readonly #log: Logger;
  /** How many of each appended list are saved. */
  #saved = new Map<AppendedKind, number>();

  private constructor(path: string, log: Logger) {
    this.#path = path;
    this.#log = log;
    this.#sql = new Sql(path);
    this.#sql.db.exec(SCHEMA);
  }

  /** Opens (or creates) the file at `path`. */
  static open(path: string, log: Logger): StoreStateFile {
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (dir) Deno.mkdirSync(dir, { recursive: true });
    return new StoreStateFile(path, log);
  }

  /**
   * Loads the saved state into `state` and `keys` when the file has one of the same seed
   * and layout, else saves the state as seeded; from then on saves every change.
   */
  attach(state: StoreState, keys: IdempotencyStore): Attached {
    const saved = this.#load(state.seed, keys.max);
    let reason: string | undefined;
    if (saved && "state" in saved) {
      state.restore(saved.state);
      keys.restore(saved.keys);
    } else {
      reason = saved?.reason;
      this.#saveAll(state);
    }
    state.listen({
      committed: (c, entry) => this.#saveChange(state, c, entry),
      reset: () => this.#saveAll(state),
    });
    keys.onSettled((k) => this.#saveKey(k, keys.max));
    const attached: Attached = {
      outcome: saved && "state" in saved ? "loaded" : "seeded",
      seeded_at: state.data.seeded_at,
      changes: state.ledger.length,
      ...(reason ? { reason } : {}),
    };
    return attached;
  }

  /** The saved state, why the file's state does not fit, or null when it has none. */
  #load(
    seed: number,
    maxKeys: number,
  ): { state: SavedState; keys: SettledKey[] } | { reason: string } | null {
    const meta = new Map(
      this.#sql.all<{ key: string; value: string }>("SELECT key, value FROM meta")
        .map((r) => [r.key, r.value]),
    );
    if (!meta.has("seeded_at")) return null;
    if (Number(meta.get("layout")) !== LAYOUT) return { reason: "saved in an older layout" };
    if (Number(meta.get("seed")) !== seed) {
      return { reason: `seeded from ${meta.get("seed")}, not ${seed}` };
    }
    const data = { seeded_at: meta.get("seeded_at")! } as Dataset;
    for (const kind of Object.keys(RECORDS) as RecordKind[]) {
      (data[kind] as unknown[]) = this.#sql
        .all<{ json: string }>("SELECT json FROM records WHERE kind = $kind ORDER BY pos", { kind })
        .map((r) => JSON.parse(r.json));
    }
    for (const kind of APPENDED) (data[kind] as unknown[]) = this.#appended(kind);
    const ledger = this.#appended("ledger") as LedgerEntry[];
    const keys = this.#sql.all<
      { key: string; fingerprint: string; status: number; body: string; content_type: string }
    >(
      "SELECT key, fingerprint, status, body, content_type FROM idempotency ORDER BY n DESC LIMIT $max",
      { max: maxKeys },
    ).reverse().map((r) => ({
      key: r.key,
      fingerprint: r.fingerprint,
      stored: { status: r.status, body: r.body, contentType: r.content_type },
    }));
    const counters = json<Record<string, number>>(meta.get("counters"), {});
    return { state: { data, ledger, counters }, keys };
  }

  #appended(kind: AppendedKind): unknown[] {
    const rows = this.#sql.all<{ json: string }>(
      "SELECT json FROM appended WHERE kind = $kind ORDER BY pos",
      { kind },
    );
    this.#saved.set(kind, rows.length);
    return rows.map((r) => JSON.parse(r.json));
  }

  /** Writes the whole state (after seeding or a reset); answered keys are forgotten. */
  #saveAll(state: StoreState): void {
    const data = state.data;
    this.#sql.tx(() => {
      this.#sql.run("DELETE FROM records");
      this.#sql.run("DELETE FROM appended");
      this.#sql.run("DELETE FROM idempotency");
      this.#sql.run("DELETE FROM meta");
      for (const kind of Object.keys(RECORDS) as RecordKind[]) {
        (data[kind] as unknown as Record<string, unknown>[]).forEach((r, pos) =>
          this.#putRecord(kind, r, pos)
        );
      }
      this.#saved.clear();
      this.#saveAppended(state);
      this.#saveMeta(state, true);
    });
  }

  #saveChange(state: StoreState, c: CommitInput, entry: LedgerEntry): void {
    const owner = c.customerId ?? ownerOf(state, c.target);
    try {
      this.#sql.tx(() => {
        if (owner) {
          const { customer, orders, tracking } = state.recordsOf(owner);
          if (customer) this.#putRecord("customers", customer);
          for (const o of orders) this.#putRecord("orders", o);
          for (const t of tracking) this.#putRecord("tracking", t);
        }
        this.#saveAppended(state);
        this.#saveMeta(state, false);
      });
    } catch (err) {
      // The change is made and answered; only a restart would lose it. Say so loudly.
      this.#log.error("Cannot save a change of the demo store", {
        path: this.#path,
        ledger_id: entry.id,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  #putRecord(kind: RecordKind, record: object, pos?: number): void {
    const id = String((record as Record<string, unknown>)[RECORDS[kind]]);
    // A record's place in its list never changes: keep the one it had.
    this.#sql.run(
      `INSERT INTO records (kind, id, pos, json) VALUES ($kind, $id, $pos, $json)
       ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json`,
      { kind, id, pos: pos ?? 0, json: JSON.stringify(record) },
    );
  }

  #saveAppended(state: StoreState): void {
    const lists: [AppendedKind, readonly unknown[]][] = [
      ...APPENDED.map((k) => [k, state.data[k]] as [AppendedKind, readonly unknown[]]),
      ["ledger", state.ledger],
    ];
    for (const [kind, list] of lists) {
      for (let pos = this.#saved.get(kind) ?? 0; pos < list.length; pos++) {
        this.#sql.run(
          "INSERT OR REPLACE INTO appended (kind, pos, json) VALUES ($kind, $pos, $json)",
          { kind, pos, json: JSON.stringify(list[pos]) },
        );
      }
      this.#saved.set(kind, list.length);
    }
  }

  #saveMeta(state: StoreState, all: boolean): void {
    const put = (key: string, value: string) =>
      this.#sql.run(
        "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { key, value },
      );
    if (all) {
      put("layout", String(LAYOUT));
      put("seed", String(state.seed));
      put("seeded_at", state.data.seeded_at);
    }
    put("counters", JSON.stringify(state.counters));
  }

  #saveKey(k: SettledKey, max: number): void {
    try {
      const n = this.#sql.get<{ n: number }>(
        `INSERT INTO idempotency (key, fingerprint, status, body, content_type)
         VALUES ($key, $fingerprint, $status, $body, $type)
         ON CONFLICT (key) DO NOTHING RETURNING n`,
        {
          key: k.key,
          fingerprint: k.fingerprint,
          status: k.stored.status,
          body: k.stored.body,
          type: k.stored.contentType,
        },
      )?.n;
      // Like the keys in memory, the oldest saved ones are forgotten past the limit.
      if (n !== undefined && n % 1_000 === 0) {
        this.#sql.run("DELETE FROM idempotency WHERE n <= $n", { n: n - max });
      }
    } catch (err) {
      this.#log.error("Cannot save an idempotency key of the demo store", {
        path: this.#path,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** Closes the file. */
  [Symbol.dispose](): void {
    this.#sql[Symbol.dispose]();
  }
}

/** The customer whose records a change of `target` (an order or a parcel) touched. */
function ownerOf(state: StoreState, target: string): string | null {
  const data = state.data;
  const order = data.orders.find((o) => o.id === target || o.tracking_number === target);
  return order?.customer_id ?? data.customers.find((c) => c.id === target)?.id ?? null;
}
