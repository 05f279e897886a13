/**
 * "Can you gift wrap it?", "can I add a gift message?", "cancel my membership": a question
 * about a service, which the FAQ answers (the store offers none), not a change to an order ("add" read as modifying
 * it) nor a question outside the store's business. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { FAQ_INTENTS } from "../../domain/faq.ts";

/** Gift wrapping, a gift note or message, gift packaging. */
const GIFT_SERVICE =
  /\bgift[\s-]?(?:wrap(?:ping|ped)?|message|note|packaging|box(?:es)?)\b|\bwrap(?:ped)?\s+(?:it|them|this|that|my order|the order)?\s*(?:up\s+)?as\s+a\s+(?:gift|present)\b|\bpresent wrapping\b/i;

/**
 * A membership or subscription to cancel ("I'd like to cancel my membership"): the store
 * sells none, so it is no order to cancel — the FAQ says so, with the newsletter and the
 * account's closing beside it.
 */
const MEMBERSHIP =
  /\b(?:cancel|end|stop|quit|terminate)\b[^.?!]{0,20}?\b(?:my|the|our|your|this|a)\s+(?:vip\s+|paid\s+|monthly\s+|annual\s+)?(?:membership|subscription)\b|\b(?:membership|subscription) fees?\b/i;

/** The confidence of a gift-service question read by its words. */
const GIFT_CONFIDENCE = 0.8;

/** Whether the message asks about gift wrapping or a gift note. */
export function asksGiftService(text: string): boolean {
  return GIFT_SERVICE.test(text) || (MEMBERSHIP.test(text) && !/\bnewsletter\b/i.test(text));
}

/**
 * The reading of a question about gift wrapping: a policy question (the FAQ's), with its
 * requests made one; the reading as it was for any other message or one that makes a
 * request of another kind beside it ("cancel ORD-1003 and is gift wrap available?").
 */
export function asGiftServiceQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  // A reading the FAQ answers already ("…can you gift wrap it when I order" to buy) stays.
  if (!asksGiftService(text) || (FAQ_INTENTS.has(r.intent) && r.intent !== "other")) return r;
  const others = (r.requests ?? []).filter((q) =>
    !asksGiftService(q.text) && q.intent !== "small_talk"
  );
  if (others.length > 0) return r;
  const intent = "policy_question" as const;
  return {
    ...r,
    intent,
    confidence: Math.max(GIFT_CONFIDENCE, r.intent === intent ? r.confidence : 0),
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests: [{ intent, confidence: GIFT_CONFIDENCE, text, start: 0, end: text.length }],
  };
}
