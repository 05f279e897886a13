/**
 * "Can I get the mice down to one as well", "I only need one air fryer, not three", "same for
 * the mice, just one", "reduce the bottles to 2": how many of goods they have on order, said
 * in words the classifier places as a no, small talk or nothing — a change of the order's
 * items. Only when goods are named and a count is set; the response reads which line and
 * how many from the order. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { COUNT_WORD_PATTERN } from "../../domain/count_words.ts";

const N = `(?:\\d{1,2}|${COUNT_WORD_PATTERN})`;

/** A count of goods set: "down to one", "only need one", "one, not three", "reduce … to 2". */
const COUNT_SET = new RegExp(
  [
    `\\b(?:get|bring|cut|take|put|knock|drop)\\s+(?:[\\w'-]+\\s+){0,4}?down\\s+to\\s+${N}\\b`,
    `\\b(?:reduce|lower|decrease|cut)\\b[^.?!]{0,40}?\\bto\\s+(?:just\\s+|only\\s+)?${N}\\b`,
    `\\b(?:only|just)\\s+(?:need|want)\\s+${N}\\b`,
    `\\b(?:take|knock)\\s+(?:just\\s+)?(?:${N}|an?)\\s+(?:of\\s+(?:the|them|those|these)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:off|out)\\b`,
    `\\bremove\\s+(?:just\\s+)?${N}\\b`,
    `\\b${N}\\s+(?:[a-z-]+\\s+){0,3}?(?:[a-z-]+),?\\s+not\\s+${N}\\b`,
    `\\bsame\\s+(?:for|with)\\s+(?:the|my)\\s+[^.?!]{1,30}?\\b(?:just|only)\\s+${N}\\b`,
  ].join("|"),
  "i",
);

/** Goods named by an article and a noun: "the mice", "my bottles". */
const GOODS =
  /\b(?:the|my|those|these)\s+(?!(?:order|one|ones|price|total|cost|bill|amount)\b)[a-z]{3,}/i;

/** Readings the classifier gives such a message when it cannot place it. */
const UNPLACED: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "deny",
  "small_talk",
  "affirm",
  "product_question",
]);

/** How sure a count of named goods set is a change of the order's items. */
const CONFIDENCE = 0.8;

/** The reading of a count of named goods set as a change of items, or null. */
export function countSet(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!UNPLACED.has(reading.intent) || !COUNT_SET.test(text)) return null;
  // Goods the catalogue may not know by these words ("the mice"): the order's lines will.
  const named = (reading.entities.item_refs?.length ?? 0) > 0 ||
    reading.entities.products.length > 0 || GOODS.test(text);
  if (!named) return null;
  return {
    ...reading,
    intent: "modify_order",
    confidence: Math.max(reading.confidence, CONFIDENCE),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
