/**
 * The message every actor passes on: envelope, route and one enrichment per actor.
 * Zod schemas are the only source of these types (see CONVENTIONS.md §3).
 */
import { z } from "zod";
import { newId } from "./ids.ts";

import { Intent, Priority } from "./vocabulary.ts";
import {
  AggregationEnrichment,
  ContextEnrichment,
  DecisionEnrichment,
  Dialogue,
  EscalationEnrichment,
  ExecutionEnrichment,
  GuardrailEnrichment,
  IntentEnrichment,
  PendingAction,
  ResponseEnrichment,
  SentimentEnrichment,
} from "./enrichments.ts";

export {
  ACTION_TYPES,
  ActionType,
  ACTOR_NAMES,
  ActorName,
  Intent,
  INTENTS,
  Priority,
  SentimentLabel,
  Tier,
  Urgency,
} from "./vocabulary.ts";
export {
  ActionResult,
  AggregationEnrichment,
  AskedFor,
  CatalogueLookup,
  ConfirmationReply,
  ContextEnrichment,
  CustomerView,
  DecisionEnrichment,
  DeferredRequest,
  Dialogue,
  DialogueFocus,
  DoneChange,
  type EnrichmentKey,
  type EnrichmentOf,
  ENRICHMENTS,
  Entities,
  EscalationEnrichment,
  ExecutionEnrichment,
  FocusWhy,
  GuardrailEnrichment,
  GuardrailIssue,
  Handoff,
  IntentEnrichment,
  IntentRequest,
  ItemReference,
  LanguageCode,
  OrderReference,
  OrderView,
  PendingAction,
  ProductView,
  ProposedAction,
  ResponseEnrichment,
  SentimentEnrichment,
  StateReference,
  TrackingView,
} from "./enrichments.ts";

const iso = z.string().min(1);

/** The customer's words and where they came from. */
export const CustomerMessage = z.object({
  text: z.string(),
  channel: z.enum(["http", "ws", "replay", "test"]).default("http"),
  client_id: z.string().nullable().default(null),
  received_at: iso,
});
export type CustomerMessage = z.infer<typeof CustomerMessage>;

/** The payload: the customer's message plus one key per actor that ran. */
export const Payload = z.object({
  customer_message: CustomerMessage,
  sentiment: SentimentEnrichment.optional(),
  intent: IntentEnrichment.optional(),
  context: ContextEnrichment.optional(),
  decision: DecisionEnrichment.optional(),
  response: ResponseEnrichment.optional(),
  guardrail: GuardrailEnrichment.optional(),
  execution: ExecutionEnrichment.optional(),
  escalation: EscalationEnrichment.optional(),
  aggregation: AggregationEnrichment.optional(),
});
export type Payload = z.infer<typeof Payload>;

/** One step of the route as it ran. */
export const HistoryEntry = z.object({
  actor: z.string(),
  outcome: z.enum(["ok", "retry", "error", "escalated", "skipped"]),
  started: iso,
  ms: z.number().min(0),
  attempt: z.number().int().min(1).default(1),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The route a message carries: its own plan, so no coordinator is needed. */
export const Route = z.object({
  steps: z.array(z.string().min(1)).min(1),
  current: z.number().int().min(0),
  error_handler: z.string().min(1),
  history: z.array(HistoryEntry).default([]),
});
export type Route = z.infer<typeof Route>;

/** What went wrong where. */
export const MeshError = z.object({
  actor: z.string(),
  kind: z.enum(["retryable", "permanent", "timeout", "invalid", "blocked"]),
  message: z.string(),
  at: iso,
  attempt: z.number().int().min(1),
});
export type MeshError = z.infer<typeof MeshError>;

/** The conversation's handoff to a person while it is open: later turns join it. */
export const OpenHandoff = z.object({
  id: z.string().min(1),
  priority: Priority,
  opened_at: iso,
  /** Why it was opened: kept when later turns join it (absent in sessions from before). */
  reason: z.string().optional(),
});
export type OpenHandoff = z.infer<typeof OpenHandoff>;

/** Conversation state the gateway hands to the turn: who is asking, what is pending. */
export const SessionInfo = z.object({
  session_id: z.string().nullable(),
  customer_id: z.string().nullable(),
  email: z.string().nullable(),
  pending_action: PendingAction.nullable().default(null),
  last_order_id: z.string().nullable().default(null),
  last_intent: Intent.nullable().default(null),
  turn: z.number().int().min(0).default(0),
  /** The handoff open for this conversation, if any: a further turn joins it. */
  open_handoff: OpenHandoff.nullable().default(null),
  /** What the conversation has established (absent in sessions from before: empty). */
  dialogue: Dialogue.default({ focus: null, mentioned: [], unanswered: [] }),
  /** A guest was sent a one-time sign-in code that is still valid and not typed yet. */
  sign_in_code_sent: z.boolean().default(false),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** The envelope that travels through the mesh. */
export const Message = z.object({
  id: z.string().min(1),
  conversation_id: z.string().min(1),
  /** The customer's email or id; null for a guest. */
  customer: z.string().nullable(),
  created_at: iso,
  /** Mesh-level attempt of the turn: raised when the escalation router retries it. */
  attempt: z.number().int().min(1).default(1),
  /** Subject the final message is answered on (the gateway's), if any. */
  reply_to: z.string().nullable().default(null),
  /**
   * Whether each step announces itself on the reply's progress subject (for a live chat
   * page); false when nobody at the gateway is watching the conversation.
   */
  progress: z.boolean().default(true),
  /** W3C trace context of the turn. */
  traceparent: z.string().nullable().default(null),
  session: SessionInfo,
  route: Route,
  payload: Payload,
  errors: z.array(MeshError).default([]),
});
export type Message = z.infer<typeof Message>;
/** The envelope as written before defaults are applied. */
export type MessageInput = z.input<typeof Message>;

/** The route a customer turn takes until the decision router writes the rest. */
export const DEFAULT_ROUTE: readonly string[] = [
  "sentiment",
  "intent",
  "context",
  "decision_router",
];

/** Options for `createMessage`. */
export interface CreateMessageOptions {
  text: string;
  conversationId: string;
  customer?: string | null;
  session?: Partial<SessionInfo>;
  steps?: readonly string[];
  errorHandler?: string;
  replyTo?: string | null;
  channel?: CustomerMessage["channel"];
  clientId?: string | null;
  id?: string;
  now?: Date;
  traceparent?: string | null;
  /** Default true. */
  progress?: boolean;
}

/** Creates a new message at the start of its route. */
export function createMessage(opts: CreateMessageOptions): Message {
  const now = (opts.now ?? new Date()).toISOString();
  return Message.parse({
    id: opts.id ?? newId(),
    conversation_id: opts.conversationId,
    customer: opts.customer ?? null,
    created_at: now,
    attempt: 1,
    reply_to: opts.replyTo ?? null,
    progress: opts.progress ?? true,
    traceparent: opts.traceparent ?? null,
    session: {
      session_id: null,
      customer_id: null,
      email: null,
      ...opts.session,
    },
    route: {
      steps: [...(opts.steps ?? DEFAULT_ROUTE)],
      current: 0,
      error_handler: opts.errorHandler ?? "escalation_router",
      history: [],
    },
    payload: {
      customer_message: {
        text: opts.text,
        channel: opts.channel ?? "http",
        client_id: opts.clientId ?? null,
        received_at: now,
      },
    },
    errors: [],
  });
}

/** The actor the message is addressed to now, or null when the route is done. */
export function currentStep(msg: Message): string | null {
  return msg.route.steps[msg.route.current] ?? null;
}

/** True when the message has no step after the current one. */
export function isLastStep(msg: Message): boolean {
  return msg.route.current >= msg.route.steps.length - 1;
}

/** Returns a copy whose route points at the next step. */
export function advanceRoute(msg: Message): Message {
  return { ...msg, route: { ...msg.route, current: msg.route.current + 1 } };
}

/** Returns a copy whose remaining steps (after the current one) are replaced. */
export function replaceRemainingSteps(msg: Message, next: readonly string[]): Message {
  const done = msg.route.steps.slice(0, msg.route.current + 1);
  return { ...msg, route: { ...msg.route, steps: [...done, ...next] } };
}

/** Returns a copy with one more history entry. */
export function appendHistory(msg: Message, entry: HistoryEntry): Message {
  return { ...msg, route: { ...msg.route, history: [...msg.route.history, entry] } };
}

/** Returns a copy with one more error. */
export function appendError(msg: Message, error: MeshError): Message {
  return { ...msg, errors: [...msg.errors, error] };
}

/**
 * Returns a copy routed to `actor` (the error handler) next. The failed step and the rest
 * stay after it, so the handler can retry by simply forwarding, or replace them.
 */
export function divertTo(msg: Message, actor: string): Message {
  const { steps, current } = msg.route;
  const next = [...steps.slice(0, current + 1), actor, ...steps.slice(current)];
  return { ...msg, route: { ...msg.route, steps: next, current: current + 1 } };
}
