/**
 * Slow starts: a message that only announces what is coming — "quick question", "can i ask
 * something?", "i have a question for you" (one question, not said yet), "Hi, I have an issue",
 * "i've got a problem", "something's wrong" (a problem, nothing said of it), "so about my
 * order...", "it's about an order" (an order, nothing asked of it). The classifier guessed
 * from the few words: "quick question" was thanked as praise, "I have an issue" was asked
 * whether it was a payment or a sign-in problem, "so about my order..." was read as a
 * cancellation the shopper never asked for. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { announced } from "../../domain/opener.ts";
import { relabelled } from "./relabel.ts";

/** How sure a slow start is what it announces. */
const CONFIDENCE = 0.75;

/**
 * Readings kept whatever the words: a person asked for, a yes. ("Something's not right" read
 * as a no is a problem announced: a no to nothing.)
 */
const KEPT: ReadonlySet<Intent> = new Set<Intent>(["human_agent", "affirm"]);

/**
 * The reading of a slow start: a question announced is chat (the reply asks for it), a
 * problem is a problem with an order (the reply asks which, or what happened), an order is
 * its status (its news, and what can be done with it). Else the reading as it was.
 */
export function asOpener(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (KEPT.has(reading.intent)) return reading;
  const what = announced(text);
  if (!what) return reading;
  const intent: Intent = what === "question"
    ? "small_talk"
    : what === "problem"
    ? "delivery_problem"
    : "order_status";
  if (reading.intent === intent && reading.confidence >= CONFIDENCE) return reading;
  return relabelled(reading, intent, CONFIDENCE);
}
