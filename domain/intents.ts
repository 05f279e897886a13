/**
 * Groups of the intent taxonomy (`INTENTS` in shared/protocol.ts) that the shop's rules
 * treat alike, so that the decision router, the intent actor and the response agree.
 */
import type { Intent } from "../shared/protocol.ts";

/** Intents about one particular order: a guest must say who they are first. */
export const ORDER_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
  "invoice_request",
]);

/**
 * Intents that may be about an order without naming it, so they take the order the
 * conversation was about: the order intents, and a payment problem, a complaint, a request
 * for a person, a yes or a no.
 */
export const ORDER_FOLLOW_UP_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  ...ORDER_INTENTS,
  "payment_issue",
  "complaint",
  "human_agent",
  "affirm",
  "deny",
]);
