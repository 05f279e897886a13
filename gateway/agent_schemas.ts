/**
 * The agent API's answers as zod schemas: the routes document and check them, the agent
 * console takes their types with `import type` (so the browser's types cannot drift).
 */
import { z } from "zod";
import type { Message } from "../shared/protocol.ts";
import {
  type Analytics,
  ConversationRecord,
  HandoffStatus,
  StoredMessage,
} from "../shared/db/types.ts";

/** One finished turn of a conversation, as the agent sees it. */
export const TurnSummary = z.object({
  message_id: z.string(),
  intent: z.string().nullable(),
  sentiment: z.string().nullable(),
  urgency: z.string().nullable(),
  outcome: z.string().nullable(),
  total_ms: z.number().nullable(),
  created_at: z.string(),
});
export type TurnSummary = z.infer<typeof TurnSummary>;

/** `GET /api/agent/conversations/{id}`: the conversation, its transcript and its turns. */
export const AgentConversationResponse = z.object({
  conversation: ConversationRecord,
  messages: z.array(StoredMessage),
  turns: z.array(TurnSummary),
});
export type AgentConversationResponse = z.infer<typeof AgentConversationResponse>;

const Latency = z.object({
  count: z.number().int(),
  avg_ms: z.number().nullable(),
  p50_ms: z.number().nullable(),
  p95_ms: z.number().nullable(),
});

/** `GET /api/agent/analytics`: the agent API's summary of `History.analytics`. */
export const AnalyticsResponse = z.object({
  since: z.string().nullable(),
  turns_total: z.number().int(),
  turns_by_intent: z.array(z.object({ intent: z.string(), count: z.number().int() })),
  turns_by_outcome: z.array(z.object({ outcome: z.string(), count: z.number().int() })),
  /** Share (0…1) of conversations resolved without a human; null when there were none. */
  resolved_without_human: z.number().nullable(),
  resolution: z.object({
    conversations: z.number().int(),
    without_human: z.number().int(),
    share: z.number().nullable(),
  }),
  /** Handoff records created in range (a conversation handed over twice counts twice). */
  handoffs: z.number().int(),
  /** Conversations handed to a person: `resolution.conversations - without_human`. */
  handed_over_conversations: z.number().int(),
  handoffs_by_status: z.record(HandoffStatus, z.number().int()),
  sentiment_over_time: z.array(z.object({
    bucket: z.string(),
    turns: z.number().int(),
    negative: z.number().int(),
    neutral: z.number().int(),
    positive: z.number().int(),
    avg_score: z.number().nullable(),
  })),
  turn_latency: Latency,
  latency_per_actor: z.array(Latency.extend({ actor: z.string(), errors: z.number().int() })),
});
export type AnalyticsResponse = z.infer<typeof AnalyticsResponse>;

/** What the agent sees of one recorded turn. */
export function turnSummary(turn: Message): TurnSummary {
  return {
    message_id: turn.id,
    intent: turn.payload.intent?.intent ?? null,
    sentiment: turn.payload.sentiment?.label ?? null,
    urgency: turn.payload.sentiment?.urgency ?? null,
    outcome: turn.payload.aggregation?.outcome ?? null,
    total_ms: turn.payload.aggregation?.total_ms ?? null,
    created_at: turn.created_at,
  };
}

/** The agent API's analytics answer from the history's figures. */
export function analyticsResponse(a: Analytics): AnalyticsResponse {
  return {
    since: a.since,
    turns_total: a.turns,
    turns_by_intent: a.by_intent,
    turns_by_outcome: a.by_outcome,
    resolved_without_human: a.resolution.share,
    resolution: a.resolution,
    handoffs: a.handoffs.total,
    // Counted like the resolution: every conversation is resolved without a human or
    // handed over, so the two figures add up to the conversations.
    handed_over_conversations: a.resolution.conversations - a.resolution.without_human,
    handoffs_by_status: a.handoffs.by_status,
    sentiment_over_time: a.sentiment_over_time,
    turn_latency: a.latency.turn,
    latency_per_actor: a.latency.per_actor.map((l) => ({
      actor: l.actor,
      avg_ms: l.avg_ms,
      p95_ms: l.p95_ms,
      p50_ms: l.p50_ms,
      count: l.count,
      errors: l.errors,
    })),
  };
}
