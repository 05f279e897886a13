/**
 * The chat API's view of a finished turn.
 */
import { z } from "zod";
import {
  ActionResult,
  Intent,
  type Message,
  Priority,
  SentimentLabel,
  Urgency,
} from "../shared/protocol.ts";
import { pendingAfterTurn } from "../shared/pending_after.ts";
import { LAST_RESORT_REPLY, unfinishedReply } from "../domain/reply.ts";

/** The body of a chat turn's answer (`POST /api/chat`, WebSocket `reply`). */
export const ChatReply = z.object({
  message_id: z.string(),
  reply: z.string(),
  intent: Intent.nullable(),
  sentiment: z.object({ label: SentimentLabel, score: z.number(), urgency: Urgency }).nullable(),
  actions: z.array(ActionResult),
  pending_confirmation: z
    .object({ id: z.string(), summary: z.string(), expires_at: z.string(), action: z.string() })
    .nullable(),
  handoff: z.object({ id: z.string(), priority: Priority, reason: z.string() }).nullable(),
  /** How the turn went through the mesh: which actors ran and how long each took. */
  trace: z.object({
    outcome: z.string(),
    total_ms: z.number().nullable(),
    actors: z.array(z.object({ actor: z.string(), outcome: z.string(), ms: z.number() })),
  }),
});
export type ChatReply = z.infer<typeof ChatReply>;

export { LAST_RESORT_REPLY };

/** Builds the chat reply from a finished message. */
export function toChatReply(msg: Message): ChatReply {
  const p = msg.payload;
  const pending = pendingAfterTurn(msg);
  const handoff = p.escalation?.handoff ?? null;
  return {
    message_id: msg.id,
    reply: p.aggregation?.reply ?? unfinishedReply(msg),
    intent: p.intent?.intent ?? null,
    sentiment: p.sentiment
      ? { label: p.sentiment.label, score: p.sentiment.score, urgency: p.sentiment.urgency }
      : null,
    actions: (p.execution?.results ?? []).filter((r) => r.status !== "proposed"),
    pending_confirmation: pending
      ? {
        id: pending.id,
        summary: pending.summary,
        expires_at: pending.expires_at,
        action: pending.action.type,
      }
      : null,
    handoff: handoff
      ? { id: handoff.id, priority: handoff.priority, reason: handoff.reason }
      : null,
    trace: {
      outcome: p.aggregation?.outcome ?? p.escalation?.kind ?? "unfinished",
      total_ms: p.aggregation?.total_ms ?? null,
      actors: msg.route.history.map((h) => ({ actor: h.actor, outcome: h.outcome, ms: h.ms })),
    },
  };
}

/** The reply for a turn the mesh gave up on (even the error handler failed). */
export function fallbackReply(msg: Message): ChatReply {
  return { ...toChatReply(msg), reply: LAST_RESORT_REPLY, actions: [], pending_confirmation: null };
}
