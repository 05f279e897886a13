/**
 * A fake gateway for page tests that must not depend on the mesh: the documented API
 * (sessions, chat, history, socket, agent API, analytics) over an in-memory store, with
 * a few scripted answers, served together with the real `pageRoutes` and a strict CSP.
 */
import { Hono } from "hono";
import type { Context } from "hono";
import { upgradeWebSocket } from "hono/deno";
import { pageRoutes } from "../../routes/pages.tsx";
import { ensureIslands } from "../../scripts/build_islands.ts";
import { loadConfig } from "../../shared/config.ts";
import { silentLogger } from "../../shared/log.ts";
import {
  ANALYTICS,
  answer,
  CAST,
  type Conv,
  type Handoff,
  type Msg,
  problem,
  STEPS,
} from "./fake_gateway_script.ts";

/** Options of `startFakeGateway`. */
export interface FakeGatewayOptions {
  agentToken?: string;
  /** Delay between progress events in ms. */
  stepMs?: number;
}

/** A running fake gateway. */
export interface FakeGateway extends AsyncDisposable {
  url: string;
  /** Conversations by session id (tests inspect them). */
  conversations: Map<string, Conv>;
}

/** Starts the fake gateway on a free port. */
export function startFakeGateway(opts: FakeGatewayOptions = {}): FakeGateway {
  const agentToken = opts.agentToken ?? "test-agent";
  const stepMs = opts.stepMs ?? 120;
  const bySession = new Map<string, Conv>();
  const byToken = new Map<string, Conv>();
  const byId = new Map<string, Conv>();
  const handoffs: Handoff[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  function add(
    conv: Conv,
    m: Omit<Msg, "seq" | "created_at" | "meta"> & { meta?: Record<string, unknown> },
  ): Msg {
    const msg: Msg = {
      ...m,
      seq: conv.messages.length + 1,
      created_at: new Date().toISOString(),
      meta: m.meta ?? {},
    };
    conv.messages.push(msg);
    return msg;
  }
  function push(conv: Conv, ev: unknown) {
    for (const ws of conv.sockets) ws.send(JSON.stringify(ev));
  }

  /** A customer message while a person has the conversation: stored and broadcast. */
  function toHuman(conv: Conv, text: string): Msg {
    const m = add(conv, { role: "customer", text, message_id: null });
    push(conv, { type: "customer_message", seq: m.seq, text, created_at: m.created_at });
    return m;
  }

  /** Runs a turn; resolves with the reply object once "the mesh" is done. */
  function turn(
    conv: Conv,
    text: string,
    clientId: string | null,
  ): { messageId: string; done: Promise<unknown> } {
    if (clientId && conv.clientIds.has(clientId)) {
      const messageId = conv.clientIds.get(clientId)!;
      const reply = conv.messages.find((m) => m.role === "assistant" && m.message_id === messageId);
      return { messageId, done: Promise.resolve(reply?.meta.reply ?? null) };
    }
    const messageId = crypto.randomUUID();
    if (clientId) conv.clientIds.set(clientId, messageId);
    add(conv, {
      role: "customer",
      text,
      message_id: messageId,
      meta: clientId ? { client_id: clientId } : {},
    });
    const done = new Promise((resolve) => {
      STEPS.forEach((actor, i) =>
        later(
          stepMs * (i + 1),
          () =>
            push(conv, { type: "progress", message_id: messageId, actor, label: "", ms: stepMs }),
        )
      );
      later(stepMs * (STEPS.length + 1), () => {
        if (conv.mode === "human") return resolve(null);
        const a = answer(text, conv);
        conv.pending = a.pending;
        const handoff = a.handoff
          ? {
            id: `H-${handoffs.length + 1}`,
            priority: "urgent",
            reason: "Customer asks for a manager about a lost parcel",
          }
          : null;
        const reply = {
          message_id: messageId,
          reply: a.reply,
          intent: a.intent,
          sentiment: a.handoff
            ? { label: "negative", score: -0.8, urgency: "high" }
            : { label: "neutral", score: 0, urgency: "low" },
          actions: a.actions,
          pending_confirmation: a.pending
            ? {
              id: "P-1",
              summary: "Cancel order ORD-1003",
              expires_at: new Date(Date.now() + 900_000).toISOString(),
              action: "cancel_order",
            }
            : null,
          handoff,
        };
        const stored = add(conv, {
          role: "assistant",
          text: a.reply,
          message_id: messageId,
          meta: { reply },
        });
        push(conv, { type: "reply", seq: stored.seq, reply, created_at: stored.created_at });
        if (handoff) {
          handoffs.push({
            ...handoff,
            conversation_id: conv.id,
            session_id: conv.session_id,
            customer: conv.email,
            summary: `${
              conv.name ?? "A guest"
            } reports ORD-3001 lost in transit (no scan for 9 days) and asks for a manager.`,
            sentiment: "negative",
            urgency: "high",
            intent: "delivery_problem",
            draft_reply:
              "I'm very sorry your package is lost. I've opened a claim with the carrier and can send a replacement today.",
            status: "queued",
            assigned_to: null,
            created_at: new Date().toISOString(),
          });
          const sys = add(conv, {
            role: "system",
            text: "Handed to a support specialist",
            message_id: messageId,
          });
          push(conv, { type: "handoff", seq: sys.seq, handoff });
        }
        resolve(reply);
      });
    });
    return { messageId, done };
  }

  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    c.header(
      "content-security-policy",
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *",
    );
  });
  const auth = (c: Context): Conv | null =>
    byToken.get((c.req.header("authorization") ?? "").replace(/^Bearer /, "")) ?? null;
  const agentOk = (c: Context) => c.req.header("authorization") === `Bearer ${agentToken}`;

  app.post("/api/sessions", async (c) => {
    const { email } = await c.req.json();
    if (typeof email !== "string" || !email.includes("@")) {
      return problem(c, 400, "Cannot start a session: email is not valid");
    }
    const customer = CAST[email] ?? null;
    const conv: Conv = {
      id: `conv-${crypto.randomUUID().slice(0, 8)}`,
      session_id: `sess-${crypto.randomUUID().slice(0, 8)}`,
      email,
      name: customer?.name ?? null,
      mode: "ai",
      status: "open",
      messages: [],
      pending: false,
      sockets: new Set(),
      clientIds: new Map(),
    };
    const token = `tok-${crypto.randomUUID()}`;
    bySession.set(conv.session_id, conv);
    byToken.set(token, conv);
    byId.set(conv.id, conv);
    return c.json({
      session_id: conv.session_id,
      token,
      conversation_id: conv.id,
      customer: customer ? { ...customer, email } : null,
      expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    }, 201);
  });
  app.post("/api/chat", async (c) => {
    const conv = auth(c);
    if (!conv) {
      return problem(c, 401, "Cannot authenticate: the session token is invalid or expired");
    }
    const { message, client_id } = await c.req.json();
    if (conv.mode === "human") {
      const m = toHuman(conv, message);
      return c.json({
        message_id: `human-${conv.id}-${m.seq}`,
        reply: "Thanks — a member of our support team has this conversation.",
        intent: null,
        sentiment: null,
        actions: [],
        pending_confirmation: null,
        handoff: null,
        trace: { outcome: "human" },
      });
    }
    const t = turn(conv, message, client_id ?? null);
    const reply = await t.done;
    return reply
      ? c.json(reply)
      : c.json({ message_id: t.messageId, status: "pending", detail: "An agent will answer" }, 202);
  });
  app.get("/api/conversations/:sid", (c) => {
    const conv = auth(c);
    if (!conv || conv.session_id !== c.req.param("sid")) {
      return problem(c, 401, "Cannot authenticate");
    }
    return c.json({
      session_id: conv.session_id,
      conversation_id: conv.id,
      mode: conv.mode,
      messages: conv.messages,
    });
  });
  app.get(
    "/ws",
    upgradeWebSocket((c) => {
      const conv = byToken.get(c.req.query("token") ?? "");
      const lastSeen = Number(c.req.query("last_seen") ?? 0);
      return {
        onOpen(_e, ws) {
          if (!conv) return ws.close(4401, "unauthorized");
          conv.sockets.add(ws);
          ws.send(JSON.stringify({ type: "ready", conversation_id: conv.id, mode: conv.mode }));
          ws.send(
            JSON.stringify({
              type: "history",
              messages: conv.messages.filter((m) => m.seq > lastSeen),
            }),
          );
        },
        onMessage(e, ws) {
          if (!conv) return;
          const data = JSON.parse(String(e.data));
          if (data.type === "ping") return ws.send(JSON.stringify({ type: "pong" }));
          if (data.type !== "message") return;
          if (conv.mode === "human") {
            toHuman(conv, data.text);
            ws.send(JSON.stringify({ type: "ack", client_id: data.client_id, message_id: null }));
            return;
          }
          const t = turn(conv, data.text, data.client_id ?? null);
          ws.send(
            JSON.stringify({ type: "ack", client_id: data.client_id, message_id: t.messageId }),
          );
        },
        onClose(_e, ws) {
          conv?.sockets.delete(ws);
        },
      };
    }),
  );

  app.use("/api/agent/*", async (c, next) => {
    if (!agentOk(c)) return problem(c, 401, "Cannot authenticate: the agent token is wrong");
    await next();
  });
  app.get("/api/agent/handoffs", (c) => {
    const s = c.req.query("status") ?? "queued";
    return c.json({ handoffs: handoffs.filter((h) => s === "all" || h.status === s) });
  });
  app.get("/api/agent/conversations/:id", (c) => {
    const conv = byId.get(c.req.param("id"));
    if (!conv) return problem(c, 404, "Cannot find the conversation");
    return c.json({
      conversation: {
        id: conv.id,
        session_id: conv.session_id,
        customer: conv.email,
        status: conv.status,
        mode: conv.mode,
      },
      messages: conv.messages,
      turns: conv.messages.filter((m) => m.role === "assistant").map((m) => ({
        message_id: m.message_id,
        intent: (m.meta.reply as { intent?: string })?.intent ?? null,
        sentiment: "neutral",
        urgency: "low",
        outcome: "replied",
        total_ms: 840,
        created_at: m.created_at,
      })),
    });
  });
  app.post("/api/agent/handoffs/:id/claim", async (c) => {
    const h = handoffs.find((x) => x.id === c.req.param("id"));
    if (!h) return problem(c, 404, "Cannot find the handoff");
    const { agent } = await c.req.json();
    h.status = "claimed";
    h.assigned_to = agent;
    const conv = byId.get(h.conversation_id)!;
    conv.mode = "human";
    push(conv, { type: "mode", mode: "human", agent });
    return c.json({ ok: true });
  });
  app.post("/api/agent/conversations/:id/messages", async (c) => {
    const conv = byId.get(c.req.param("id"));
    if (!conv) return problem(c, 404, "Cannot find the conversation");
    const { text, agent } = await c.req.json();
    const m = add(conv, { role: "agent", text, message_id: null, meta: { agent } });
    push(conv, { type: "agent_message", seq: m.seq, text, agent, created_at: m.created_at });
    return c.json({ seq: m.seq }, 201);
  });
  app.post("/api/agent/conversations/:id/handback", (c) => {
    const conv = byId.get(c.req.param("id"));
    if (!conv) return problem(c, 404, "Cannot find the conversation");
    conv.mode = "ai";
    push(conv, { type: "mode", mode: "ai", agent: null });
    return c.json({ ok: true });
  });
  app.post("/api/agent/conversations/:id/close", (c) => {
    const conv = byId.get(c.req.param("id"));
    if (!conv) return problem(c, 404, "Cannot find the conversation");
    conv.status = "closed";
    for (const h of handoffs) if (h.conversation_id === conv.id) h.status = "closed";
    return c.json({ ok: true });
  });
  app.get("/api/agent/analytics", (c) => c.json(ANALYTICS));
  app.get(
    "/openapi.json",
    (c) =>
      c.json({ openapi: "3.1.0", info: { title: "Support Mesh (fake)", version: "0" }, paths: {} }),
  );
  app.route(
    "/",
    pageRoutes({
      config: loadConfig({}),
      log: silentLogger,
      islands: (outDir) => ensureIslands({ outDir }),
    }),
  );

  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, app.fetch);
  const url = `http://127.0.0.1:${(server.addr as Deno.NetAddr).port}`;
  return {
    url,
    conversations: bySession,
    [Symbol.asyncDispose]: async () => {
      for (const t of timers) clearTimeout(t);
      for (const conv of bySession.values()) for (const ws of conv.sockets) ws.close();
      await server.shutdown();
    },
  };
}

if (import.meta.main) {
  const g = startFakeGateway({ stepMs: Number(Deno.args[0] ?? 300) });
  Deno.stdout.writeSync(new TextEncoder().encode(`${g.url}\n`));
}
