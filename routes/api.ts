/**
 * The shopper API: sessions, chat turns and history, described by OpenAPI generated from
 * the zod schemas.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ChatPending,
  ChatRequest,
  ConversationResponse,
  ProblemSchema,
  SessionRequest,
  SessionResponse,
} from "../gateway/schemas.ts";
import { chatTurn, checkMessage } from "../gateway/accept.ts";

import type { GatewayServices } from "./services.ts";
import { requireSession } from "./services.ts";
import { HttpProblem } from "./problem.ts";
import { ChatReply } from "../gateway/replies.ts";
import { verifyCustomerToken } from "../gateway/auth.ts";
import { clientAddress } from "./limits.ts";
import { limitSessionsFrom, limitSessionsOf } from "../gateway/session_limits.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import { newId } from "../shared/ids.ts";

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});
const bearerAuth = [{ bearerAuth: [] }];

/** The shopper API routes. */
export function apiRoutes(s: GatewayServices): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join(".") || "body";
        throw new HttpProblem(400, `Cannot read the request: ${where}: ${issue?.message}`);
      }
    },
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
  });

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/sessions",
      summary: "Start a chat session",
      description:
        "Demo mode: by email (an unknown email is a guest, who can ask but not act on orders). Production mode: with a customer token signed by the shop.",
      request: {
        body: { content: { "application/json": { schema: SessionRequest } }, required: true },
      },
      responses: {
        201: {
          description: "Session started",
          content: { "application/json": { schema: SessionResponse } },
        },
        400: problemResponse("Malformed request"),
        401: problemResponse("Customer token invalid"),
        429: problemResponse(
          "Rate limited: too many new sessions from this address or for this email; retry after Retry-After",
        ),
      },
    }),
    async (c) => {
      await limitSessionsFrom(s, clientAddress(c));
      const body = c.req.valid("json");
      let email: string | null = null;
      let customerId: string | null = null;
      if (s.config.AUTH_MODE === "production") {
        if (!body.customer_token || !s.config.CUSTOMER_TOKEN_SECRET) {
          throw new HttpProblem(
            401,
            "Cannot start a session: a customer token signed by the shop is required",
          );
        }
        const claims = await verifyCustomerToken(
          body.customer_token,
          s.config.CUSTOMER_TOKEN_SECRET,
        );
        email = claims.email?.toLowerCase() ?? null;
        customerId = claims.customer_id ?? null;
      } else {
        if (!body.email) throw new HttpProblem(400, "Cannot start a session: `email` is required");
        email = body.email;
      }
      await limitSessionsOf(s, customerId ? `id:${customerId}` : `email:${email}`);
      const customer = customerId
        ? await s.storeApi.getCustomer(customerId)
        : email
        ? await s.storeApi.getCustomerByEmail(email)
        : null;
      const now = new Date();
      const exp = s.tokens.expiry();
      const session: SessionRecord = {
        session_id: crypto.randomUUID(),
        customer_id: customer?.id ?? null,
        email: customer?.email ?? email,
        conversation_id: newId(),
        created_at: now.toISOString(),
        expires_at: new Date(exp * 1000).toISOString(),
        last_order_id: null,
        last_intent: null,
        turn: 0,
        last_message_id: null,
        mode: "ai",
        open_handoff: null,
        dialogue: { focus: null, mentioned: [], unanswered: [] },
      };
      await s.store.putSession(session);
      const token = await s.tokens.issue(session.session_id, exp);
      return c.json(
        {
          session_id: session.session_id,
          token,
          conversation_id: session.conversation_id,
          customer: customer
            ? {
              id: customer.id,
              email: customer.email,
              name: customer.name,
              tier: customer.tier,
              since: customer.since,
              lifetime_value: customer.lifetime_value,
            }
            : null,
          expires_at: session.expires_at,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/chat",
      summary: "Send a chat turn and get the reply",
      security: bearerAuth,
      request: {
        body: { content: { "application/json": { schema: ChatRequest } }, required: true },
      },
      responses: {
        200: { description: "The reply", content: { "application/json": { schema: ChatReply } } },
        202: {
          description: "Accepted; the reply comes later",
          content: { "application/json": { schema: ChatPending } },
        },
        400: problemResponse("Malformed request"),
        401: problemResponse("No or invalid session token"),
        413: problemResponse("Body too large"),
        422: problemResponse("Empty or too long message"),
        429: problemResponse("Rate limited"),
        503: problemResponse(
          "Too busy right now, or a dependency is down: retry after Retry-After",
        ),
      },
    }),
    async (c) => {
      const session = await requireSession(s, c, { withPending: true });
      const body = c.req.valid("json");
      const text = checkMessage(body.message, s.config.MAX_MESSAGE_CHARS);
      const result = await chatTurn(s, session, {
        text,
        channel: "http",
        clientId: body.client_id ?? null,
      });
      return result.status === 200 ? c.json(result.body, 200) : c.json(result.body, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/conversations/{session_id}",
      summary: "The conversation of a session",
      security: bearerAuth,
      request: {
        params: z.object({ session_id: z.string().max(100) }),
        query: z.object({ after: z.coerce.number().int().min(0).optional() }),
      },
      responses: {
        200: {
          description: "The conversation",
          content: { "application/json": { schema: ConversationResponse } },
        },
        401: problemResponse("No or invalid session token"),
        403: problemResponse("Not your session"),
      },
    }),
    async (c) => {
      const session = await requireSession(s, c);
      const { session_id } = c.req.valid("param");
      if (session_id !== session.session_id) {
        throw new HttpProblem(403, "Cannot show this conversation: it belongs to another session");
      }
      const after = c.req.valid("query").after ?? 0;
      const [conv, messages] = await Promise.all([
        s.history.conversation(session.conversation_id),
        s.history.listMessages(session.conversation_id, after),
      ]);
      return c.json(
        {
          session_id,
          conversation_id: session.conversation_id,
          mode: conv?.mode ?? session.mode,
          messages,
        },
        200,
      );
    },
  );
  return app;
}
