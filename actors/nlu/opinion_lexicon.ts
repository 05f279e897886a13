/**
 * A second rated word list beside VADER's, for the words of reviews that VADER does not know
 * ("bland", "mediocre", "stale", "superb"): the 710 adjectives of CLiPS Pattern's English
 * lexicon rated as opinions more than facts, rated from product reviews (`opinion_lexicon.json`,
 * provenance in docs/nlu.md). VADER reads a word from it where it has none of its own
 * (`valence.ts`), and its sums over a message, with negation and a contrastive "but", are
 * features of the learned model, which weighs them against VADER and the words.
 */
import data from "./opinion_lexicon.json" with { type: "json" };
import type { Token } from "./wink.ts";

const WORDS = new Map<string, number>(Object.entries(data.words));
const NEGATORS = new Set(["not", "no", "never", "without", "nothing", "nobody", "none", "cannot"]);
const CONTRAST = new Set(["but", "however", "although", "though"]);

/** The list's polarity of a word (−1…1), by its own form or without a plural "s". */
export function opinionPolarity(word: string): number | undefined {
  const v = WORDS.get(word);
  if (v !== undefined || word.length <= 4 || !word.endsWith("s")) return v;
  return WORDS.get(word.slice(0, -1));
}

/** Positive and negative mass of the list over a message. */
export interface OpinionSums {
  positive: number;
  negative: number;
}

/**
 * Reads the list over a message's tokens: a word within three words after a negation counts
 * the other way, a little less (VADER's −0.74); with a contrast in the message, what comes
 * before it counts half and what follows one and a half times.
 */
export function readOpinion(tokens: readonly Token[]): OpinionSums {
  const sums = { positive: 0, negative: 0 };
  const contrast = tokens.some((t) => CONTRAST.has(t.normal));
  let scope = 0;
  let after = false;
  for (const t of tokens) {
    if (t.type === "punctuation") {
      scope = 0;
      continue;
    }
    if (NEGATORS.has(t.normal)) {
      scope = 3;
      continue;
    }
    if (CONTRAST.has(t.normal)) after = true;
    if (t.type !== "word" && t.type !== "hashtag") continue;
    const v = opinionPolarity(t.type === "hashtag" ? t.normal.slice(1) : t.normal);
    const flip = scope > 0 ? -0.74 : 1;
    if (scope > 0) scope--;
    if (v === undefined) continue;
    const x = v * flip * (contrast ? (after ? 1.5 : 0.5) : 1);
    if (x > 0) sums.positive += x;
    else sums.negative -= x;
  }
  return sums;
}
