/**
 * Replies whose accepting gateway is gone. A turn's reply goes to the gateway that accepted
 * it, which broadcasts it to every gateway's sockets of the conversation. When that gateway
 * died meanwhile (killed, crashed, scaled down), nobody would: so each gateway also hears
 * every turn's end (`mesh.done.<conversation>`), and for a conversation it has sockets on,
 * waits a moment for the broadcast; when none came, it reads the reply from the history and
 * gives it to its own sockets.
 */
import type { TurnDone } from "../shared/bus/types.ts";
import type { Message } from "../shared/protocol.ts";
import type { Logger } from "../shared/log.ts";
import { describeError } from "../shared/errors.ts";

/** How long a broadcast may take before the history is read instead. */
const GRACE_MS = 3_000;
/** Broadcast replies remembered (by message id), at most. */
const SEEN_KEEP = 5_000;

/** Options of `DoneWatch`. */
export interface DoneWatchOptions {
  /** This gateway's reply subject: turns it accepted are its own to broadcast. */
  replyTo: string;
  /** Whether this gateway has sockets on the conversation. */
  listening(conversationId: string): boolean;
  /** The stored final message of a turn, or null. */
  finished(messageId: string): Promise<Message | null>;
  /** Gives a turn's reply to this gateway's sockets of its conversation only. */
  deliver(msg: Message): Promise<void>;
  log: Logger;
  graceMs?: number;
}

/** Watches turns' ends for replies nobody broadcast. */
export class DoneWatch implements Disposable {
  #opts: DoneWatchOptions;
  #seen = new Set<string>();
  #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(opts: DoneWatchOptions) {
    this.#opts = opts;
  }

  /** A reply broadcast reached this gateway (from any gateway). */
  sawReply(messageId: string): void {
    this.#seen.add(messageId);
    if (this.#seen.size > SEEN_KEEP) {
      this.#seen.delete(this.#seen.values().next().value!);
    }
  }

  /** A turn ended somewhere in the mesh. */
  onDone(conversationId: string, done: TurnDone): void {
    if (done.reply_to === this.#opts.replyTo) return;
    if (!this.#opts.listening(conversationId)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (this.#seen.has(done.message_id)) return;
      this.#recover(done.message_id).catch((err) =>
        this.#opts.log.warn("Cannot hand an orphan reply to sockets", {
          message_id: done.message_id,
          error: describeError(err),
        })
      );
    }, this.#opts.graceMs ?? GRACE_MS);
    this.#timers.add(timer);
  }

  async #recover(messageId: string): Promise<void> {
    const msg = await this.#opts.finished(messageId);
    if (!msg) return;
    this.sawReply(messageId);
    await this.#opts.deliver(msg);
  }

  [Symbol.dispose](): void {
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
  }
}
