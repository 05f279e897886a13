/**
 * Replies of turns this process just recorded, kept for the one read that follows: the
 * gateway asks for a reply's sequence number as it sends the reply to sockets, right after
 * the aggregator in the same process stored it. Answering from here saves a lookup by
 * dedupe key (an indexed read, or a round trip to PostgreSQL) a turn. Each entry is read
 * once; at most `limit` are kept (the oldest go first), and anything not here is looked up.
 */
import type { StoredMessage } from "./types.ts";

/** Replies recorded in this process, by message id, each answered once. */
export class RecentReplies {
  #byId = new Map<string, StoredMessage>();
  #limit: number;

  /** Keeps at most `limit` replies (default 1,024). */
  constructor(limit = 1_024) {
    this.#limit = Math.max(1, limit);
  }

  /** Remembers the reply a record of turn `messageId` stored (null stores nothing). */
  remember(messageId: string, reply: StoredMessage | null): void {
    if (!reply) return;
    this.#byId.set(messageId, reply);
    if (this.#byId.size > this.#limit) {
      this.#byId.delete(this.#byId.keys().next().value!);
    }
  }

  /** The reply remembered for `messageId`, forgotten as it is read; undefined if none. */
  take(messageId: string): StoredMessage | undefined {
    const reply = this.#byId.get(messageId);
    if (reply) this.#byId.delete(messageId);
    return reply;
  }

  /** Forgets every reply (the database was purged or closed). */
  clear(): void {
    this.#byId.clear();
  }
}
