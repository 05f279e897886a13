/**
 * The chat's WebSocket: connects with `last_seen`, answers heartbeats, notices a dead
 * connection, and reconnects with capped exponential backoff and jitter.
 */
import type { ServerEvent } from "../shared/api_types.ts";

/** Connection state shown by the page's indicator. */
export type LinkState = "connecting" | "online" | "offline";

/** Options of `LiveSocket`. */
export interface LiveSocketOptions {
  /** The socket URL for a connection that has seen up to `lastSeen`. */
  url: (lastSeen: number) => string;
  /** The highest seq the page holds. */
  lastSeen: () => number;
  onEvent: (ev: ServerEvent) => void;
  onState: (state: LinkState) => void;
  /** Called after several failed attempts in a row (the page checks the session). */
  onTrouble?: (failures: number) => void;
  /** Heartbeat interval in ms (default 20 s); silence for 2.5× this means a dead link. */
  heartbeatMs?: number;
}

const MAX_BACKOFF_MS = 15_000;

/** A self-healing WebSocket for one chat session. */
export class LiveSocket {
  #opts: LiveSocketOptions;
  #ws: WebSocket | null = null;
  #failures = 0;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #beat: ReturnType<typeof setInterval> | null = null;
  #lastHeard = 0;
  #closed = false;
  #holdUntil = 0;
  #onOnline = () => this.reconnectNow();

  constructor(opts: LiveSocketOptions) {
    this.#opts = opts;
  }

  /** Whether messages can be sent now. */
  get open(): boolean {
    return this.#ws?.readyState === WebSocket.OPEN;
  }

  /** Opens the connection and keeps it open until `close()`. */
  start(): void {
    this.#closed = false;
    globalThis.addEventListener?.("online", this.#onOnline);
    this.#connect();
  }

  /** Sends an event; false when the socket is not open. */
  send(data: Record<string, unknown>): boolean {
    if (!this.open) return false;
    try {
      this.#ws!.send(JSON.stringify(data));
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the current connection and reconnects after `holdMs` (tests, network change). */
  drop(holdMs = 0): void {
    this.#holdUntil = Date.now() + holdMs;
    this.#abandon(4000, "dropped by the page");
  }

  /** Reconnects at once if not connected (e.g. the browser came back online). */
  reconnectNow(): void {
    if (this.#closed || this.open || this.#ws?.readyState === WebSocket.CONNECTING) return;
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    this.#connect();
  }

  /** Stops for good. */
  close(): void {
    this.#closed = true;
    globalThis.removeEventListener?.("online", this.#onOnline);
    if (this.#retry) clearTimeout(this.#retry);
    if (this.#beat) clearInterval(this.#beat);
    this.#retry = null;
    this.#beat = null;
    this.#ws?.close(1000, "closed by the page");
    this.#ws = null;
  }

  #connect(): void {
    if (this.#closed) return;
    const wait = this.#holdUntil - Date.now();
    if (wait > 0) {
      this.#schedule(wait);
      return;
    }
    this.#opts.onState("connecting");
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.#opts.url(this.#opts.lastSeen()));
    } catch {
      this.#failed();
      return;
    }
    this.#ws = ws;
    ws.onopen = () => {
      this.#lastHeard = Date.now();
      this.#startHeartbeat();
    };
    ws.onmessage = (ev) => {
      this.#lastHeard = Date.now();
      let data: ServerEvent;
      try {
        data = JSON.parse(String(ev.data));
      } catch {
        return;
      }
      if (data.type === "ping") {
        this.send({ type: "pong" });
        return;
      }
      if (data.type === "ready") {
        this.#failures = 0;
        this.#opts.onState("online");
      }
      this.#opts.onEvent(data);
    };
    ws.onclose = () => {
      if (this.#ws !== ws) return;
      this.#ws = null;
      if (this.#beat) clearInterval(this.#beat);
      this.#beat = null;
      if (!this.#closed) this.#failed();
    };
    ws.onerror = () => {
      // onclose follows and schedules the retry.
    };
  }

  /** Gives up the current socket now, without waiting for a closing handshake. */
  #abandon(code: number, reason: string): void {
    const ws = this.#ws;
    if (!ws) return;
    this.#ws = null;
    ws.onopen =
      ws.onmessage =
      ws.onclose =
      ws.onerror =
        null;
    try {
      ws.close(code, reason);
    } catch {
      // already closed
    }
    if (this.#beat) clearInterval(this.#beat);
    this.#beat = null;
    if (!this.#closed) this.#failed();
  }

  #failed(): void {
    this.#opts.onState("offline");
    this.#failures += 1;
    if (this.#failures >= 3) this.#opts.onTrouble?.(this.#failures);
    const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (this.#failures - 1));
    const jitter = base * (0.75 + Math.random() * 0.5);
    this.#schedule(Math.max(jitter, this.#holdUntil - Date.now()));
  }

  #schedule(ms: number): void {
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = setTimeout(() => {
      this.#retry = null;
      this.#connect();
    }, ms);
  }

  #startHeartbeat(): void {
    const every = this.#opts.heartbeatMs ?? 20_000;
    if (this.#beat) clearInterval(this.#beat);
    this.#beat = setInterval(() => {
      if (Date.now() - this.#lastHeard > every * 2.5) {
        // No frame for too long: the link is dead even if the browser has not noticed.
        this.#abandon(4001, "heartbeat timeout");
        return;
      }
      this.send({ type: "ping" });
    }, every);
  }
}
