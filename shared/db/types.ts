/**
 * The records the history database hands out, as zod schemas (the gateway reuses them for
 * its responses and OpenAPI).
 */
import { z } from "zod";
import { Message, Priority } from "../protocol.ts";

/** Where a conversation stands. */
export const ConversationStatus = z.enum(["open", "handoff", "closed"]);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/** Who answers a conversation now. */
export const ConversationMode = z.enum(["ai", "human"]);
export type ConversationMode = z.infer<typeof ConversationMode>;

/** One conversation. */
export const ConversationRecord = z.object({
  id: z.string(),
  session_id: z.string().nullable(),
  customer: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  status: ConversationStatus,
  mode: ConversationMode,
  /** Sequence number of the last message. */
  last_seq: z.number().int(),
});
export type ConversationRecord = z.infer<typeof ConversationRecord>;

/** Who wrote a message. */
export const MessageRole = z.enum(["customer", "assistant", "agent", "system"]);
export type MessageRole = z.infer<typeof MessageRole>;

/** One message of a conversation; `seq` increases by one per message in a conversation. */
export const StoredMessage = z.object({
  conversation_id: z.string(),
  seq: z.number().int().min(1),
  role: MessageRole,
  text: z.string(),
  /** The turn (mesh message id) it belongs to, if any. */
  message_id: z.string().nullable(),
  created_at: z.string(),
  meta: z.record(z.string(), z.unknown()),
});
export type StoredMessage = z.infer<typeof StoredMessage>;

/** State of an accepted customer turn. */
export const InboxState = z.enum(["accepted", "answered", "failed"]);
export type InboxState = z.infer<typeof InboxState>;

/** A customer turn as the gateway accepted it. */
export interface InboxEntry {
  message_id: string;
  conversation_id: string;
  session_id: string | null;
  client_id: string | null;
  text: string;
  received_at: string;
  state: InboxState;
  /** 1 when accepted; raised each time recovery sends it into the mesh again. */
  attempts: number;
  /** The envelope as it first entered the mesh. */
  envelope: Message;
}

/** What `acceptInbound` did. */
export interface AcceptResult {
  /** False when the turn was already accepted (same message id, or same client id). */
  created: boolean;
  /** The accepted turn's id: the existing one for a client retry. */
  message_id: string;
  state: InboxState;
  /** Sequence number of the customer's message in the conversation. */
  seq: number | null;
}

/** What `recordTurn` did. */
export interface RecordResult {
  /** False when the turn was already recorded (a redelivery): nothing was written. */
  created: boolean;
  /** The assistant's reply as stored (also for a redelivery), or null if there was none. */
  reply: StoredMessage | null;
}

/** Where a handoff stands in the agents' queue. */
export const HandoffStatus = z.enum(["queued", "claimed", "closed", "returned"]);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

/** A handoff as the agent console sees it. */
export const HandoffRecord = z.object({
  id: z.string(),
  conversation_id: z.string(),
  message_id: z.string(),
  session_id: z.string().nullable(),
  customer: z.string().nullable(),
  priority: Priority,
  reason: z.string(),
  summary: z.string(),
  sentiment: z.string().nullable(),
  urgency: z.string().nullable(),
  intent: z.string().nullable(),
  draft_reply: z.string().nullable(),
  status: HandoffStatus,
  assigned_to: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type HandoffRecord = z.infer<typeof HandoffRecord>;

/** Latency figures in ms. */
export interface LatencyStats {
  count: number;
  avg_ms: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
}

/** What the analytics view shows, over turns created in `[since, until)`. */
export interface Analytics {
  since: string | null;
  until: string | null;
  turns: number;
  by_intent: { intent: string; count: number }[];
  by_outcome: { outcome: string; count: number }[];
  /** Conversations with a turn in range, and those of them never handed to a human. */
  resolution: { conversations: number; without_human: number; share: number | null };
  /** Handoffs created in range. */
  handoffs: { total: number; by_status: Record<HandoffStatus, number> };
  sentiment_over_time: {
    bucket: string;
    turns: number;
    negative: number;
    neutral: number;
    positive: number;
    avg_score: number | null;
  }[];
  latency: { turn: LatencyStats; per_actor: ({ actor: string; errors: number } & LatencyStats)[] };
}
