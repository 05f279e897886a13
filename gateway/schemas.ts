/**
 * The shopper API's request and answer bodies as zod schemas: the routes validate with them
 * and generate the OpenAPI document from them; the browser takes their types (`import type`,
 * so no zod in its bundle).
 */
import { z } from "zod";
import { CustomerView } from "../shared/protocol.ts";
import { StoredMessage } from "../shared/db/types.ts";

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

/** `POST /api/sessions` answer. */
export type SessionResponse = z.infer<typeof SessionResponse>;
/** `POST /api/chat` 202 answer. */
export type ChatPending = z.infer<typeof ChatPending>;
/** `GET /api/conversations/{session_id}` answer. */
export type ConversationResponse = z.infer<typeof ConversationResponse>;
