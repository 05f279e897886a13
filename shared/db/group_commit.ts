/**
 * Group commit: writes that arrive together share one SQLite transaction, so a burst of
 * turns pays for one BEGIN/COMMIT and writes each page it touches once. Every caller is
 * resolved only after the commit that holds its write, or rejected when its own write or
 * its commit failed (a failed group is written again item by item: the others commit).
 */
import { setImmediate } from "node:timers";
import type { Sql } from "./sql.ts";

/** Options of a `GroupCommit`. */
export interface GroupCommitOptions<I, O> {
  sql: Sql;
  /** Writes one item inside the open transaction and returns what its caller gets. */
  write(item: I): O;
  /** Most items in one transaction (it holds the write lock others wait for). Default 128. */
  maxBatch?: number;
}

interface Pending<I, O> {
  item: I;
  resolve(out: O): void;
  reject(err: unknown): void;
}

/** Gathers `submit` calls into shared transactions. */
export class GroupCommit<I, O> {
  #sql: Sql;
  #write: (item: I) => O;
  #maxBatch: number;
  #queue: Pending<I, O>[] = [];
  #scheduled = false;
  #closed = false;

  /** A group commit over `opts.sql` writing items with `opts.write`. */
  constructor(opts: GroupCommitOptions<I, O>) {
    this.#sql = opts.sql;
    this.#write = opts.write;
    this.#maxBatch = Math.max(1, opts.maxBatch ?? 128);
  }

  /** Items waiting for the next commit. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Queues `item` for the next commit; resolves once that commit is done. */
  submit(item: I): Promise<O> {
    if (this.#closed) {
      return Promise.reject(new Error("Cannot write to the history database: it is closed"));
    }
    const { promise, resolve, reject } = Promise.withResolvers<O>();
    this.#queue.push({ item, resolve, reject });
    if (!this.#scheduled) {
      this.#scheduled = true;
      // After the I/O callbacks of this turn of the event loop: everything they submit
      // joins the same transaction, and a lone write waits only a few microseconds.
      setImmediate(() => this.flush());
    }
    return promise;
  }

  /** Commits everything queued now (also on close, so no caller is left waiting). */
  flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      this.#commit(this.#queue.splice(0, this.#maxBatch));
    }
  }

  /** Commits what is queued and refuses further items. */
  close(): void {
    this.flush();
    this.#closed = true;
  }

  #commit(batch: Pending<I, O>[]): void {
    let itemFailed = false;
    let outs: O[];
    try {
      outs = this.#sql.tx(() =>
        batch.map((p) => {
          try {
            return this.#write(p.item);
          } catch (err) {
            itemFailed = true;
            throw err;
          }
        })
      );
    } catch (err) {
      // Nothing of the batch is stored. When BEGIN or COMMIT failed (busy, disk full) the
      // whole batch fails. When one item failed (rare), the items are written again each in
      // its own transaction so that it fails alone. (A savepoint per item would isolate it
      // too, but copies every page it touches to a statement journal, failure or not.)
      if (!itemFailed || batch.length === 1) {
        for (const p of batch) p.reject(err);
      } else {
        for (const p of batch) this.#commit([p]);
      }
      return;
    }
    batch.forEach((p, i) => p.resolve(outs[i]));
  }
}
