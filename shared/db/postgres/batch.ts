/**
 * Group commit over PostgreSQL: the writes submitted in one pass of the event loop go to
 * the server as one batch (a few multi-row statements in one transaction), and those that
 * arrive while a batch is in flight make the next one. A lone write waits a few
 * microseconds; a burst pays for one commit and a handful of round trips. Each caller is
 * answered once the commit holding its write is done; when a batch fails for one bad item,
 * the items are written again one by one, so that it fails alone.
 */
import { setImmediate } from "node:timers";
import { isRetryable } from "../../errors.ts";

/** Options of a `BatchWriter`. */
export interface BatchWriterOptions<I, O> {
  /** Writes a batch in one transaction; answers one output per item, in order. */
  write(items: I[]): Promise<O[]>;
  /** Most items in one batch. Default 128. */
  maxBatch?: number;
}

interface Pending<I, O> {
  item: I;
  resolve(out: O): void;
  reject(err: unknown): void;
}

/** Gathers `submit` calls into batches, one batch in flight at a time. */
export class BatchWriter<I, O> {
  #write: (items: I[]) => Promise<O[]>;
  #maxBatch: number;
  #queue: Pending<I, O>[] = [];
  #scheduled = false;
  #running: Promise<void> | null = null;
  #closed = false;

  /** A batch writer over `opts.write`. */
  constructor(opts: BatchWriterOptions<I, O>) {
    this.#write = opts.write;
    this.#maxBatch = Math.max(1, opts.maxBatch ?? 128);
  }

  /** Items waiting for a batch. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Queues `item` for the next batch; resolves once that batch has committed. */
  submit(item: I): Promise<O> {
    if (this.#closed) {
      return Promise.reject(new Error("Cannot write to the history database: it is closed"));
    }
    const { promise, resolve, reject } = Promise.withResolvers<O>();
    this.#queue.push({ item, resolve, reject });
    if (!this.#scheduled && !this.#running) {
      this.#scheduled = true;
      // After the I/O callbacks of this pass: what they submit joins the same batch.
      setImmediate(() => {
        this.#scheduled = false;
        this.#running ??= this.#drain();
      });
    }
    return promise;
  }

  /** Writes what is queued, refuses further items, and resolves when all is committed. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#queue.length > 0) this.#running ??= this.#drain();
    await this.#running;
  }

  async #drain(): Promise<void> {
    // Yield first, so that the caller has stored this promise as `#running` before the end
    // below clears it (with an empty queue the loop would not wait at all).
    await null;
    while (this.#queue.length > 0) {
      await this.#commit(this.#queue.splice(0, this.#maxBatch));
    }
    this.#running = null;
  }

  async #commit(batch: Pending<I, O>[]): Promise<void> {
    let outs: O[];
    try {
      outs = await this.#write(batch.map((p) => p.item));
    } catch (err) {
      // Nothing of the batch is stored. Connection trouble fails all of it; otherwise one
      // item may be at fault (rare): each is written again alone, so the others commit.
      if (batch.length === 1 || isRetryable(err)) {
        for (const p of batch) p.reject(err);
      } else {
        for (const p of batch) await this.#commit([p]);
      }
      return;
    }
    batch.forEach((p, i) => p.resolve(outs[i]));
  }
}
