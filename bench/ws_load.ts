/**
 * Many live-chat sockets at once: every socket on its own session, each sending turns on
 * a fixed timetable (open loop), replies matched to turns by message id.
 */
import { round2, summarize, type Summary } from "./stats.ts";
import type { BenchSession, MessageMix } from "./population.ts";
import { pool } from "./population.ts";

/** What the socket test measured. */
export interface WsResult {
  sockets: number;
  /** Sockets that opened and said `ready`. */
  connected: number;
  connect_ms: Summary;
  turns_per_socket: number;
  offered_rate: number;
  sent: number;
  acked: number;
  replied: number;
  errors: number;
  error_samples: string[];
  /** Sockets closed before the test ended. */
  dropped: number;
  /** Scheduled send → `ack`. */
  ack_latency: Summary;
  /** Scheduled send → `reply`. */
  latency: Summary;
  achieved_rate: number;
  window: { start: number; end: number };
}

/** Options of the socket test. */
export interface WsOptions {
  url: string;
  sessions: BenchSession[];
  mix: MessageMix;
  turnsPerSocket: number;
  /** Turns a second over all sockets. */
  rate: number;
  /** Longest wait for the last replies. */
  drainMs: number;
}

interface Turn {
  scheduled: number;
  acked?: number;
  replied?: number;
}

/** Opens one socket per session, sends the turns and measures them. */
export async function runSockets(o: WsOptions): Promise<WsResult> {
  const wsUrl = o.url.replace(/^http/, "ws");
  const connectTimes: number[] = [];
  const errorSamples = new Set<string>();
  let errors = 0, dropped = 0, finished = false;
  const turns = new Map<string, Turn>();
  const byMessage = new Map<string, Turn>();
  const early = new Map<string, number>();
  let outstanding = 0;
  let sending = true;
  let allDone: () => void = () => {};
  const everyReply = new Promise<void>((r) => (allDone = r));

  const sockets = await pool(
    o.sessions,
    50,
    (s, idx) =>
      new Promise<WebSocket | null>((resolve) => {
        const t0 = performance.now();
        const ws = new WebSocket(`${wsUrl}/ws?token=${encodeURIComponent(s.token)}`);
        const timer = setTimeout(() => {
          errors++;
          errorSamples.add("socket did not become ready in 10 s");
          ws.close();
          resolve(null);
        }, 10_000);
        ws.onmessage = (ev) => {
          const m = JSON.parse(String(ev.data));
          const now = performance.now();
          if (m.type === "ready") {
            clearTimeout(timer);
            connectTimes.push(now - t0);
            resolve(ws);
          } else if (m.type === "ack" && m.client_id) {
            const t = turns.get(m.client_id);
            if (t && m.message_id) {
              t.acked = now;
              byMessage.set(m.message_id, t);
              const replied = early.get(m.message_id);
              if (replied !== undefined) settle(t, replied);
            }
          } else if (m.type === "reply") {
            const t = byMessage.get(m.reply?.message_id);
            if (t) settle(t, now);
            else if (m.reply?.message_id) early.set(m.reply.message_id, now);
          } else if (m.type === "ping") {
            // As the chat page does: a socket that never answers is closed as idle.
            ws.send(JSON.stringify({ type: "pong" }));
          } else if (m.type === "error") {
            errors++;
            if (errorSamples.size < 5) errorSamples.add(`${m.status} ${m.detail}`);
          }
        };
        ws.onclose = () => {
          if (!finished) dropped++;
        };
        ws.onerror = () => {
          if (errorSamples.size < 5) errorSamples.add(`socket ${idx} error`);
        };
      }),
  );

  function settle(t: Turn, at: number): void {
    if (t.replied !== undefined) return;
    t.replied = at;
    outstanding--;
    if (outstanding === 0 && !sending) allDone();
  }

  const open = sockets.map((ws, i) => ({ ws, session: o.sessions[i] }))
    .filter((x): x is { ws: WebSocket; session: BenchSession } => x.ws !== null);
  // Socket k sends at phase_k + j * period: the whole set sends `rate` turns a second.
  const period = (open.length / o.rate) * 1000;
  const schedule: { at: number; k: number; j: number }[] = [];
  open.forEach((_, k) => {
    const phase = (k / open.length) * period;
    for (let j = 0; j < o.turnsPerSocket; j++) schedule.push({ at: phase + j * period, k, j });
  });
  schedule.sort((a, b) => a.at - b.at);
  const start = performance.now() + 50;
  const startEpoch = Date.now() + 50;
  for (const item of schedule) {
    const due = start + item.at;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { ws, session } = open[item.k];
    const clientId = `b${item.k}-${item.j}`;
    const turn: Turn = { scheduled: due };
    turns.set(clientId, turn);
    outstanding++;
    try {
      ws.send(JSON.stringify({
        type: "message",
        text: o.mix.next(session.persona).text,
        client_id: clientId,
      }));
    } catch (err) {
      errors++;
      outstanding--;
      if (errorSamples.size < 5) errorSamples.add(String(err));
    }
  }
  sending = false;
  if (outstanding === 0) allDone();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([everyReply, new Promise((r) => (timer = setTimeout(r, o.drainMs)))]);
  clearTimeout(timer);
  const endEpoch = Date.now();
  finished = true;
  for (const { ws } of open) ws.close();

  const all = [...turns.values()];
  const replied = all.filter((t) => t.replied !== undefined);
  const lastReply = Math.max(start, ...replied.map((t) => t.replied!));
  return {
    sockets: o.sessions.length,
    connected: open.length,
    connect_ms: summarize(connectTimes),
    turns_per_socket: o.turnsPerSocket,
    offered_rate: o.rate,
    sent: all.length,
    acked: all.filter((t) => t.acked !== undefined).length,
    replied: replied.length,
    errors,
    error_samples: [...errorSamples],
    dropped,
    ack_latency: summarize(all.filter((t) => t.acked).map((t) => t.acked! - t.scheduled)),
    latency: summarize(replied.map((t) => t.replied! - t.scheduled)),
    achieved_rate: round2(replied.length / Math.max(0.001, (lastReply - start) / 1000)),
    window: { start: startEpoch, end: endEpoch },
  };
}
