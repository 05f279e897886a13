/**
 * "Whats in my orders", "show me my orders", "what did I order last month": a request for the
 * list of the customer's orders (`order_status` without an order: the response lists them),
 * which the classifier spreads over a change of items, a policy question or small talk.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksForOrderList } from "../../domain/orders_asked.ts";
import { relabelled } from "./relabel.ts";

/** Readings the request for the list is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "modify_order",
  "policy_question",
  "other",
  "small_talk",
  "product_question",
  "place_order",
  // "And the total i spent?" reads as trouble with a payment.
  "payment_issue",
  "payment_methods",
]);

/** How sure the list is what is asked. */
const CONFIDENCE = 0.85;

/** The reading with a request for the list of one's orders read as `order_status`. */
export function asOrdersList(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || !asksForOrderList(text)) return reading;
  // "What's in ORD-1003?" is about that order.
  if (reading.entities.order_ids.length > 0) return reading;
  return relabelled(reading, "order_status", CONFIDENCE);
}
