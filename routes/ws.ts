/**
 * The live chat socket: `GET /ws?token=…&last_seen=…`. The client sends messages; the
 * server pushes progress, replies, handoffs and agent messages, keeps the line alive with
 * ping/pong, and on reconnect replays from history whatever came after `last_seen`.
 */
import { Hono } from "hono";
import { upgradeWebSocket } from "hono/deno";
import type { WSContext } from "hono/ws";
import { z } from "zod";
import type { GatewayServices } from "./services.ts";
import { sessionFromToken } from "./services.ts";
import { HttpProblem } from "./problem.ts";
import { acceptTurn, checkMessage } from "../gateway/accept.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import { describeError, RetryableError } from "../shared/errors.ts";
import { enforceRate } from "./limits.ts";
import { clientAddress } from "./limits.ts";

/** What a client may send on the socket. */
export const ClientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    text: z.string(),
    client_id: z.string().min(1).max(128).optional(),
  }),
  z.object({ type: z.literal("ping") }),
  z.object({ type: z.literal("pong") }),
]);

/** Heartbeat settings. */
export interface HeartbeatOptions {
  /** Server ping interval. Default 20 s. */
  pingMs?: number;
  /** Close a socket silent for this long. Default 60 s. */
  idleMs?: number;
}

function send(ws: WSContext, data: unknown): void {
  try {
    if (ws.readyState === 1) ws.send(JSON.stringify(data));
  } catch {
    // the socket closed under us; the close handler cleans up
  }
}

/** What the upgrade check hands the socket. */
interface SocketVariables {
  session: SessionRecord;
  lastSeen: number | null;
  mode: SessionRecord["mode"];
}

/** The WebSocket route. */
export function wsRoutes(
  s: GatewayServices,
  hb: HeartbeatOptions = {},
): Hono<{ Variables: SocketVariables }> {
  const app = new Hono<{ Variables: SocketVariables }>();
  app.get(
    "/ws",
    async (c, next) => {
      if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
        throw new HttpProblem(426, "Cannot open the live chat: use a WebSocket upgrade request", {
          headers: { upgrade: "websocket" },
        });
      }
      await enforceRate({
        store: s.addresses,
        key: `ip:${clientAddress(c)}`,
        limit: s.config.RATE_LIMIT_IP,
        scope: "per-address",
        metrics: s.metrics,
        log: s.log,
      });
      const session = await sessionFromToken(s, c.req.query("token") ?? null);
      const raw = c.req.query("last_seen");
      // Digits only: Number() would also take "", "0x10" and "1e99".
      const lastSeen = raw === undefined ? null : /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
      if (lastSeen !== null && (!Number.isInteger(lastSeen) || lastSeen < 0)) {
        throw new HttpProblem(400, "Cannot open the live chat: last_seen must be a whole number");
      }
      const conv = await s.history.conversation(session.conversation_id);
      c.set("session", session);
      c.set("lastSeen", lastSeen);
      c.set("mode", conv?.mode ?? session.mode);
      await next();
    },
    upgradeWebSocket((c) => {
      const session = c.get("session");
      const lastSeen = c.get("lastSeen");
      const mode = c.get("mode");
      let stopListening: (() => void) | null = null;
      let pinger: ReturnType<typeof setInterval> | null = null;
      let lastHeard = Date.now();
      const log = s.log.child({ conversation_id: session.conversation_id, socket: true });
      let opened = false;
      let closed = false;
      const cleanup = () => {
        if (closed) return;
        closed = true;
        stopListening?.();
        stopListening = null;
        if (pinger) clearInterval(pinger);
        pinger = null;
        if (opened) s.metrics.sockets.dec();
      };
      return {
        onOpen(_ev, ws) {
          opened = true;
          s.metrics.sockets.inc();
          send(ws, { type: "ready", conversation_id: session.conversation_id, mode });
          // Live events wait while the history (read after listening starts) is on its way:
          // none is missed, and none overtakes the history.
          let held: unknown[] | null = lastSeen === null ? null : [];
          stopListening = s.turns.listen(
            session.conversation_id,
            (ev) => held ? held.push(ev) : send(ws, ev),
          );
          if (lastSeen !== null) {
            s.history.listMessages(session.conversation_id, lastSeen).then(
              (messages) => send(ws, { type: "history", messages }),
              (err) => log.warn("Cannot replay the history", { error: describeError(err) }),
            ).finally(() => {
              const waiting = held ?? [];
              held = null;
              for (const ev of waiting) send(ws, ev);
            });
          }
          pinger = setInterval(() => {
            if (Date.now() - lastHeard > (hb.idleMs ?? 60_000)) {
              ws.close(1001, "idle");
              return;
            }
            send(ws, { type: "ping" });
          }, hb.pingMs ?? 20_000);
        },
        async onMessage(ev, ws) {
          lastHeard = Date.now();
          const data = typeof ev.data === "string" ? ev.data : null;
          if (data === null) {
            send(ws, {
              type: "error",
              status: 415,
              detail: "Cannot read the frame: send JSON text",
            });
            return;
          }
          if (data.length > s.config.MAX_FRAME_BYTES) {
            send(ws, {
              type: "error",
              status: 413,
              detail: `Cannot read the frame: it is larger than ${s.config.MAX_FRAME_BYTES} bytes`,
            });
            return;
          }
          let frame: z.infer<typeof ClientFrame>;
          try {
            const parsed = ClientFrame.safeParse(JSON.parse(data));
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              throw new HttpProblem(
                400,
                `Cannot read the frame: ${issue.path.join(".") || "frame"}: ${issue.message}`,
              );
            }
            frame = parsed.data;
          } catch (err) {
            const detail = err instanceof HttpProblem
              ? err.message
              : "Cannot read the frame: it is not valid JSON";
            send(ws, { type: "error", status: 400, detail });
            return;
          }
          if (frame.type === "ping") return send(ws, { type: "pong" });
          if (frame.type === "pong") return;
          try {
            const text = checkMessage(frame.text, s.config.MAX_MESSAGE_CHARS);
            // Re-read the session: an agent may have taken the conversation over, or it has
            // ended (expired) while the socket stayed open.
            const current = await s.store.getSession(session.session_id);
            if (!current) {
              send(ws, {
                type: "error",
                status: 401,
                detail: "Cannot accept the message: the session has ended; start a new one",
              });
              ws.close(4401, "session ended");
              return;
            }
            const accepted = await acceptTurn(s, current, {
              text,
              channel: "ws",
              clientId: frame.client_id ?? null,
            });
            if (accepted.kind !== "mesh") {
              // Answered here (a guest signing in) or by a person: the reply, if any, is out
              // already; its id lets the client pair the two.
              const answered = accepted.kind === "direct" ? accepted.body.message_id : null;
              send(ws, { type: "ack", client_id: frame.client_id ?? null, message_id: answered });
            } else {
              send(ws, {
                type: "ack",
                client_id: frame.client_id ?? null,
                message_id: accepted.message_id,
              });
            }
          } catch (err) {
            if (err instanceof HttpProblem) {
              send(ws, { type: "error", status: err.status, detail: err.message });
            } else if (err instanceof RetryableError) {
              // A dependency (the session store, the bus) is down for now: like HTTP, a 503.
              log.warn("Cannot accept a socket message right now", { error: describeError(err) });
              send(ws, {
                type: "error",
                status: 503,
                detail:
                  `Cannot accept the message right now: ${err.message}; please try again shortly`,
              });
            } else {
              log.error("Cannot handle a socket message", { error: describeError(err) });
              send(ws, {
                type: "error",
                status: 500,
                detail: "Cannot handle the message: an internal error occurred",
              });
            }
          }
        },
        onClose: cleanup,
        onError: cleanup,
      };
    }),
  );
  return app;
}
