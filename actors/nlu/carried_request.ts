/**
 * The request an elliptical follow-up naming another order carries on ("and 1003?", "the
 * headphones one"): a status, a refund's news or an invoice are asked again as they were;
 * after an answer about the store's returns, refunds or cancellation rule, the order now
 * pointed at is asked about under that rule — "what's your returns policy?" then "the
 * headphones one" asks whether the headphones can go back, not where they are. Pure.
 */
import type { Intent } from "../../shared/protocol.ts";

/** Requests a follow-up naming another order carries on as they are; others ask its status. */
export const CARRIED: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "refund_status",
  "invoice_request",
]);

/** The request each rule's answer leads to for an order pointed at after it. */
const UNDER_RULE: Readonly<Record<string, Intent>> = {
  returns: "return_item",
  refunds: "refund_request",
  cancellation: "cancel_order",
};

/** What a follow-up carries on from the turn before. */
export interface CarriedFrom {
  /** The request the turn before answered (the dialogue's topic). */
  topic: Intent | null;
  /** The store's rule the last reply answered about (the dialogue's `rule`), if any. */
  rule?: string | null;
  /** Whether the follow-up names a catalogue product and no order (after a product answer, that product). */
  product: boolean;
  /** Whether a change refused for another order is carried to the one named now. */
  change: boolean;
}

/** The request the follow-up asks about the order (or product) it names. */
export function carriedRequest(from: CarriedFrom): Intent {
  const { topic } = from;
  // "The headphones one" right after the returns rule: can those go back. (The rule is the
  // last reply's; the topic may still be the request answered before it.)
  if (from.rule && UNDER_RULE[from.rule]) return UNDER_RULE[from.rule];
  if (topic === "product_question") return from.product ? topic : "order_status";
  if (topic && CARRIED.has(topic)) return topic;
  // "What about 1003 then?" after a change was refused for another order: that change.
  return from.change && topic ? topic : "order_status";
}
