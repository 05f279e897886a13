/**
 * "Hi there, I've got a couple of things to sort out today", "i have a couple of issues to go
 * through", "got a few questions for you": several things announced, none said yet. The
 * classifier read some as a payment problem (asked "a payment problem, or a person?", or told
 * about declined cards); nothing is asked yet — a greeting's "how can I help?" is the answer.
 * Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** Readings an announcement of several things is taken for that say more than its words. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "account_access",
  "other",
  "small_talk",
  "complaint",
  "delivery_problem",
  "product_question",
  "policy_question",
]);

/** The whole message only announces several things (a greeting and a please aside). */
const ANNOUNCED = new RegExp(
  String
    .raw`^(?:(?:hi|hello|hey|hiya|heya|morning|good (?:morning|afternoon|evening)|there|um+|so|ok(?:ay)?)\b[\s,!.]*)*` +
    String
      .raw`(?:(?:i|we)(?:'ve| have)? got\s+|(?:i|we)\s+(?:have|need (?:help|a hand) with|need to (?:sort out|ask about|go through))\s+|got\s+|need help with\s+)?` +
    String
      .raw`(?:a couple(?: of)?|a few|couple(?: of)?|few|two|three|several|some|a number of|a handful of)\s+` +
    String.raw`(?:more\s+|quick\s+|small\s+|little\s+|different\s+)*` +
    String.raw`(?:things|questions|qs|issues|problems|queries|bits|matters|requests)` +
    String
      .raw`(?:\s+(?:to|i need to|i want to|i'd like to)\s+(?:sort(?: out)?|go through|go over|ask(?: about)?|deal with|fix|discuss|check(?: on)?|run by you|sort out with you))?` +
    String
      .raw`(?:\s+(?:for you|with you|today|please|pls|if that's ok|if thats ok|lol))*[\s.!?:]*$`,
  "i",
);

/** How sure an announcement of several things is chat. */
const CONFIDENCE = 0.8;

/** The reading with several things announced read as chat (a greeting's "how can I help?"). */
export function asSeveralThings(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || !ANNOUNCED.test(text.trim().replace(/[‘’]/g, "'"))) {
    return reading;
  }
  return relabelled(reading, "small_talk", CONFIDENCE);
}
