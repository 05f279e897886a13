/**
 * The records the history database hands out, as zod schemas (the gateway reuses them for
 * its responses and OpenAPI).
 */
import { z } from "zod";
import { Handoff, Message } from "../protocol.ts";

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
export const HandoffStatus = z.enum(["queued", "claimed", "closed", "returned", "withdrawn"]);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

/**
 * A handoff as the agent console sees it: the `Handoff` the mesh published, with where it
 * stands in the queue. Read back from storage, its labels are plain strings (a record
 * written under an older vocabulary still reads).
 */
export const HandoffRecord = Handoff.extend({
  sentiment: z.string().nullable(),
  urgency: z.string().nullable(),
  intent: z.string().nullable(),
  created_at: z.string(),
  status: HandoffStatus,
  assigned_to: z.string().nullable(),
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

/** What `appendMessage` writes. */
export interface AppendMessage {
  conversationId: string;
  role: MessageRole;
  text: string;
  /** The turn it belongs to, if any. */
  messageId?: string | null;
  /** A key that makes the append idempotent (a retried agent send is stored once). */
  dedupeKey?: string | null;
  meta?: Record<string, unknown>;
  /** When it was said (ISO). Default `now`. */
  at?: string;
}

/** What an agent may change on a handoff. */
export interface HandoffUpdate {
  status?: HandoffStatus;
  /** Agent id; null un-assigns. */
  assigned_to?: string | null;
  /** Only update when the handoff is in one of these states (e.g. claim only if queued). */
  ifStatus?: HandoffStatus | HandoffStatus[];
}

/** Options of `analytics`. */
export interface AnalyticsOptions {
  /** Only turns created at or after this time. */
  since?: Date | string;
  /** Only turns created before this time. */
  until?: Date | string;
  /** Width of the sentiment buckets. Default `hour`. */
  bucket?: "hour" | "day";
}

/** How much a purge removed. */
export interface PurgeResult {
  conversations: number;
  turns: number;
  messages: number;
}

/** Which adapter holds the history. */
export type HistoryKind = "sqlite" | "postgres";

/**
 * The history database as the rest of the system uses it: conversations and messages, the
 * inbox of accepted turns, the audit trail, handoffs, analytics and retention. Two adapters
 * (SQLite embedded, PostgreSQL with `DATABASE_URL`) pass one contract suite. Every write
 * is idempotent, keyed by message id, so a replayed or redelivered turn writes nothing twice.
 */
export interface History extends AsyncDisposable {
  /** Which adapter this is. */
  readonly kind: HistoryKind;
  /** The schema version in place. */
  schemaVersion(): Promise<number>;
  /** True when the database answers (health). */
  ping(): Promise<boolean>;
  /**
   * Records a customer turn as the gateway accepts it, before it enters the mesh: the inbox
   * entry, the conversation and the customer's message. Idempotent by message id and by
   * (session, client id): a retry returns the turn already accepted.
   */
  acceptInbound(message: Message): Promise<AcceptResult>;
  /** `acceptInbound` with group commit; resolves once the commit holding it is done. */
  acceptInboundGrouped(message: Message): Promise<AcceptResult>;
  /** Marks an accepted turn answered (`recordTurn` does it too). */
  markAnswered(messageId: string): Promise<boolean>;
  /** Marks an accepted turn failed: recovery leaves it alone. */
  markFailed(messageId: string): Promise<boolean>;
  /** Counts one more recovery attempt of an accepted turn; returns the new count. */
  noteRecovery(messageId: string): Promise<number>;
  /** Accepted turns still unanswered that were received at least `olderThanMs` ago. */
  pendingInbox(olderThanMs: number, limit?: number): Promise<InboxEntry[]>;
  /**
   * Takes the accepted, unanswered turns received at least `olderThanMs` ago that nobody
   * holds (no claim, or one expired) for `owner` during `leaseMs`, and returns them. Two
   * gateways sweeping one history at once never get the same turn.
   */
  claimPending(opts: ClaimOptions): Promise<InboxEntry[]>;
  /** One accepted turn, or null. */
  inboxEntry(messageId: string): Promise<InboxEntry | null>;
  /**
   * Stores a finished turn in one transaction: the audit row, the customer's message if not
   * yet stored, the reply, actions and a handoff; marks the inbox entry answered. A turn
   * already recorded writes nothing.
   */
  recordTurn(message: Message): Promise<RecordResult>;
  /**
   * `recordTurn` with group commit: turns submitted together share one transaction; a
   * duplicate in the same group reports `created: false` like a redelivery.
   */
  recordTurnGrouped(message: Message): Promise<RecordResult>;
  /** The assistant's reply of a turn, or null. */
  replyOf(messageId: string): Promise<StoredMessage | null>;
  /** The whole envelope of a recorded turn (replay, audit), or null. */
  getTurn(messageId: string): Promise<Message | null>;
  /** Appends a message (an agent's words, a system note); idempotent with `dedupeKey`. */
  appendMessage(m: AppendMessage): Promise<StoredMessage>;
  /** Messages of a conversation with `seq` above `afterSeq`, in order. */
  listMessages(conversationId: string, afterSeq?: number, limit?: number): Promise<StoredMessage[]>;
  /** One conversation, or null. */
  conversation(id: string): Promise<ConversationRecord | null>;
  /** A session's conversations, newest first. */
  conversationsOfSession(sessionId: string): Promise<ConversationRecord[]>;
  /** Sets a conversation's status or mode; returns it, or null when it does not exist. */
  updateConversation(
    id: string,
    update: { status?: ConversationStatus; mode?: ConversationMode },
  ): Promise<ConversationRecord | null>;
  /** Inserts a handoff or refreshes its description; true when it was new. */
  upsertHandoff(handoff: Handoff): Promise<boolean>;
  /** Handoffs in the given states, urgent first, then oldest first. */
  listHandoffs(
    opts?: { status?: HandoffStatus | HandoffStatus[]; limit?: number },
  ): Promise<HandoffRecord[]>;
  /**
   * Where a queued handoff stands in the queue (1: next to be taken, in `listHandoffs`'
   * order), or null when it is not queued (or not there).
   */
  queuePlace(id: string): Promise<number | null>;
  /** One handoff, or null. */
  getHandoff(id: string): Promise<HandoffRecord | null>;
  /** Changes a handoff (claim, hand back, close); null when absent or not in `ifStatus`. */
  updateHandoff(id: string, update: HandoffUpdate): Promise<HandoffRecord | null>;
  /** The analytics view (see `Analytics`). */
  analytics(opts?: AnalyticsOptions): Promise<Analytics>;
  /**
   * Removes conversations not updated for `days` days with all that belongs to them, except
   * those whose handoff is still queued or claimed. 0 keeps everything.
   */
  purgeOlderThan(days: number): Promise<PurgeResult>;
  /** Closes the database, after committing the writes waiting for a group commit. */
  close(): Promise<void>;
}

/** What `History.claimPending` takes. */
export interface ClaimOptions {
  /** Only turns received at least this long ago. */
  olderThanMs: number;
  /** Who claims (a gateway id). */
  owner: string;
  /** How long the claim holds; after it another gateway may take the turn. */
  leaseMs: number;
  /** At most this many turns (default 100). */
  limit?: number;
}

/** Inbox entries oldest first (received time, then message id), as the sweep sends them. */
export function byReceipt(a: InboxEntry, b: InboxEntry): number {
  return a.received_at === b.received_at
    ? (a.message_id < b.message_id ? -1 : a.message_id > b.message_id ? 1 : 0)
    : (Date.parse(a.received_at) - Date.parse(b.received_at));
}
