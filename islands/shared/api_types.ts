/**
 * The gateway API as the browser sees it: plain types (no zod in the bundle) that mirror
 * the documented request and response bodies.
 */

/** A customer as the session API returns it. */
export interface CustomerInfo {
  id: string;
  name: string;
  email: string;
  tier: string;
}

/** `POST /api/sessions` answer. */
export interface SessionInfo {
  session_id: string;
  token: string;
  conversation_id: string;
  customer: CustomerInfo | null;
  expires_at: string;
}

/** The result of one action the mesh carried out or refused. */
export interface ActionInfo {
  type: string;
  order_id: string | null;
  status: string;
  detail: string;
  data?: Record<string, unknown>;
}

/** A change that waits for the customer's yes. */
export interface PendingConfirmation {
  id: string;
  summary: string;
  expires_at: string;
  action: string;
}

/** A conversation handed to a human. */
export interface HandoffInfo {
  id: string;
  priority: string;
  reason: string;
}

/** The answer to a chat turn (`POST /api/chat` 200 and the socket's `reply`). */
export interface ChatReply {
  message_id: string;
  reply: string;
  intent: string | null;
  sentiment: { label: string; score: number; urgency: string } | null;
  actions: ActionInfo[];
  pending_confirmation: PendingConfirmation | null;
  handoff: HandoffInfo | null;
  /** How the turn went; `outcome: "human"` when a person has the conversation. */
  trace?: { outcome?: string | null } | null;
}

/** `POST /api/chat` 202 answer: the mesh is still working. */
export interface ChatPending {
  message_id: string;
  status: "pending";
  detail: string;
}

/** Who wrote a message. */
export type Role = "customer" | "assistant" | "agent" | "system";

/** A stored message of a conversation. */
export interface StoredMessage {
  seq: number;
  role: Role;
  text: string;
  message_id: string | null;
  created_at: string;
  meta?: Record<string, unknown> | null;
}

/** `GET /api/conversations/<session_id>` answer. */
export interface ConversationHistory {
  session_id: string;
  conversation_id: string;
  mode: "ai" | "human";
  messages: StoredMessage[];
}

/** Events the server sends on the chat socket. */
export type ServerEvent =
  | { type: "ready"; conversation_id: string; mode: "ai" | "human" }
  | { type: "history"; messages: StoredMessage[] }
  | { type: "ack"; client_id: string; message_id: string | null }
  | { type: "customer_message"; seq: number; text: string; created_at: string }
  | { type: "progress"; message_id: string; actor: string; label: string; ms: number }
  | { type: "reply"; seq: number | null; reply: ChatReply; created_at: string }
  | { type: "handoff"; seq: number | null; handoff: HandoffInfo }
  | { type: "agent_message"; seq: number | null; text: string; agent: string; created_at: string }
  | { type: "mode"; mode: "ai" | "human"; agent: string | null }
  | { type: "error"; status: number; detail: string }
  | { type: "ping" }
  | { type: "pong" };

/** A handoff as the agent API lists it. */
export interface HandoffItem {
  id: string;
  conversation_id: string;
  session_id: string | null;
  customer: string | null;
  priority: string;
  reason: string;
  summary: string;
  sentiment: string | null;
  urgency: string | null;
  intent: string | null;
  draft_reply: string | null;
  status: string;
  assigned_to: string | null;
  created_at: string;
}

/** One finished turn of a conversation (agent view). */
export interface TurnInfo {
  message_id: string;
  intent: string | null;
  sentiment: string | null;
  urgency: string | null;
  outcome: string | null;
  total_ms: number | null;
  created_at: string;
}

/** `GET /api/agent/conversations/<id>` answer. */
export interface AgentConversation {
  conversation: {
    id: string;
    session_id: string | null;
    customer: string | null;
    status: string;
    mode: "ai" | "human";
  };
  messages: StoredMessage[];
  turns: TurnInfo[];
}

/** `GET /api/agent/analytics` answer. */
export interface Analytics {
  turns_total: number;
  turns_by_intent: { intent: string; count: number }[];
  /** Share (0…1) of conversations resolved without a human; null when there were none. */
  resolved_without_human: number | null;
  resolution?: { conversations: number; without_human: number; share: number | null };
  handoffs: number;
  sentiment_over_time: { bucket: string; positive: number; neutral: number; negative: number }[];
  latency_per_actor: { actor: string; avg_ms: number; p95_ms: number; count: number }[];
}
