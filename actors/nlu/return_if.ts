/**
 * "If I don't like it, can I send it back?", "can i return it if it doesn't fit?", "what if
 * I want to return it from germany": whether a return would be possible, asked before there
 * is one to make — the return policy, not a return to start (a guest was asked to sign in
 * for an order they have not placed). Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** A condition put: "if i don't like it", "in case it doesn't fit", "what if". */
const CONDITION = /\b(?:if|in case|should it|what if|suppose|supposing)\b/i;
/** Sending goods back. */
const RETURNING = /\b(?:return(?:ed|ing)?|send (?:it|them|\w+) back|sent back|exchange)\b/i;
/** Asked whether it could be done. */
const ASKED =
  /\?|\b(?:can|could|may|is it possible|am i able|will i be able|do i|would i|what if)\b/i;
/** A return of something already had: "my order", an order's number, "i want to return". */
const ACTUAL =
  /\bORD-?\s?\d+|\b\d{4}\b|\bmy (?:order|parcel|package)\b|\b(?:i want|i'd like|i would like|please|pls|start|open|label)\b/i;

/** Whether the message asks if a return would be possible, without one to make. */
export function asksReturnIf(text: string): boolean {
  return text.length <= 160 && CONDITION.test(text) && RETURNING.test(text) &&
    ASKED.test(text) && !ACTUAL.test(text);
}

/** The policy reading of a return asked about under a condition, or null. */
export function returnIf(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  // "And if i need to return something from there?": read unsurely as the rules, it is them.
  const unsure = reading.intent === "policy_question" && reading.confidence < 0.7;
  if ((reading.intent !== "return_item" && !unsure) || !asksReturnIf(text)) return null;
  return {
    ...reading,
    intent: "policy_question",
    confidence: Math.max(reading.confidence, 0.7),
    alternatives: [{ intent: "return_item", confidence: reading.confidence }],
    requests: undefined,
  };
}
