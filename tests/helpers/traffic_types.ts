/** What the load driver of the fault tests records: shoppers, turns, options, settlements. */
import type { Persona, TurnKind } from "./personas.ts";
import type { WsChat } from "./ws_chat.ts";

/** A signed-in shopper of the driver. */
export interface DrivenShopper {
  index: number;
  persona: Persona;
  sessionId: string;
  conversationId: string;
  token: string;
  channel: "http" | "ws";
  ws: WsChat | null;
  /** Turns sent so far (client ids are `<index>-<n>`). */
  sent: number;
}

/** What happened to one turn. */
export interface TurnRecord {
  shopper: number;
  /** The conversation the turn was sent in (a shopper who signs in again gets a new one). */
  conversationId: string;
  kind: TurnKind;
  channel: "http" | "ws";
  clientId: string;
  /** The mesh message id once accepted, else null. */
  messageId: string | null;
  /** Every HTTP status seen while sending (0: network error; ws acks count as 200). */
  statuses: number[];
  /** How the first answer came: 200 with the reply, 202 pending, ws, or refused. */
  answer: "reply" | "pending" | "ws" | "refused" | "none";
  /** Reply text, when seen by the shopper. */
  reply: string | null;
  handoff: boolean;
  /** Send to reply, when the reply was seen. */
  latencyMs: number | null;
  /** A socket turn whose reply the socket never brought (found in the history instead). */
  polled: boolean;
}

/** Options of `Traffic`. */
export interface TrafficOptions {
  url: string;
  seed: number;
  /** Share of shoppers on the live socket. Default 0.25. */
  wsShare?: number;
  /** Longest wait for one turn's reply once accepted. Default 90 s. */
  replyDeadlineMs?: number;
  /** Pause between a shopper's turns, in ms: [min, max). Default [50, 400). */
  thinkMs?: [number, number];
  /**
   * Reads a conversation straight from the history database, for `settle` (sessions may
   * be gone, e.g. after Redis lost them). Default: the shopper's `GET /api/conversations`.
   */
  readHistory?: ((conversationId: string) => Promise<HistoryMessage[]>) | null;
}

/** How the accepted turns ended, read from the conversations' history. */
export interface Settlement {
  accepted: number;
  answered: number;
  handoffs: number;
  unanswered: string[];
  /** Turns whose reply, as the shopper saw it, is not the one stored in history. */
  mismatched: string[];
  /** Turns with more than one reply stored (each must be answered once). */
  answeredTwice: string[];
}

/** A stored message of a conversation. */
export interface HistoryMessage {
  seq: number;
  role: string;
  text: string;
  message_id: string | null;
  meta: Record<string, unknown>;
}
