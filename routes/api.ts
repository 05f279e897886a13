/**
 * The shopper API: sessions, chat turns and history, described by OpenAPI generated from
 * the zod schemas.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { GatewayServices } from "./services.ts";
import { pendingOf, requireSession } from "./services.ts";
import { HttpProblem } from "./problem.ts";
import { ChatReply, fallbackReply, toChatReply } from "./replies.ts";
import { CustomerView } from "../shared/protocol.ts";
import { StoredMessage } from "../shared/db/types.ts";
import { verifyCustomerToken } from "./auth.ts";
import { enforceRate } from "./limits.ts";
import type { TurnSession } from "./turns.ts";
import type { SessionRecord } from "../shared/store/types.ts";
import { describeError } from "../shared/errors.ts";
import { newId } from "../shared/ids.ts";

/** Body of `POST /api/sessions`. */
export const SessionRequest = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    customer_token: z.string().max(4096).optional(),
  })
  .strict()
  .meta({ id: "SessionRequest" });

/** Answer of `POST /api/sessions`. */
export const SessionResponse = z
  .object({
    session_id: z.string(),
    token: z.string(),
    conversation_id: z.string(),
    customer: CustomerView.nullable(),
    expires_at: z.string(),
  })
  .meta({ id: "Session" });

/** Body of `POST /api/chat`. */
export const ChatRequest = z
  .object({
    message: z.string(),
    client_id: z.string().min(1).max(128).optional(),
  })
  .strict()
  .meta({ id: "ChatRequest" });

/** Answer of `POST /api/chat` when the mesh is slower than the gateway waits. */
export const ChatPending = z
  .object({ message_id: z.string(), status: z.literal("pending"), detail: z.string() })
  .meta({ id: "ChatPending" });

/** Answer of `GET /api/conversations/{session_id}`. */
export const ConversationResponse = z
  .object({
    session_id: z.string(),
    conversation_id: z.string(),
    mode: z.enum(["ai", "human"]),
    messages: z.array(StoredMessage),
  })
  .meta({ id: "Conversation" });

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    instance: z.string().optional(),
  })
  .meta({ id: "Problem" });

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});
const bearerAuth = [{ bearerAuth: [] }];

/** Strips control characters (but newlines and tabs) and surrounding space. */
export function cleanText(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

/** Checks a customer message against the limits; returns it cleaned. */
export function checkMessage(text: unknown, maxChars: number): string {
  if (typeof text !== "string") {
    throw new HttpProblem(422, "Cannot accept the message: `message` must be a string");
  }
  const clean = cleanText(text.normalize("NFC"));
  if (!clean) throw new HttpProblem(422, "Cannot accept the message: it is empty");
  if ([...clean].length > maxChars) {
    throw new HttpProblem(
      422,
      `Cannot accept the message: it is longer than ${maxChars} characters`,
    );
  }
  return clean;
}

/** Builds the turn's view of a session, with its pending confirmation. */
export async function turnSession(
  s: GatewayServices,
  session: SessionRecord,
): Promise<TurnSession> {
  const pending = await pendingOf(s, session).catch((err) => {
    s.log.warn("Cannot read the pending action", { error: describeError(err) });
    return null;
  });
  return {
    session_id: session.session_id,
    conversation_id: session.conversation_id,
    customer_id: session.customer_id,
    email: session.email,
    last_order_id: session.last_order_id,
    last_intent: session.last_intent,
    turn: session.turn,
    pending_action: pending,
    open_handoff: session.open_handoff,
  };
}

/** The reply while a human agent has the conversation. */
export const HUMAN_MODE_REPLY =
  "Thanks — a member of our support team has this conversation and will answer you here.";

/** What accepting a turn did. */
export type Accepted =
  | { kind: "mesh"; message_id: string; fresh: boolean }
  | { kind: "human"; body: ChatReply };

/** Accepts one customer message: to the mesh, or to the human agent who has the chat. */
export async function acceptTurn(
  s: GatewayServices,
  session: SessionRecord,
  input: { text: string; channel: "http" | "ws"; clientId: string | null },
): Promise<Accepted> {
  const limited = enforceRate({
    store: s.store,
    key: `session:${session.session_id}`,
    limit: s.config.RATE_LIMIT_SESSION,
    scope: "per-session",
    metrics: s.metrics,
    log: s.log,
  });
  if (session.mode === "human") {
    await limited;
    const stored = s.history.appendMessage({
      conversationId: session.conversation_id,
      role: "customer",
      text: input.text,
      dedupeKey: input.clientId ? `${session.session_id}:${input.clientId}` : null,
    });
    s.turns.broadcast(session.conversation_id, {
      type: "customer_message",
      seq: stored.seq,
      text: input.text,
      created_at: stored.created_at,
    });
    return {
      kind: "human",
      body: {
        message_id: `human-${session.conversation_id}-${stored.seq}`,
        reply: HUMAN_MODE_REPLY,
        intent: null,
        sentiment: null,
        actions: [],
        pending_confirmation: null,
        handoff: null,
        trace: { outcome: "human", total_ms: null, actors: [] },
      },
    };
  }
  // The pending change is read while the hit is counted (both wait on the session store).
  const [, turn] = await Promise.all([limited, turnSession(s, session)]);
  if (s.turns.inFlight >= s.config.MAX_TURNS_IN_FLIGHT) {
    // Past capacity, queues would only grow: say so at once instead of answering late.
    s.metrics.rateLimited.inc({ scope: "capacity" });
    throw new HttpProblem(
      503,
      "Cannot take the message right now: we are answering a lot of customers at once; please try again in a few seconds",
      { headers: { "retry-after": "2" } },
    );
  }
  const { message, duplicate } = await s.turns.submit(turn, input);
  if (!duplicate) s.metrics.accepted.inc();
  return { kind: "mesh", message_id: message.id, fresh: !duplicate };
}

/** Runs one HTTP chat turn: accept, wait, answer (200) or point to later (202). */
export async function chatTurn(
  s: GatewayServices,
  session: SessionRecord,
  input: { text: string; channel: "http" | "ws"; clientId: string | null },
): Promise<{ status: 200; body: ChatReply } | { status: 202; body: z.infer<typeof ChatPending> }> {
  const accepted = await acceptTurn(s, session, input);
  if (accepted.kind === "human") return { status: 200, body: accepted.body };
  const done = await s.turns.wait(accepted.message_id, s.config.TURN_TIMEOUT_MS, {
    fresh: accepted.fresh,
  });
  if (!done) {
    return {
      status: 202,
      body: {
        message_id: accepted.message_id,
        status: "pending",
        detail:
          "Still working on it: the reply will appear in the conversation (GET /api/conversations/{session_id}) and on the live socket",
      },
    };
  }
  return { status: 200, body: done.failed ? fallbackReply(done.msg) : toChatReply(done.msg) };
}

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
        429: problemResponse("Rate limited"),
      },
    }),
    async (c) => {
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
        mode: "ai",
        open_handoff: null,
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
      const conv = s.history.conversation(session.conversation_id);
      return c.json(
        {
          session_id,
          conversation_id: session.conversation_id,
          mode: conv?.mode ?? session.mode,
          messages: s.history.listMessages(session.conversation_id, after),
        },
        200,
      );
    },
  );
  return app;
}
