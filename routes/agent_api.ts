/**
 * The human agents' API (`/api/agent/…`, Bearer AGENT_TOKEN): the handoff queue, a
 * conversation's transcript and turns, writing to the customer live, taking over,
 * handing back to the AI, closing, and analytics.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import type { GatewayServices } from "./services.ts";
import { HttpProblem } from "./problem.ts";
import { bearer, sameSecret } from "../gateway/auth.ts";
import { cleanText } from "../gateway/accept.ts";
import { DemoMail, demoMail } from "../gateway/signin.ts";
import { HandoffRecord, HandoffStatus } from "../shared/db/types.ts";
import { ProblemSchema } from "../gateway/schemas.ts";
import {
  AgentConversationResponse,
  AnalyticsResponse,
  analyticsResponse,
  turnSummary,
} from "../gateway/agent_schemas.ts";

const security = [{ agentAuth: [] }];
const problems = {
  401: {
    description: "No or wrong agent token",
    content: { "application/problem+json": { schema: ProblemSchema } },
  },
  404: {
    description: "Unknown id",
    content: { "application/problem+json": { schema: ProblemSchema } },
  },
};
const AgentName = z.string().trim().min(1).max(80).default("Support agent");

/** Refuses requests without the agent token. */
export function requireAgent(s: GatewayServices): MiddlewareHandler {
  return async (c, next) => {
    const token = bearer(c.req.header("authorization"));
    if (!token || !sameSecret(token, s.agentToken)) {
      throw new HttpProblem(401, "Cannot open the agent API: the agent token is missing or wrong", {
        headers: { "www-authenticate": 'Bearer realm="support-mesh-agents"' },
      });
    }
    await next();
  };
}

/** Sets who answers a conversation, in history and in its session. */
async function setMode(
  s: GatewayServices,
  conversationId: string,
  mode: "ai" | "human",
  agent: string | null,
): Promise<void> {
  const conv = await s.history.conversation(conversationId);
  if (!conv) throw new HttpProblem(404, `Cannot find conversation ${conversationId}`);
  await s.history.updateConversation(conversationId, {
    mode,
    status: mode === "human" ? "handoff" : "open",
  });
  if (conv.session_id) {
    // Compare-and-set: a turn moving the session on meanwhile neither loses nor undoes it.
    // Back with the AI, the handoff is over: a later handoff opens a new one.
    await s.store.updateSession(conv.session_id, (session) => ({
      ...session,
      mode,
      ...(mode === "ai" ? { open_handoff: null } : {}),
    }));
  }
  s.turns.broadcast(conversationId, { type: "mode", mode, agent });
}

/**
 * One handoff per conversation, the first in queue order (most urgent, then oldest): a
 * conversation's later turns join its open handoff, and older records made before that
 * rule must not show as duplicate cards either.
 */
export function oneCardPerConversation<T extends { conversation_id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((h) => !seen.has(h.conversation_id) && seen.add(h.conversation_id));
}

/** The agent API routes. */
export function agentRoutes(s: GatewayServices): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new HttpProblem(
          400,
          `Cannot read the request: ${issue?.path.join(".") || "body"}: ${issue?.message}`,
        );
      }
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "agentAuth", {
    type: "http",
    scheme: "bearer",
    description: "AGENT_TOKEN",
  });
  app.use("/api/agent/*", requireAgent(s));

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agent/handoffs",
      summary: "The handoff queue, by priority then age: one card per conversation",
      security,
      request: {
        query: z.object({
          status: z.enum(["queued", "claimed", "closed", "returned", "withdrawn", "all"])
            .optional(),
        }),
      },
      responses: {
        200: {
          description: "Handoffs",
          content: {
            "application/json": { schema: z.object({ handoffs: z.array(HandoffRecord) }) },
          },
        },
        ...problems,
      },
    }),
    async (c) => {
      const status = c.req.valid("query").status ?? "queued";
      const handoffs = status === "all"
        ? await s.history.listHandoffs({})
        : await s.history.listHandoffs({ status: status as z.infer<typeof HandoffStatus> });
      // The queue shows one card per conversation; "all" is the full record.
      return c.json(
        { handoffs: status === "all" ? handoffs : oneCardPerConversation(handoffs) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agent/conversations/{id}/sign-in-code",
      summary: "Demo mode: the one-time sign-in code a guest of this conversation was sent",
      description:
        "The demo has no mail: the code that would have been mailed to the customer is shown to the operator here. 404 in production mode or when no code is live.",
      security,
      request: { params: z.object({ id: z.string().max(100) }) },
      responses: {
        200: { description: "The code", content: { "application/json": { schema: DemoMail } } },
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const mail = await demoMail(s, id);
      if (!mail) throw new HttpProblem(404, `Cannot find a sign-in code for conversation ${id}`);
      return c.json(mail, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agent/conversations/{id}",
      summary: "A conversation: transcript and turns",
      security,
      request: { params: z.object({ id: z.string().max(100) }) },
      responses: {
        200: {
          description: "The conversation",
          content: {
            "application/json": {
              schema: AgentConversationResponse,
            },
          },
        },
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const conversation = await s.history.conversation(id);
      if (!conversation) throw new HttpProblem(404, `Cannot find conversation ${id}`);
      const messages = await s.history.listMessages(id);
      const stored = await Promise.all(
        messages
          .filter((m) => m.role === "assistant" && m.message_id)
          .map((m) => s.history.getTurn(m.message_id!)),
      );
      const turns = stored.filter((t) => t !== null).map(turnSummary);
      return c.json({ conversation, messages, turns }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/agent/handoffs/{id}/claim",
      summary: "Take a handed-off conversation over",
      security,
      request: {
        params: z.object({ id: z.string().max(200) }),
        body: { content: { "application/json": { schema: z.object({ agent: AgentName }) } } },
      },
      responses: {
        200: { description: "Claimed", content: { "application/json": { schema: HandoffRecord } } },
        409: {
          description: "Already claimed",
          content: { "application/problem+json": { schema: ProblemSchema } },
        },
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { agent } = c.req.valid("json");
      const h = await s.history.updateHandoff(id, {
        status: "claimed",
        assigned_to: agent,
        ifStatus: "queued",
      });
      if (!h) {
        const existing = await s.history.getHandoff(id);
        if (!existing) throw new HttpProblem(404, `Cannot find handoff ${id}`);
        if (existing.assigned_to !== agent) {
          throw new HttpProblem(
            409,
            `Cannot claim handoff ${id}: it is ${existing.status}${
              existing.assigned_to ? ` by ${existing.assigned_to}` : ""
            }`,
          );
        }
        return c.json(existing, 200);
      }
      await setMode(s, h.conversation_id, "human", agent);
      return c.json(h, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/agent/conversations/{id}/messages",
      summary: "Write to the customer (delivered live)",
      security,
      request: {
        params: z.object({ id: z.string().max(100) }),
        body: {
          content: {
            "application/json": {
              schema: z.object({
                text: z.string().min(1).max(4000),
                agent: AgentName,
                client_id: z.string().max(128).optional(),
              }),
            },
          },
        },
      },
      responses: {
        201: {
          description: "Sent",
          content: { "application/json": { schema: z.object({ seq: z.number() }) } },
        },
        ...problems,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      if (!(await s.history.conversation(id))) {
        throw new HttpProblem(404, `Cannot find conversation ${id}`);
      }
      const text = cleanText(body.text);
      if (!text) throw new HttpProblem(422, "Cannot send the message: it is empty");
      const stored = await s.history.appendMessage({
        conversationId: id,
        role: "agent",
        text,
        dedupeKey: body.client_id ? `agent:${body.client_id}` : null,
        meta: { agent: body.agent },
      });
      s.turns.broadcast(id, {
        type: "agent_message",
        seq: stored.seq,
        text,
        agent: body.agent,
        created_at: stored.created_at,
      });
      return c.json({ seq: stored.seq }, 201);
    },
  );

  for (const action of ["handback", "close"] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/api/agent/conversations/{id}/${action}`,
        summary: action === "handback"
          ? "Hand the conversation back to the AI"
          : "Close the conversation",
        security,
        request: { params: z.object({ id: z.string().max(100) }) },
        responses: {
          200: {
            description: "Done",
            content: { "application/json": { schema: z.object({ ok: z.boolean() }) } },
          },
          ...problems,
        },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        await setMode(s, id, "ai", null);
        const all = await s.history.listHandoffs({});
        for (const h of all.filter((h) => h.conversation_id === id)) {
          if (h.status === "queued" || h.status === "claimed") {
            await s.history.updateHandoff(h.id, {
              status: action === "close" ? "closed" : "returned",
            });
          }
        }
        if (action === "close") await s.history.updateConversation(id, { status: "closed" });
        return c.json({ ok: true }, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/agent/analytics",
      summary: "Turns by intent, resolution without a human, handoffs, sentiment, latency",
      security,
      request: { query: z.object({ since: z.string().datetime({ offset: true }).optional() }) },
      responses: {
        200: {
          description: "Analytics",
          content: { "application/json": { schema: AnalyticsResponse } },
        },
        ...problems,
      },
    }),
    async (c) => {
      const since = c.req.valid("query").since;
      const a = await s.history.analytics(since ? { since } : {});
      return c.json(analyticsResponse(a), 200);
    },
  );
  return app;
}
