/**
 * The mesh's vocabulary: its actors, the intent taxonomy, moods, urgencies, priorities,
 * tiers and action types (re-exported by `protocol.ts`).
 */
import { z } from "zod";

/** The actors of the mesh, in the order of the default route. */
export const ACTOR_NAMES = [
  "sentiment",
  "intent",
  "context",
  "decision_router",
  "response",
  "guardrail",
  "execution",
  "escalation_router",
  "aggregator",
] as const;
/** Name of one of the mesh's actors. */
export const ActorName = z.enum(ACTOR_NAMES);
export type ActorName = z.infer<typeof ActorName>;

/** The intent taxonomy of DESIGN.md; `intent` takes exactly these values. */
export const INTENTS = [
  "order_status",
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
  "shipping_options",
  "payment_issue",
  "payment_methods",
  "invoice_request",
  "policy_question",
  "account_access",
  "account_update",
  "place_order",
  "product_question",
  "complaint",
  "feedback",
  "human_agent",
  "small_talk",
  "affirm",
  "deny",
  "other",
] as const;
/** One intent of the taxonomy. */
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

/** Sentiment polarity. */
export const SentimentLabel = z.enum(["negative", "neutral", "positive"]);
/** How soon a human should care. */
export const Urgency = z.enum(["low", "medium", "high", "critical"]);
export type Urgency = z.infer<typeof Urgency>;
/** Priority of a handoff or a route. */
export const Priority = z.enum(["low", "normal", "high", "urgent"]);
export type Priority = z.infer<typeof Priority>;
/** Customer tiers of the store. */
export const Tier = z.enum(["standard", "silver", "gold", "vip"]);
export type Tier = z.infer<typeof Tier>;

/** The actions execution knows; a reply may propose them, a customer confirms them. */
export const ACTION_TYPES = [
  "order_status",
  "tracking_info",
  "cancel_order",
  "modify_items",
  "change_address",
  "return_item",
  "return_label",
  "refund",
  "refund_status",
  "replacement",
  "expedite_order",
  "expedite_delivery",
  "carrier_investigation",
  "customer_note",
  "order_note",
  "goodwill_credit",
  "schedule_callback",
  "escalate_supervisor",
] as const;
/** One action execution can carry out. */
export const ActionType = z.enum(ACTION_TYPES);
export type ActionType = z.infer<typeof ActionType>;
