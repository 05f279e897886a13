/**
 * "lol the headphones r here already, way earlier than u said 😂 thx!!", "headphones came 2
 * days early!! thanks guys": goods arrived sooner than said is good news, told as thanks —
 * not a delivery problem (the words of a parcel's arrival) nor a message to ask about
 * ("would you like to sort out a delivery problem?"). Read as feedback, to be thanked back.
 * Any trouble or question beside it keeps the reading as it was. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { arrivalOnlyExpected } from "../../domain/arrival_expected.ts";

/** Readings good news of an arrival is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "feedback",
  "delivery_problem",
  "order_status",
  "small_talk",
  "other",
]);
/** The goods here: "arrived", "came", "are here", "got them". */
const ARRIVED =
  /\b(?:arrived|came|come|got here|(?:are|is|r|'re|'s) (?:here|already here)|showed up|turned up|delivered|got (?:it|them|mine|my \w+|the \w+))\b/i;
/** Sooner than said: "early", "already", "so fast", "ahead of time", "before you said". */
const SOONER =
  /\b(?:early|earlier|already|so fast|super fast|really fast|very fast|that was fast|quick(?:ly)?|ahead of (?:time|schedule)|sooner|in no time|before (?:the date|you said|expected))\b/i;
/** Trouble, doubt or a question beside it: the reading stands. */
const TROUBLE =
  /\?|\b(?:but|not|n't|never|no|broken|broke|damaged|dented|cracked|wrong|missing|late|without|problem|issue|faulty|defective|leak\w*|return|refund|cancel|where)\b/i;
/** How sure good news of an arrival is feedback. */
const CONFIDENCE = 0.8;

/** The reading with good news of an early arrival read as feedback, or as it was. */
export function arrivedEarly(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || reading.source === "conversation") return reading;
  if (reading.intent === "feedback" && reading.confidence >= CONFIDENCE) return reading;
  if (
    !ARRIVED.test(text) || !SOONER.test(text) || TROUBLE.test(text) || arrivalOnlyExpected(text)
  ) {
    return reading;
  }
  return relabelled(reading, "feedback", CONFIDENCE);
}
