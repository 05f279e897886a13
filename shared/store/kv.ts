/// <reference lib="deno.unstable" />
/**
 * The Deno KV adapter of the session store: embedded (a file, or `:memory:`), shared by
 * the processes that open the same file. KV expires keys lazily, so every entry carries
 * its own expiry and reads check it; atomic check-and-set makes take/claim/hit race-free.
 */
import { RetryableError } from "../errors.ts";
import { PendingAction } from "../protocol.ts";
import {
  SessionRecord,
  type SessionRecordInput,
  type Store,
  type StoreKind,
  type StoreOptions,
  type StoreWrite,
} from "./types.ts";
import { type Entry, expireIn, LOCKED, READ_BATCH } from "./kv_entry.ts";
import { KvBatch } from "./kv_batch.ts";

const ROOT = "sm";
/** One caller's change to a session, waiting for its batch. */
interface PendingUpdate {
  change(session: SessionRecord): SessionRecordInput | null;
  resolve(session: SessionRecord | null): void;
  reject(err: unknown): void;
}
/** The changes to one session in a batch, applied in the order asked. */
interface SessionUpdate {
  key: Deno.KvKey;
  changes: PendingUpdate[];
}
/** Atomic commits lose to concurrent writers at most this often before we give up. */
const MAX_CONFLICTS = 200;
/** Mutations per atomic batch when deleting many keys (KV allows 1000). */
const DELETE_BATCH = 200;

/** The session store on Deno KV. */
export class KvStore implements Store {
  /** Which adapter this is. */
  readonly kind: StoreKind = "kv";
  #kv: Deno.Kv;
  #now: () => number;
  #closed = false;
  #batch: KvBatch;
  #updates: Map<string, SessionUpdate> | null = null;

  private constructor(kv: Deno.Kv, opts: StoreOptions) {
    this.#kv = kv;
    this.#now = opts.now ?? Date.now;
    this.#batch = new KvBatch(kv, this.#now);
  }

  /** Opens a KV store at `path` (a file, or `:memory:`). */
  static async open(path: string, opts: StoreOptions = {}): Promise<KvStore> {
    const kv = await Deno.openKv(path);
    return new KvStore(kv, opts);
  }

  /** Stores a session until its `expires_at`. */
  putSession(session: SessionRecordInput): Promise<void> {
    return unlocked("store a session", async () => {
      const record = SessionRecord.parse(session);
      const ttl = Date.parse(record.expires_at) - this.#now();
      const key = [ROOT, "session", record.session_id];
      if (!(ttl > 0)) {
        await this.#kv.delete(key);
        return;
      }
      await this.#batch.put(key, record, ttl);
    });
  }

  /** The session, or null when absent or expired. */
  getSession(sessionId: string): Promise<SessionRecord | null> {
    return unlocked("read a session", async () => {
      const value = await this.#get([ROOT, "session", sessionId]);
      const parsed = SessionRecord.safeParse(value);
      if (!parsed.success) return null;
      return Date.parse(parsed.data.expires_at) > this.#now() ? parsed.data : null;
    });
  }

  /**
   * Changes a session with compare-and-set (see `Store.updateSession`). Changes asked for
   * in the same turn of the event loop are read together and committed together (one
   * check per session, one disk sync for all); a conflict reads them again and retries.
   */
  updateSession(
    sessionId: string,
    change: (session: SessionRecord) => SessionRecordInput | null,
  ): Promise<SessionRecord | null> {
    return unlocked("update a session", () =>
      new Promise((resolve, reject) => {
        if (this.#updates === null) {
          this.#updates = new Map();
          queueMicrotask(() => this.#flushUpdates());
        }
        const group = this.#updates.get(sessionId) ??
          { key: [ROOT, "session", sessionId], changes: [] };
        group.changes.push({ change, resolve, reject });
        this.#updates.set(sessionId, group);
      }));
  }

  #flushUpdates(): void {
    const groups = [...(this.#updates?.values() ?? [])];
    this.#updates = null;
    for (let i = 0; i < groups.length; i += READ_BATCH) {
      const chunk = groups.slice(i, i + READ_BATCH);
      this.#commitUpdates(chunk).catch((err) =>
        chunk.forEach((g) => g.changes.forEach((c) => c.reject(err)))
      );
    }
  }

  async #commitUpdates(groups: SessionUpdate[]): Promise<void> {
    for (let attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
      const entries = await this.#kv.getMany<Entry[]>(groups.map((g) => g.key));
      const op = this.#kv.atomic();
      const outcome: (SessionRecord | null)[] = [];
      // Callers whose change threw: answered with their error, their change left out.
      const failed = new Map<PendingUpdate, unknown>();
      groups.forEach((g, i) => {
        const entry = entries[i];
        op.check(entry);
        const parsed = entry.value !== null && this.#live(entry.value)
          ? SessionRecord.safeParse(entry.value.v)
          : null;
        let record = parsed?.success && Date.parse(parsed.data.expires_at) > this.#now()
          ? parsed.data
          : null;
        if (record === null) return void outcome.push(null);
        const before = record;
        for (const c of g.changes) {
          try {
            const wanted = c.change(record);
            if (wanted !== null) record = SessionRecord.parse(wanted);
          } catch (err) {
            failed.set(c, err);
          }
        }
        if (record === before) return void outcome.push(record);
        const ttl = Date.parse(record.expires_at) - this.#now();
        if (ttl > 0) {
          op.set(g.key, { v: record, exp: this.#now() + ttl } satisfies Entry, {
            expireIn: expireIn(ttl),
          });
          outcome.push(record);
        } else {
          op.delete(g.key);
          outcome.push(null);
        }
      });
      if (!(await op.commit()).ok) continue;
      groups.forEach((g, i) =>
        g.changes.forEach((c) => failed.has(c) ? c.reject(failed.get(c)) : c.resolve(outcome[i]))
      );
      return;
    }
    throw contention("update a session");
  }

  /** Removes a session and its pending action. */
  deleteSession(sessionId: string): Promise<void> {
    return unlocked("remove a session", async () => {
      await this.#kv.atomic()
        .delete([ROOT, "session", sessionId])
        .delete([ROOT, "pending", sessionId])
        .commit();
    });
  }

  /** Stores the change waiting for this session's yes. */
  putPending(sessionId: string, action: PendingAction, ttlMs: number): Promise<void> {
    return unlocked("store the pending action", async () => {
      await this.#batch.put([ROOT, "pending", sessionId], PendingAction.parse(action), ttlMs);
    });
  }

  /** The pending change without removing it, or null. */
  getPending(sessionId: string): Promise<PendingAction | null> {
    return unlocked("read the pending action", async () => {
      return parsePending(await this.#get([ROOT, "pending", sessionId]));
    });
  }

  /** Reads and removes the pending change atomically. */
  takePending(sessionId: string): Promise<PendingAction | null> {
    return unlocked("take the pending action", async () => {
      const key = [ROOT, "pending", sessionId];
      for (let i = 0; i < MAX_CONFLICTS; i++) {
        const entry = await this.#kv.get<Entry>(key);
        if (entry.value === null) return null;
        const res = await this.#kv.atomic().check(entry).delete(key).commit();
        if (res.ok) return this.#live(entry.value) ? parsePending(entry.value.v) : null;
      }
      throw contention("take the pending action");
    });
  }

  /** A cached JSON value, or null when absent or expired. */
  cacheGet<T = unknown>(key: string): Promise<T | null> {
    return unlocked("read the cache", async () => {
      return (await this.#get([ROOT, "cache", key])) as T | null;
    });
  }

  /** Caches a JSON value for `ttlMs`. */
  cacheSet(key: string, value: unknown, ttlMs: number): Promise<void> {
    return unlocked("write the cache", async () => {
      await this.#put([ROOT, "cache", key], value, ttlMs);
    });
  }

  /** Removes one cached value. */
  cacheDelete(key: string): Promise<void> {
    return unlocked("remove a cached value", async () => {
      await this.#kv.delete([ROOT, "cache", key]);
    });
  }

  /** Removes every cached value whose key starts with `prefix`. */
  cacheDeletePrefix(prefix: string): Promise<number> {
    return unlocked("clear cached values", async () => {
      // KV prefixes match whole key parts; a string prefix is a range of the last part.
      const iter = this.#kv.list({
        start: [ROOT, "cache", prefix],
        end: [ROOT, "cache", prefix + "\u{10FFFF}"],
      });
      let count = 0;
      let batch: Deno.KvKey[] = [];
      for await (const entry of iter) {
        batch.push(entry.key);
        if (batch.length >= DELETE_BATCH) {
          count += await this.#deleteAll(batch);
          batch = [];
        }
      }
      return count + await this.#deleteAll(batch);
    });
  }

  /** Makes several writes in one atomic commit. */
  write(writes: readonly StoreWrite[]): Promise<void> {
    return unlocked("write to the session store", async () => {
      if (writes.length === 0) return;
      const op = this.#kv.atomic();
      const now = this.#now();
      for (const w of writes) {
        if (w.op === "cacheDelete") {
          op.delete([ROOT, "cache", w.key]);
          continue;
        }
        const [key, v] = w.op === "cacheSet"
          ? [[ROOT, "cache", w.key], w.value]
          : [[ROOT, "pending", w.sessionId], PendingAction.parse(w.action)];
        op.set(key, { v, exp: now + w.ttlMs } satisfies Entry, { expireIn: expireIn(w.ttlMs) });
      }
      const res = await op.commit();
      if (!res.ok) throw contention("write to the session store");
    });
  }

  /** Claims `key` once for `ttlMs`. */
  claim(key: string, ttlMs: number): Promise<boolean> {
    return unlocked("claim a key", async () => {
      const k = [ROOT, "claim", key];
      for (let i = 0; i < MAX_CONFLICTS; i++) {
        const entry = await this.#kv.get<Entry>(k);
        if (entry.value !== null && this.#live(entry.value)) return false;
        const exp = this.#now() + ttlMs;
        const res = await this.#kv.atomic()
          .check(entry)
          .set(k, { v: true, exp }, { expireIn: expireIn(ttlMs) })
          .commit();
        if (res.ok) return true;
      }
      throw contention(`claim ${key}`);
    });
  }

  /** Gives a claim back. */
  release(key: string): Promise<void> {
    return unlocked("release a claim", async () => {
      await this.#kv.delete([ROOT, "claim", key]);
    });
  }

  /** Counts one hit in the current fixed window and returns the count in it. */
  hit(key: string, windowMs: number): Promise<number> {
    return unlocked("count a hit", async () => {
      for (let i = 0; i < MAX_CONFLICTS; i++) {
        const now = this.#now();
        const window = Math.floor(now / windowMs);
        const k = [ROOT, "hit", key, window];
        const entry = await this.#kv.get<Entry<number>>(k);
        const before = entry.value !== null && this.#live(entry.value) ? entry.value.v : 0;
        const exp = (window + 1) * windowMs;
        const res = await this.#kv.atomic()
          .check(entry)
          .set(k, { v: before + 1, exp }, { expireIn: expireIn(exp - now) })
          .commit();
        if (res.ok) return before + 1;
      }
      throw contention(`count a hit of ${key}`);
    });
  }

  /** True when the database answers. */
  async ping(): Promise<boolean> {
    if (this.#closed) return false;
    try {
      await this.#kv.get([ROOT, "ping"]);
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the database. */
  [Symbol.asyncDispose](): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#kv.close();
    }
    return Promise.resolve();
  }

  async #put(key: Deno.KvKey, v: unknown, ttlMs: number): Promise<void> {
    const entry: Entry = { v, exp: this.#now() + ttlMs };
    await this.#kv.set(key, entry, { expireIn: expireIn(ttlMs) });
  }

  async #get(key: Deno.KvKey): Promise<unknown> {
    const entry = await this.#batch.read(key);
    return entry.value !== null && this.#live(entry.value) ? entry.value.v : null;
  }

  #live(entry: Entry): boolean {
    return entry.exp > this.#now();
  }

  async #deleteAll(keys: Deno.KvKey[]): Promise<number> {
    if (keys.length === 0) return 0;
    const op = this.#kv.atomic();
    for (const key of keys) op.delete(key);
    await op.commit();
    return keys.length;
  }
}

function parsePending(value: unknown): PendingAction | null {
  const parsed = PendingAction.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Tries of one operation while the file is locked (waits ~5 ms doubling: ~2.5 s in all). */
const LOCK_TRIES = 10;

/**
 * Runs a store operation again while the KV file is locked by another writer (Workers and
 * processes share it), then fails as retryable, never as a permanent error.
 */
async function unlocked<T>(action: string, fn: () => Promise<T>): Promise<T> {
  for (let i = 1;; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof Error) || !LOCKED.test(err.message)) throw err;
      if (i >= LOCK_TRIES) {
        throw new RetryableError(`Cannot ${action}: the session store is busy`, { cause: err });
      }
      await new Promise((r) => setTimeout(r, 5 * 2 ** Math.min(i, 8) * (0.5 + Math.random())));
    }
  }
}

function contention(action: string): RetryableError {
  return new RetryableError(`Cannot ${action}: too many concurrent writers`);
}
