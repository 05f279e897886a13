/**
 * The gateway API as the browser sees it: the server's own types, taken with `import type`
 * from its zod schemas (erased from the bundle, so no zod ships to the browser and the two
 * cannot drift).
 */
import type { ChatReply as ServerChatReply } from "../../gateway/replies.ts";
import type {
  ChatPending as ServerChatPending,
  ConversationResponse,
  SessionResponse,
} from "../../gateway/schemas.ts";
import type { SocketEvent } from "../../gateway/turn_types.ts";
import type {
  AgentConversationResponse,
  AnalyticsResponse,
  TurnSummary,
} from "../../gateway/agent_schemas.ts";
import type { HandoffRecord, StoredMessage as ServerStoredMessage } from "../../shared/db/types.ts";

/** `POST /api/sessions` answer. */
export type SessionInfo = SessionResponse;
/** A customer as the session API returns it. */
export type CustomerInfo = NonNullable<SessionInfo["customer"]>;
/** The answer to a chat turn (`POST /api/chat` 200 and the socket's `reply`). */
export type ChatReply = ServerChatReply;
/** The result of one action the mesh carried out, refused or declined. */
export type ActionInfo = ChatReply["actions"][number];
/** A change that waits for the customer's yes. */
export type PendingConfirmation = NonNullable<ChatReply["pending_confirmation"]>;
/** A conversation handed to a human. */
export type HandoffInfo = NonNullable<ChatReply["handoff"]>;
/** `POST /api/chat` 202 answer: the mesh is still working. */
export type ChatPending = ServerChatPending;
/** A stored message of a conversation. */
export type StoredMessage = ServerStoredMessage;
/** Who wrote a message. */
export type Role = StoredMessage["role"];
/** `GET /api/conversations/<session_id>` answer. */
export type ConversationHistory = ConversationResponse;
/** Events the server sends on the chat socket. */
export type ServerEvent = SocketEvent;
/** A handoff as the agent API lists it. */
export type HandoffItem = HandoffRecord;

/** One finished turn of a conversation (agent view). */
export type TurnInfo = TurnSummary;
/** `GET /api/agent/conversations/<id>` answer. */
export type AgentConversation = AgentConversationResponse;
/** `GET /api/agent/analytics` answer (the agent API's summary of `History.analytics`). */
export type Analytics = AnalyticsResponse;
