/**
 * "Why was my headphones order cancelled?", "why did you cancel ORD-10320": a question about
 * a cancellation that happened (`domain/cancelled_why.ts`) — the order's status, told with
 * what became of its money — whatever the classifier guessed from "cancel" (a cancellation
 * to propose, of an order still open!) or from "why … order" (a payment problem). With no
 * order named, the order meant is one that was cancelled (a state reference added). Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { asksWhyCancelled } from "../../domain/cancelled_why.ts";

/** The status reading of "why was it cancelled?", or null when the message asks no such thing. */
export function cancelledAsked(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.intent === "order_status" || !asksWhyCancelled(text)) return null;
  const e = reading.entities;
  // No order named by its number or its state: the one they mean is one that was cancelled.
  const unnamed = e.order_ids.length === 0 && (e.state_refs ?? []).length === 0;
  const cancelled = {
    text: "cancelled",
    status: "cancelled" as const,
    negated: false,
    recency: null,
  };
  return {
    ...reading,
    entities: unnamed ? { ...e, state_refs: [cancelled] } : e,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
