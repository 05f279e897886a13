/** Each actor's enrichment schema, stored under its payload key (re-exported by `protocol.ts`). */
import { z } from "zod";
import { ActionType, Intent, Priority, SentimentLabel, Tier, Urgency } from "./vocabulary.ts";
import { AskedFor, DeferredRequest, DialogueFocus } from "./dialogue_state.ts";

export * from "./dialogue_state.ts";
import { CatalogueLookup } from "./catalogue_lookup.ts";
import { MONEY_FIELDS } from "./money_view.ts";

export { CatalogueLookup, ProductView } from "./catalogue_lookup.ts";

const iso = z.string().min(1);
const unit = z.number().min(0).max(1);

/** What the sentiment actor adds. */
export const SentimentEnrichment = z.object({
  label: SentimentLabel,
  score: z.number().min(-1).max(1),
  urgency: Urgency,
  is_complaint: z.boolean(),
  confidence: unit,
  signals: z.array(z.string()).default([]),
});
export type SentimentEnrichment = z.infer<typeof SentimentEnrichment>;

/**
 * An order named by its number, in the form the customer wrote it: `ORD-1001` (id),
 * `ORD 1001` or `ord1001` (prefixed), `order 1001` or `order no. 1001` (labelled), `#1001`
 * (hash), or a number alone, `1001` (bare). All but a bare number are also in `order_ids`;
 * a bare number means the order only when the customer has one of that id.
 */
export const OrderReference = z.object({
  text: z.string(),
  id: z.string(),
  form: z.enum(["id", "prefixed", "labelled", "hash", "bare"]),
});
export type OrderReference = z.infer<typeof OrderReference>;

/** A thing the customer bought, named by its words ("the keyboard", "my espresso machine"). */
export const ItemReference = z.object({
  text: z.string(),
  /** The naming words without the article ("espresso machine"). */
  name: z.string(),
  /** The catalogue product those words name, when exactly one. */
  sku: z.string().nullable(),
});
export type ItemReference = z.infer<typeof ItemReference>;

/**
 * An order pointed at by its state or age: "the one that shipped" (status shipped), "the
 * one that hasn't shipped yet" (shipped, negated), "my latest order" (recency latest).
 */
export const StateReference = z.object({
  text: z.string(),
  status: z.enum([
    "pending",
    "processing",
    "shipped",
    "delivered",
    "cancelled",
    "returned",
    "refunded",
  ]).nullable(),
  negated: z.boolean(),
  recency: z.enum(["latest", "earliest"]).nullable(),
  /** When it was placed ("the one from last week"): UTC days `from/to`, then `,` a looser one. */
  placed: z.string().optional(),
});
export type StateReference = z.infer<typeof StateReference>;

/** Facts found in the customer's text. */
export const Entities = z.object({
  order_ids: z.array(z.string()).default([]),
  tracking_numbers: z.array(z.string()).default([]),
  emails: z.array(z.string()).default([]),
  amounts: z.array(z.object({ value: z.number(), currency: z.string().nullable() })).default([]),
  dates: z.array(z.object({ text: z.string(), iso: z.string() })).default([]),
  quantities: z.array(z.object({ value: z.number(), item: z.string().nullable() })).default([]),
  products: z.array(z.object({ sku: z.string(), name: z.string() })).default([]),
  // Absent in messages from before these were read: none.
  order_refs: z.array(OrderReference).optional(),
  item_refs: z.array(ItemReference).optional(),
  state_refs: z.array(StateReference).optional(),
});
export type Entities = z.infer<typeof Entities>;

/**
 * How a message reads as the answer to a pending change: a clear yes (the only reading
 * that carries the change out), a clear no, unclear (the change stays pending and the
 * customer is asked again) or a request of its own.
 */
export const ConfirmationReply = z.enum(["affirm", "deny", "unclear", "new_request"]);
export type ConfirmationReply = z.infer<typeof ConfirmationReply>;

/** One request of a message that makes several, with the words that make it. */
export const IntentRequest = z.object({
  intent: Intent,
  confidence: unit,
  /** The words of this request, and where they are in the message (UTF-16 offsets). */
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type IntentRequest = z.infer<typeof IntentRequest>;

/** A language by its ISO 639-1 code ("en", "es", "fr"…). */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/);

/** What the intent actor adds. */
export const IntentEnrichment = z.object({
  intent: Intent,
  confidence: unit,
  alternatives: z.array(z.object({ intent: Intent, confidence: unit })).max(3).default([]),
  entities: Entities,
  source: z.enum(["llm", "classifier", "rules", "conversation"]),
  /** The reading as an answer to the session's pending change; absent when none was pending. */
  confirmation: ConfirmationReply.nullable().optional(),
  /**
   * True when the message takes the pending change back by correcting its order ("sorry, I
   * meant the other order"): the change is no longer wanted, whatever the new order allows.
   */
  withdraws_pending: z.boolean().optional(),
  /**
   * "Yes, and can you also return ORD-1002?": the change asked for after a clear yes to the
   * pending one, raised right after the yes is carried out (`domain/deferred.ts`).
   */
  after_yes: DeferredRequest.optional(),
  confirms_pending: z.boolean().optional(), // A clear yes beside a question: done, and answered.
  /**
   * The requests of the message, most important first (up to three, distinct intents):
   * "where is ORD-1001 and do you take PayPal?" makes two. The first is `intent`. Absent in
   * messages from before requests were read.
   */
  requests: z.array(IntentRequest).max(3).optional(),

  /**
   * The language the customer wrote in (`actors/nlu/language.ts`). Optional for whoever
   * builds an enrichment; absent reads as English (`languageOf` in actors/nlu/language_guard.ts).
   */
  language: LanguageCode.optional(),

  /**
   * The message with misspelt words of support talk read as the words they misspell
   * ("delete my acount" → "delete my account"), for replies that look for words (the FAQ);
   * absent when nothing was misspelt.
   */
  read_as: z.string().optional(),
});
export type IntentEnrichment = z.infer<typeof IntentEnrichment>;

/** A customer as the context actor sees it. */
export const CustomerView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  tier: Tier,
  since: z.string().optional(),
  lifetime_value: z.number().optional(),
});
export type CustomerView = z.infer<typeof CustomerView>;

/** An order as the context actor sees it (a subset of the store's order). */
export const OrderView = z.object({
  id: z.string(),
  status: z.string(),
  placed_at: z.string(),
  total: z.number(),
  currency: z.string(),
  items: z.array(
    z.object({ sku: z.string(), name: z.string(), quantity: z.number(), price: z.number() }),
  ),
  tracking_number: z.string().nullable(),
  carrier: z.string().nullable().optional(),
  shipped_at: z.string().nullable().optional(),
  delivered_at: z.string().nullable().optional(),
  eta: z.string().nullable().optional(),
  ...MONEY_FIELDS,
  shipping_city: z.string().optional(),
  /** A problem the customer reported about the delivered goods (`damaged`…). */
  reported_issue: z.string().nullable().optional(),
  /** The return already opened for this order (its id), if any: the store takes one. */
  return_id: z.string().nullable().optional(),
  /** The replacement already sent for this order, if any, and when it is expected to arrive. */
  replacement_id: z.string().nullable().optional(),
  replacement_eta: z.string().nullable().optional(),
});
export type OrderView = z.infer<typeof OrderView>;

/** Tracking of one parcel as the context actor sees it. */
export const TrackingView = z.object({
  number: z.string(),
  carrier: z.string(),
  status: z.string(),
  eta: z.string().nullable(),
  /** The last scan, with the carrier's own words ("Delivery delayed: severe weather…"). */
  last_event: z.object({ at: z.string(), status: z.string(), location: z.string() })
    .extend({ description: z.string().optional() }).nullable(),
  days_since_last_scan: z.number().nullable(),
});
export type TrackingView = z.infer<typeof TrackingView>;

/** What the context actor adds. */
export const ContextEnrichment = z.object({
  guest: z.boolean(),
  customer: CustomerView.nullable(),
  orders: z.array(OrderView).default([]),
  order: OrderView.nullable(),
  /** found: the order in question is the customer's; not_yours: it exists but is not theirs. */
  /** ambiguous: two or more of their orders fit the reference equally (see `candidates`). */
  order_lookup: z.enum(["none", "found", "not_found", "not_yours", "ambiguous"]),
  /** The orders that fit equally when the lookup is ambiguous, best first. */
  candidates: z.array(z.string()).optional(),
  /** The order in focus after this turn and why; absent when no order is in question. */
  focus: DialogueFocus.nullable().optional(),
  tracking: TrackingView.nullable(),
  /**
   * The parcels of the customer's other orders in transit that a message about several
   * orders needs ("where is my keyboard? also cancel 2002"); absent when none was looked up.
   */
  other_tracking: z.array(TrackingView).max(3).optional(),
  /** The catalogue products the message asks about; absent when it asks about none. */
  catalogue: CatalogueLookup.nullable().optional(),
  history: z.array(z.object({ at: z.string(), kind: z.string(), summary: z.string() })).default(
    [],
  ),
  risk: z.object({ level: z.enum(["low", "medium", "high"]), reasons: z.array(z.string()) }),
  summary: z.string(),
  /** Partial-context notes: which lookups failed and why. */
  notes: z.array(z.string()).default([]),
  cached: z.boolean().default(false),
});
export type ContextEnrichment = z.infer<typeof ContextEnrichment>;

/** What the decision router adds: the rest of the route and why. */
export const DecisionEnrichment = z.object({
  action: z.enum(["answer", "act", "clarify", "identify", "handoff"]),
  priority: Priority,
  include_execution: z.boolean(),
  steps: z.array(z.string()),
  reasons: z.array(z.string()),
  /** The open handoff this turn withdraws ("never mind, I sorted it"), with the words why. */
  withdraws_handoff: z.object({
    id: z.string(),
    note: z.string(),
    /** Nothing else asked beside it: the reply is the withdrawal alone. */
    alone: z.boolean().default(false),
  }).optional(),
});
export type DecisionEnrichment = z.infer<typeof DecisionEnrichment>;

/** An action the reply proposes or the customer confirmed. */
export const ProposedAction = z.object({
  type: ActionType,
  order_id: z.string().nullable().default(null),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Changes need the customer's yes first; look-ups do not. */
  requires_confirmation: z.boolean(),
  /**
   * The same change for another order, proposed with the change before it and carried out
   * on the same yes ("refund both"): one proposal names each order. Absent: a change alone.
   */
  together: z.boolean().optional(),
});
export type ProposedAction = z.infer<typeof ProposedAction>;

/** What the response actor adds. */
export const ResponseEnrichment = z.object({
  text: z.string(),
  tone: z.enum(["empathetic", "friendly", "formal", "neutral", "apologetic"]),
  proposed_actions: z.array(ProposedAction).default([]),
  source: z.enum(["llm", "template"]),
  template: z.string().nullable().default(null),
  /** What the reply asks the customer for, when it asks for something (absent: nothing). */
  asks: AskedFor.nullable().optional(),
  /** Changes this reply put off until the one it proposes is settled. */
  deferred: z.array(DeferredRequest).optional(),
});
export type ResponseEnrichment = z.infer<typeof ResponseEnrichment>;

/** One finding of the guardrail. */
export const GuardrailIssue = z.object({
  kind: z.enum(["grounding", "policy", "privacy", "tone", "injection", "format"]),
  detail: z.string(),
  severity: z.enum(["info", "fixed", "block"]),
});
export type GuardrailIssue = z.infer<typeof GuardrailIssue>;

/** What the guardrail adds. */
export const GuardrailEnrichment = z.object({
  verdict: z.enum(["pass", "fixed", "blocked"]),
  issues: z.array(GuardrailIssue).default([]),
  text: z.string(),
  injection_detected: z.boolean().default(false),
});
export type GuardrailEnrichment = z.infer<typeof GuardrailEnrichment>;

/** Result of one action. */
export const ActionResult = z.object({
  type: ActionType,
  order_id: z.string().nullable().default(null),
  /**
   * `declined`: the customer said no to the proposed change and nothing was done (not to
   * be read as "the order was cancelled"). Envelopes stored before the rename say
   * `cancelled`, read as `declined`.
   */
  status: z.preprocess(
    (s) => (s === "cancelled" ? "declined" : s),
    z.enum(["done", "proposed", "refused", "failed", "declined", "expired"]).describe(
      "done: carried out · proposed: waits for the customer's yes · refused: a rule stopped it · " +
        "failed: our side failed, nothing done · declined: the customer said no, nothing done " +
        "(a declined cancel_order means the order was not cancelled) · expired: the yes came too late",
    ),
  ),
  detail: z.string(),
  idempotency_key: z.string().nullable().default(null),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type ActionResult = z.infer<typeof ActionResult>;

/** A change waiting for the customer's yes. */
export const PendingAction = z.object({
  id: z.string(),
  action: ProposedAction,
  proposed_in: z.string(),
  expires_at: iso,
  summary: z.string(),
  /**
   * The same change for other orders, carried out on the same yes after `action`, once per
   * order ("refund both"); `summary` names them all. Absent: one change.
   */
  also: z.array(z.object({ action: ProposedAction, summary: z.string() })).max(5).optional(),
});
export type PendingAction = z.infer<typeof PendingAction>;

/** What the execution actor adds. */
export const ExecutionEnrichment = z.object({
  results: z.array(ActionResult).default([]),
  pending: PendingAction.nullable().default(null),
  /** The reply text after execution: the response's text updated with the outcomes. */
  text: z.string().nullable().default(null),
});
export type ExecutionEnrichment = z.infer<typeof ExecutionEnrichment>;

/** A conversation handed to a human, on the durable handoff stream. */
export const Handoff = z.object({
  id: z.string(),
  conversation_id: z.string(),
  message_id: z.string(),
  session_id: z.string().nullable(),
  customer: z.string().nullable(),
  priority: Priority,
  reason: z.string(),
  summary: z.string(),
  sentiment: SentimentLabel.nullable(),
  urgency: Urgency.nullable(),
  intent: Intent.nullable(),
  draft_reply: z.string().nullable(),
  created_at: iso,
});
export type Handoff = z.infer<typeof Handoff>;

/** What the escalation router adds when it ends a failed or risky turn. */
export const EscalationEnrichment = z.object({
  kind: z.enum(["fallback", "handoff"]),
  reason: z.string(),
  failed_actor: z.string().nullable(),
  attempts: z.number().int().min(0),
  text: z.string(),
  handoff: Handoff.nullable(),
});
export type EscalationEnrichment = z.infer<typeof EscalationEnrichment>;

/** What the aggregator adds: the final answer of the turn. */
export const AggregationEnrichment = z.object({
  reply: z.string(),
  outcome: z.enum(["answered", "clarify", "handoff", "fallback"]),
  actors: z.array(z.object({ actor: z.string(), outcome: z.string(), ms: z.number() })),
  total_ms: z.number(),
  stored: z.boolean(),
});
export type AggregationEnrichment = z.infer<typeof AggregationEnrichment>;

/** The enrichment schema stored under each actor's payload key. */
export const ENRICHMENTS = {
  sentiment: SentimentEnrichment,
  intent: IntentEnrichment,
  context: ContextEnrichment,
  decision: DecisionEnrichment,
  response: ResponseEnrichment,
  guardrail: GuardrailEnrichment,
  execution: ExecutionEnrichment,
  escalation: EscalationEnrichment,
  aggregation: AggregationEnrichment,
} as const;
/** A payload key that holds an enrichment. */
export type EnrichmentKey = keyof typeof ENRICHMENTS;
/** The enrichment type stored under a key. */
export type EnrichmentOf<K extends EnrichmentKey> = z.infer<(typeof ENRICHMENTS)[K]>;
