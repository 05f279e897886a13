/**
 * The turn service's vocabulary: the events a conversation's sockets get, the inbox the
 * gateway writes accepted turns to, what a turn is made of and the service's options.
 */
import type { Bus } from "../shared/bus/types.ts";
import type { Message, PendingAction } from "../shared/protocol.ts";
import type { Logger } from "../shared/log.ts";
import type { ChatReply } from "./replies.ts";
import type { StoredMessage } from "../shared/db/types.ts";

/** An event pushed to a conversation's open sockets. */
export type ConversationEvent =
  | { type: "progress"; message_id: string; actor: string; label: string; ms: number }
  | { type: "reply"; seq: number | null; reply: ChatReply; created_at: string }
  | { type: "handoff"; seq: number | null; handoff: NonNullable<ChatReply["handoff"]> }
  | { type: "agent_message"; seq: number | null; text: string; agent: string; created_at: string }
  | { type: "customer_message"; seq: number; text: string; created_at: string }
  | { type: "mode"; mode: "ai" | "human"; agent: string | null };

/** Everything the chat socket sends: the conversation's events and the socket's own. */
export type SocketEvent =
  | ConversationEvent
  | { type: "ready"; conversation_id: string; mode: "ai" | "human" }
  | { type: "history"; messages: StoredMessage[] }
  | { type: "ack"; client_id: string; message_id: string | null }
  | { type: "error"; status: number; detail: string }
  | { type: "ping" }
  | { type: "pong" };

/** Where the gateway writes what it accepted, so a restart can finish it. */
export interface Inbox {
  /** Writes an accepted turn; `duplicate` when the same client message was seen before. */
  accept(entry: {
    message: Message;
    sessionId: string;
    clientId: string | null;
  }): Promise<{ duplicate: boolean; messageId: string }>;
  /** Accepted turns still unanswered, older than `olderThanMs`. */
  unanswered(olderThanMs: number): Promise<Message[]>;
  /** The stored final reply of a turn, if the aggregator has written it. */
  finished(messageId: string): Promise<Message | null>;
  /** The envelope of a turn accepted and not answered yet, or null. */
  accepted(messageId: string): Promise<Message | null>;
  /** Sequence number of a turn's assistant message in its conversation, if stored. */
  replySeq(messageId: string): Promise<number | null>;
}

/** What a customer sends. */
export interface TurnInput {
  text: string;
  channel: "http" | "ws";
  clientId: string | null;
}

/** The conversation state handed to a turn. */
export interface TurnSession {
  session_id: string;
  conversation_id: string;
  customer_id: string | null;
  email: string | null;
  last_order_id: string | null;
  last_intent: Message["session"]["last_intent"];
  turn: number;
  pending_action: PendingAction | null;
  /** What the conversation has established so far (focus, mentioned orders, open requests). */
  dialogue?: Message["session"]["dialogue"];
  /** The conversation's open handoff, if any. */
  open_handoff?: Message["session"]["open_handoff"];
  /** A guest's one-time sign-in code is on its way and not typed yet. */
  sign_in_code_sent?: boolean;
}

/** Options for `TurnService`. */
export interface TurnServiceOptions {
  bus: Bus;
  inbox: Inbox;
  log: Logger;
  gatewayId: string;
  /** Called with every finished turn (metrics). */
  onFinished?: (msg: Message, failed: boolean) => void;
  /** Age past which the recovery sweep re-sends an unanswered turn (the outbox stops then). */
  sweepAfterMs?: number;
}
