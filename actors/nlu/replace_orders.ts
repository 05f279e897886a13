/**
 * "Replace both please", "send replacements for both", "new ones for both pls": the
 * replacement asked for several orders at once, after their trouble was told. The classifier
 * hears "replace" as a change of items or reads nothing at all; with no item to switch to
 * ("with the blue one"), the words ask for the store's remedy: a delivery problem put right by
 * a replacement (the response proposes one for each order). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** A replacement of several orders asked in so many words, and nothing else. */
const REPLACE_THEM =
  /^\s*(?:(?:ok(?:ay)?|so|then|fine|just|please|pls|plz|yes|yeah|can you|could you|would you|i(?:'d| would) like (?:you )?to)[\s,.!]+)*(?:replace|send (?:me )?(?:new ones|replacements|a replacement|a new one)(?: for)?|new ones for|replacements? for)\s+(?:both(?: of them| orders)?|them(?: both| all)?|all (?:of )?(?:them|my orders)|each(?: of them| one| order)?)(?:\s+(?:please|pls|plz|thanks|thx|then))*\s*[.!]*\s*$/i;

/** The same, said of them: "I would like both replaced please", "can I get them both replaced". */
const THEM_REPLACED =
  /^\s*(?:(?:ok(?:ay)?|so|then|fine|just|please|pls|plz|yes|yeah)[\s,.!]+)*(?:(?:i(?:'d| would) like|i want|can i (?:have|get)|could i (?:have|get)|please (?:have|get))\s+)?(?:both|them both|them all|all of them|both of them|each of them)\s+replaced(?:\s+(?:please|pls|plz|thanks|thx|then))*\s*[.!]*\s*$/i;

/** Readings such an ask is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "modify_order",
  "other",
  "affirm",
  "small_talk",
  "return_item",
  "account_update",
]);

/** How sure the reading is once the words said it. */
const CONFIDENCE = 0.8;

/** The reading with "replace both" read as the replacement asked (see above). */
export function asReplacementOfOrders(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || !(REPLACE_THEM.test(text) || THEM_REPLACED.test(text))) {
    return reading;
  }
  return relabelled(reading, "delivery_problem", CONFIDENCE);
}
