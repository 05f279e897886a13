/**
 * A live-chat client for load and fault tests: speaks the gateway's WebSocket protocol,
 * reconnects with `last_seen` when the socket drops, and resolves each turn when its
 * reply (or a replayed history message with its id) arrives.
 */

/** What the socket tells about a turn's reply. */
export interface WsReply {
  messageId: string;
  text: string;
  handoff: boolean;
}

/** An error frame (or a refused connection) while a frame waited for its ack. */
export class WsRefused extends Error {
  override name = "WsRefused";
  readonly status: number;
  constructor(status: number, detail: string) {
    super(detail);
    this.status = status;
  }
}

interface StoredMessage {
  seq: number;
  role: string;
  text: string;
  message_id: string | null;
  meta: Record<string, unknown>;
}

/** One shopper's socket. */
export class WsChat implements AsyncDisposable {
  #url: string;
  #ws: WebSocket | null = null;
  #lastSeen = 0;
  #closed = false;
  #replies = new Map<string, WsReply>();
  #replyWaiters = new Map<string, (r: WsReply) => void>();
  #ack: { resolve(id: string | null): void; reject(e: Error): void } | null = null;
  #dropped: (() => void) | null = null;
  /** Times the socket was opened again after a drop. */
  reconnects = 0;
  /** Replies that came again for a turn already answered on this socket. */
  repeats = 0;
  /** Frames received, by type. */
  readonly frames: Record<string, number> = {};

  constructor(baseUrl: string, token: string) {
    this.#url = `${baseUrl.replace(/^http/, "ws")}/ws?token=${encodeURIComponent(token)}`;
  }

  /** Opens the socket (with `last_seen` after the first time) and waits for `ready`. */
  async connect(deadlineMs = 60_000): Promise<void> {
    const until = Date.now() + deadlineMs;
    while (!this.#closed) {
      try {
        // After a drop, `last_seen` replays whatever came since (all of it from 0).
        await this.#open(this.reconnects > 0);
        return;
      } catch (err) {
        if (err instanceof WsRefused && err.status >= 400 && err.status < 500) throw err;
        if (Date.now() > until) throw err;
        await sleep(250);
      }
    }
  }

  #open(withLastSeen: boolean): Promise<void> {
    const url = withLastSeen ? `${this.#url}&last_seen=${this.#lastSeen}` : this.#url;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      let ready = false;
      const timer = setTimeout(() => {
        if (!ready) {
          ws.close();
          reject(new Error("Cannot open the socket: no ready frame within 15 s"));
        }
      }, 15_000);
      ws.onmessage = (ev) => {
        if (typeof ev.data !== "string") return;
        const frame = JSON.parse(ev.data);
        this.frames[frame.type] = (this.frames[frame.type] ?? 0) + 1;
        if (frame.type === "ready" && !ready) {
          ready = true;
          clearTimeout(timer);
          this.#ws = ws;
          resolve();
          return;
        }
        this.#onFrame(ws, frame);
      };
      ws.onerror = () => {};
      ws.onclose = (ev) => {
        clearTimeout(timer);
        if (!ready) {
          // A refused upgrade shows as a close without ready; the code says little.
          reject(new WsRefused(ev.code === 1006 ? 0 : ev.code, ev.reason || "socket refused"));
          return;
        }
        if (this.#ws === ws) this.#ws = null;
        this.#ack?.reject(new Error("socket dropped before the ack"));
        this.#ack = null;
        this.#dropped?.();
      };
    });
  }

  // deno-lint-ignore no-explicit-any
  #onFrame(ws: WebSocket, frame: any): void {
    switch (frame.type) {
      case "ping":
        ws.send(JSON.stringify({ type: "pong" }));
        break;
      case "ack":
        this.#ack?.resolve(frame.message_id ?? null);
        this.#ack = null;
        break;
      case "error":
        this.#ack?.reject(new WsRefused(frame.status, frame.detail));
        this.#ack = null;
        break;
      case "reply":
        this.#seen(frame.seq);
        this.#gotReply({
          messageId: frame.reply.message_id,
          text: frame.reply.reply,
          handoff: frame.reply.handoff !== null,
        });
        break;
      case "history":
        for (const m of frame.messages as StoredMessage[]) {
          this.#seen(m.seq);
          if (m.role === "assistant" && m.message_id) {
            this.#gotReply({
              messageId: m.message_id,
              text: m.text,
              handoff: Boolean(m.meta?.handoff_id) || m.meta?.outcome === "failed",
            });
          }
        }
        break;
      default:
        if (typeof frame.seq === "number") this.#seen(frame.seq);
    }
  }

  #seen(seq: unknown): void {
    if (typeof seq === "number" && seq > this.#lastSeen) this.#lastSeen = seq;
  }

  #gotReply(r: WsReply): void {
    if (this.#replies.has(r.messageId)) this.repeats++;
    else this.#replies.set(r.messageId, r);
    this.#replyWaiters.get(r.messageId)?.(r);
  }

  /**
   * Sends a message and waits for its ack; reconnects and sends again (same client id)
   * when the socket drops first. Returns the message id (null: a human has the chat).
   */
  async send(text: string, clientId: string, deadlineMs = 60_000): Promise<string | null> {
    const until = Date.now() + deadlineMs;
    while (true) {
      if (!this.#ws) await this.#reconnect(until);
      try {
        return await new Promise<string | null>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("no ack within 30 s")), 30_000);
          this.#ack = {
            resolve: (id) => (clearTimeout(timer), resolve(id)),
            reject: (e) => (clearTimeout(timer), reject(e)),
          };
          this.#ws!.send(JSON.stringify({ type: "message", text, client_id: clientId }));
        });
      } catch (err) {
        if (err instanceof WsRefused || Date.now() > until) throw err;
      }
    }
  }

  /** Waits for the reply to `messageId`, reconnecting (and so replaying) on drops. */
  async reply(messageId: string, deadlineMs: number): Promise<WsReply | null> {
    const until = Date.now() + deadlineMs;
    while (Date.now() < until && !this.#closed) {
      const known = this.#replies.get(messageId);
      if (known) return known;
      if (!this.#ws) {
        await this.#reconnect(until).catch(() => {});
        continue;
      }
      const got = await new Promise<WsReply | null>((resolve) => {
        const timer = setTimeout(() => done(null), Math.max(0, until - Date.now()));
        const done = (r: WsReply | null) => {
          clearTimeout(timer);
          this.#replyWaiters.delete(messageId);
          this.#dropped = null;
          resolve(r);
        };
        this.#replyWaiters.set(messageId, done);
        this.#dropped = () => done(null);
      });
      if (got) return got;
    }
    return this.#replies.get(messageId) ?? null;
  }

  async #reconnect(until: number): Promise<void> {
    this.reconnects++;
    await this.connect(Math.max(1000, until - Date.now()));
  }

  /** Closes the socket for good. */
  close(): Promise<void> {
    this.#closed = true;
    const ws = this.#ws;
    this.#ws = null;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      ws.addEventListener("close", () => (clearTimeout(timer), resolve()));
      ws.close();
    });
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
