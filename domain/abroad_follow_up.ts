/**
 * "Do you ship to Canada?" … "and how long does that take?": a follow-up about shipping
 * after a question about shipping abroad asks about the international speeds, not the
 * domestic ones it was answered with. The dialogue keeps whether the last shipping question
 * was about abroad; pure.
 */
import type { Message } from "../shared/protocol.ts";
import { destinationAsked } from "./destinations.ts";

/** A short follow-up about timing or cost: "and how long does that take?", "how much is it?". */
const FOLLOW_UP =
  /\b(?:how long|how much|how many days|how fast|how quick(?:ly)?|cost|costs|take|takes|price|fee|fees|express|faster|quicker)\b/i;

/** Words that bring the question home: the domestic speeds are asked after all. */
const HOME = /\b(?:domestic|within the (?:us|usa|united states)|in the (?:us|usa|states)|here)\b/i;

/** Whether `text` is a short follow-up about shipping time or cost that names no place. */
export function shippingFollowUp(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 10 && FOLLOW_UP.test(text) && !HOME.test(text) && !destinationAsked(text);
}

/** Whether the conversation's last shipping question, after this turn, was about abroad. */
export function abroadAfter(msg: Message, before: boolean): boolean {
  const intent = msg.payload.intent?.intent;
  if (intent !== "shipping_options" && intent !== "policy_question") return false;
  const text = msg.payload.customer_message.text;
  const q = destinationAsked(text);
  if (q) return q.kind === "abroad" || (q.kind === "country" && q.destination.zone !== "domestic");
  return before && shippingFollowUp(text);
}
