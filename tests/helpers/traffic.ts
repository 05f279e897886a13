/**
 * A small load driver for fault tests: concurrent shoppers (over HTTP and WebSocket)
 * send scripted turns like people do — one at a time, each after the last reply — retry
 * what a client would retry (network errors, 503s, 429s, with the same client id), and
 * then count what happened: accepted turns, turns answered (a reply or a handoff in the
 * conversation's history), handoffs, statuses, latencies.
 */
import { type Persona, type ScriptTurn, seeded } from "./personas.ts";
import { WsChat, WsRefused } from "./ws_chat.ts";
import type {
  DrivenShopper,
  HistoryMessage,
  Settlement,
  TrafficOptions,
  TurnRecord,
} from "./traffic_types.ts";

export type { DrivenShopper, HistoryMessage, Settlement, TrafficOptions, TurnRecord };

/** The driver. */
export class Traffic {
  readonly shoppers: DrivenShopper[] = [];
  readonly turns: TurnRecord[] = [];
  /** Session creations that failed for good (status list). */
  readonly sessionFailures: number[] = [];
  /** Times a shopper whose session had ended (401) signed in again, as the page does. */
  signIns = 0;
  #opts: Required<TrafficOptions>;
  #rng: () => number;

  constructor(opts: TrafficOptions) {
    this.#opts = {
      wsShare: 0.25,
      replyDeadlineMs: 90_000,
      thinkMs: [50, 400],
      readHistory: null,
      ...opts,
    };
    this.#rng = seeded(opts.seed);
  }

  get url(): string {
    return this.#opts.url;
  }

  /** Signs the personas in (retrying 5xx and network errors), a share of them on sockets. */
  async open(personas: Persona[]): Promise<DrivenShopper[]> {
    const added = await Promise.all(personas.map(async (persona, i) => {
      const index = this.shoppers.length + i;
      const body = await this.#createSession(persona.email);
      if (!body) return null;
      const ws = this.#rng() < this.#opts.wsShare;
      const shopper: DrivenShopper = {
        index,
        persona,
        sessionId: body.session_id,
        conversationId: body.conversation_id,
        token: body.token,
        channel: ws ? "ws" : "http",
        ws: ws ? new WsChat(this.#opts.url, body.token) : null,
        sent: 0,
      };
      if (shopper.ws) await shopper.ws.connect();
      return shopper;
    }));
    const ok = added.filter((s): s is DrivenShopper => s !== null);
    this.shoppers.push(...ok);
    return ok;
  }

  async #createSession(
    email: string,
  ): Promise<{ session_id: string; conversation_id: string; token: string } | null> {
    for (let attempt = 0; attempt < 40; attempt++) {
      const res = await fetch(`${this.#opts.url}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email }),
        signal: AbortSignal.timeout(30_000),
      }).catch(() => null);
      if (res?.status === 201) return await res.json();
      await res?.body?.cancel();
      if (res && res.status < 500 && res.status !== 429) {
        this.sessionFailures.push(res.status);
        return null;
      }
      await sleep(250 + attempt * 100);
    }
    this.sessionFailures.push(0);
    return null;
  }

  /**
   * Runs each shopper's turns concurrently. `next(shopper, n)` gives the shopper's n-th
   * turn, or null when the shopper is done.
   */
  async run(
    shoppers: DrivenShopper[],
    next: (s: DrivenShopper, n: number, rng: () => number) => ScriptTurn | null,
  ): Promise<void> {
    await Promise.all(shoppers.map(async (s) => {
      const rng = seeded(this.#opts.seed * 1_000 + s.index);
      for (let n = 0;; n++) {
        const turn = next(s, n, rng);
        if (!turn) break;
        await this.turn(s, turn);
        const [lo, hi] = this.#opts.thinkMs;
        await sleep(lo + rng() * (hi - lo));
      }
    }));
  }

  /** Runs a fixed script per shopper. */
  runScripts(
    shoppers: DrivenShopper[],
    script: (s: DrivenShopper, rng: () => number) => ScriptTurn[],
  ): Promise<void> {
    const scripts = new Map<number, ScriptTurn[]>();
    return this.run(shoppers, (s, n, rng) => {
      if (!scripts.has(s.index)) scripts.set(s.index, script(s, rng));
      return scripts.get(s.index)![n] ?? null;
    });
  }

  /** Sends one turn and waits for its reply. */
  async turn(s: DrivenShopper, t: ScriptTurn): Promise<TurnRecord> {
    const rec: TurnRecord = {
      shopper: s.index,
      conversationId: s.conversationId,
      kind: t.kind,
      channel: s.channel,
      clientId: `${s.index}-${++s.sent}`,
      messageId: null,
      statuses: [],
      answer: "none",
      reply: null,
      handoff: false,
      latencyMs: null,
      polled: false,
    };
    this.turns.push(rec);
    const t0 = performance.now();
    if (s.ws) await this.#wsTurn(s, s.ws, t.text, rec);
    else await this.#httpTurn(s, t.text, rec);
    if (rec.answer === "refused" && rec.statuses.at(-1) === 401 && await this.#signIn(s)) {
      // The session is gone (e.g. the session store lost it): sign in and send it again.
      rec.conversationId = s.conversationId;
      if (s.ws) await this.#wsTurn(s, s.ws, t.text, rec);
      else await this.#httpTurn(s, t.text, rec);
    }
    if (rec.reply !== null) rec.latencyMs = performance.now() - t0;
    return rec;
  }

  async #signIn(s: DrivenShopper): Promise<boolean> {
    const body = await this.#createSession(s.persona.email);
    if (!body) return false;
    this.signIns++;
    s.sessionId = body.session_id;
    s.conversationId = body.conversation_id;
    s.token = body.token;
    if (s.ws) {
      await s.ws.close();
      s.ws = new WsChat(this.#opts.url, body.token);
      await s.ws.connect();
    }
    return true;
  }

  async #httpTurn(s: DrivenShopper, text: string, rec: TurnRecord): Promise<void> {
    const until = Date.now() + this.#opts.replyDeadlineMs;
    while (Date.now() < until) {
      const res = await fetch(`${this.#opts.url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ message: text, client_id: rec.clientId }),
        signal: AbortSignal.timeout(60_000),
      }).catch(() => null);
      rec.statuses.push(res?.status ?? 0);
      if (res?.status === 200) {
        const body = await res.json();
        rec.messageId = body.message_id;
        rec.answer = "reply";
        rec.reply = body.reply;
        rec.handoff = body.handoff !== null;
        return;
      }
      if (res?.status === 202) {
        const body = await res.json();
        rec.messageId = body.message_id;
        rec.answer = "pending";
        const m = await this.#pollReply(s, body.message_id, until);
        if (m) {
          rec.reply = m.text;
          rec.handoff = isHandoff(m);
        }
        return;
      }
      const retryAfter = Number(res?.headers.get("retry-after") ?? "1");
      await res?.body?.cancel();
      if (res && res.status < 500 && res.status !== 429) {
        rec.answer = "refused";
        return;
      }
      // 429, 5xx or no answer: a client tries again later with the same client id.
      await sleep(Math.min(5_000, Math.max(200, retryAfter * 1000 * (0.5 + Math.random()))));
    }
  }

  async #wsTurn(s: DrivenShopper, ws: WsChat, text: string, rec: TurnRecord): Promise<void> {
    const until = Date.now() + this.#opts.replyDeadlineMs;
    let id: string | null = null;
    while (Date.now() < until) {
      try {
        id = await ws.send(text, rec.clientId, until - Date.now());
        rec.statuses.push(200);
        break;
      } catch (err) {
        const status = err instanceof WsRefused ? err.status : 0;
        rec.statuses.push(status);
        if (status >= 400 && status < 500 && status !== 429) {
          rec.answer = "refused";
          return;
        }
        await sleep(status === 429 ? 2_000 : 500);
      }
    }
    if (!id) return;
    rec.messageId = id;
    rec.answer = "ws";
    const r = await ws.reply(id, Math.max(1_000, until - Date.now()));
    if (r) {
      rec.reply = r.text;
      rec.handoff = r.handoff;
      return;
    }
    // The socket never brought it: look in the history, as the page would on reload.
    rec.polled = true;
    const m = await this.#pollReply(s, id, Date.now() + 5_000);
    if (m) {
      rec.reply = m.text;
      rec.handoff = isHandoff(m);
    }
  }

  async #pollReply(s: DrivenShopper, id: string, until: number): Promise<HistoryMessage | null> {
    while (Date.now() < until) {
      const found = (await this.history(s))?.find((m) =>
        m.role === "assistant" && m.message_id === id
      );
      if (found) return found;
      await sleep(300);
    }
    return null;
  }

  /** A shopper's conversation (null when the gateway does not answer it now). */
  async history(s: DrivenShopper): Promise<HistoryMessage[] | null> {
    const res = await fetch(`${this.#opts.url}/api/conversations/${s.sessionId}`, {
      headers: { authorization: `Bearer ${s.token}` },
      signal: AbortSignal.timeout(15_000),
    }).catch(() => null);
    if (res?.status !== 200) {
      await res?.body?.cancel();
      return null;
    }
    return (await res.json()).messages;
  }

  /**
   * Reads every shopper's history until each accepted turn has its reply or `deadlineMs`
   * passes; counts answered turns and handoffs from what is stored.
   */
  async settle(deadlineMs = 60_000): Promise<Settlement> {
    const until = Date.now() + deadlineMs;
    const accepted = this.turns.filter((t) => t.messageId !== null);
    const answered = new Map<string, HistoryMessage>();
    const read = this.#opts.readHistory;
    /** The stored replies of each turn, by their place in the conversation. */
    const replies = new Map<string, Set<number>>();
    const note = (m: HistoryMessage) => {
      if (m.role !== "assistant" || !m.message_id) return;
      answered.set(m.message_id, m);
      const seqs = replies.get(m.message_id) ?? new Set();
      replies.set(m.message_id, seqs.add(m.seq));
    };
    while (true) {
      const open = accepted.filter((t) => !answered.has(t.messageId!));
      if (read) {
        for (const conversationId of new Set(open.map((t) => t.conversationId))) {
          for (const m of await read(conversationId)) note(m);
        }
      } else {
        const shoppers = new Set(open.map((t) => t.shopper));
        for (const s of this.shoppers.filter((x) => shoppers.has(x.index))) {
          for (const m of (await this.history(s)) ?? []) note(m);
        }
      }
      if (accepted.every((t) => answered.has(t.messageId!)) || Date.now() > until) break;
      await sleep(500);
    }
    const ids = [...new Set(accepted.map((t) => t.messageId!))];
    return {
      accepted: ids.length,
      answered: ids.filter((id) => answered.has(id)).length,
      handoffs: ids.filter((id) => answered.has(id) && isHandoff(answered.get(id)!)).length,
      unanswered: ids.filter((id) => !answered.has(id)),
      mismatched: accepted.filter((t) =>
        t.reply !== null && answered.has(t.messageId!) &&
        answered.get(t.messageId!)!.text !== t.reply
      ).map((t) => t.messageId!),
      answeredTwice: ids.filter((id) => (replies.get(id)?.size ?? 0) > 1),
    };
  }

  /** Statuses seen, counted. */
  statusCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of this.turns) for (const s of t.statuses) out[s] = (out[s] ?? 0) + 1;
    return out;
  }

  /** Latency percentiles of the turns whose reply the shopper saw. */
  latency(): { p50: number | null; p95: number | null; max: number | null } {
    const xs = this.turns.map((t) => t.latencyMs).filter((x): x is number => x !== null)
      .sort((a, b) => a - b);
    const q = (p: number) =>
      xs.length ? Math.round(xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]) : null;
    return { p50: q(0.5), p95: q(0.95), max: xs.length ? Math.round(xs.at(-1)!) : null };
  }

  /** Closes the sockets. */
  async close(): Promise<void> {
    await Promise.all(this.shoppers.map((s) => s.ws?.close()));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** Whether a stored reply handed the conversation to a person. */
export function isHandoff(m: HistoryMessage): boolean {
  return Boolean(m.meta?.handoff_id) || m.meta?.outcome === "failed";
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
