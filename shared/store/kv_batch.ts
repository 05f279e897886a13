/**
 * Batched reads and writes of Deno KV: what the session store asks for in one turn of the
 * event loop goes to KV together (`getMany` ten keys at a time; one atomic commit, one disk
 * sync, for many writes), each caller answered when its own part is done.
 */
import { type Entry, expireIn, LOCKED, READ_BATCH } from "./kv_entry.ts";

/** Keys per batched write (each commit syncs the disk once, whatever its size). */
const WRITE_BATCH = 32;
/** A read waiting for its batch. */
interface PendingRead {
  key: Deno.KvKey;
  resolve(entry: Deno.KvEntryMaybe<Entry>): void;
  reject(err: unknown): void;
}
/** A plain write waiting for its batch. */
interface PendingWrite {
  key: Deno.KvKey;
  entry: Entry;
  expireIn: number | undefined;
  waiters: { resolve(): void; reject(err: unknown): void }[];
}
/** Batches the reads and plain writes of one KV connection. */
export class KvBatch {
  #kv: Deno.Kv;
  #now: () => number;
  #reads: PendingRead[] | null = null;
  #writes: Map<string, PendingWrite> | null = null;

  constructor(kv: Deno.Kv, now: () => number) {
    this.#kv = kv;
    this.#now = now;
  }

  /**
   * Writes one small value; writes asked for in the same turn of the event loop go to KV
   * in one atomic commit. Deno KV syncs the disk on every commit (≈ 0.3–0.7 ms here) and
   * commits one after another, so turns finishing together would otherwise queue on the
   * disk. Each caller is answered once the commit holding its value is durable; of two
   * writes to one key in a batch the later wins, as it would one after the other.
   */
  put(key: Deno.KvKey, v: unknown, ttlMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#writes === null) {
        this.#writes = new Map();
        queueMicrotask(() => this.#flushWrites());
      }
      const id = JSON.stringify(key);
      const entry: Entry = { v, exp: this.#now() + ttlMs };
      const earlier = this.#writes.get(id);
      const waiters = [...(earlier?.waiters ?? []), { resolve, reject }];
      this.#writes.set(id, { key, entry, expireIn: expireIn(ttlMs), waiters });
    });
  }

  #flushWrites(): void {
    const writes = [...(this.#writes?.values() ?? [])];
    this.#writes = null;
    for (let i = 0; i < writes.length; i += WRITE_BATCH) {
      this.#commitWrites(writes.slice(i, i + WRITE_BATCH));
    }
  }

  /**
   * Commits `chunk` at once. When that fails for one of its values (too large, not
   * cloneable: `set` throws at once, `commit` for the size), the writes are made again one
   * by one so that only that caller fails; a locked file fails them all (each retries).
   */
  #commitWrites(chunk: PendingWrite[]): void {
    const settle = (err?: unknown) =>
      chunk.forEach((w) =>
        w.waiters.forEach((x) => err === undefined ? x.resolve() : x.reject(err))
      );
    const failed = (err: unknown) => {
      if (chunk.length === 1 || (err instanceof Error && LOCKED.test(err.message))) settle(err);
      else for (const w of chunk) this.#commitWrites([w]);
    };
    let commit: Promise<unknown>;
    try {
      const op = this.#kv.atomic();
      for (const w of chunk) op.set(w.key, w.entry, { expireIn: w.expireIn });
      commit = op.commit();
    } catch (err) {
      failed(err);
      return;
    }
    commit.then(() => settle(), failed);
  }

  /**
   * Reads one key; reads asked for in the same turn of the event loop go to KV together
   * (`getMany`, ten keys at a time): a KV read costs mostly its fixed part, so many turns
   * in flight read their keys for about the price of one read each few.
   */
  read(key: Deno.KvKey): Promise<Deno.KvEntryMaybe<Entry>> {
    return new Promise((resolve, reject) => {
      if (this.#reads === null) {
        this.#reads = [];
        queueMicrotask(() => this.#flushReads());
      }
      this.#reads.push({ key, resolve, reject });
    });
  }

  #flushReads(): void {
    const reads = this.#reads ?? [];
    this.#reads = null;
    for (let i = 0; i < reads.length; i += READ_BATCH) {
      const chunk = reads.slice(i, i + READ_BATCH);
      if (chunk.length === 1) {
        this.#kv.get<Entry>(chunk[0].key).then(chunk[0].resolve, chunk[0].reject);
        continue;
      }
      this.#kv.getMany<Entry[]>(chunk.map((r) => r.key)).then(
        (entries) => entries.forEach((e, j) => chunk[j].resolve(e)),
        (err) => chunk.forEach((r) => r.reject(err)),
      );
    }
  }
}
