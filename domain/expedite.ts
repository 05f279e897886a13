/**
 * A wish for an order to come faster, in the customer's words: "expedite", "speed it up",
 * "faster", "rush", "express". Read by the response (an expedite proposal) and by the
 * decision router (the store's own remedy before a person). Pure.
 */

/** Words that ask for an order to come faster. */
export const WANTS_FASTER =
  /\b(exp[ei]d[ie]?t|speed (it |this |them )?up|faster|quicker|upgrade|overnight|express|rush|sooner|hurry (it |this )?up)/i;

/** Whether the words ask for an order to come faster. */
export function wantsFaster(text: string): boolean {
  return WANTS_FASTER.test(text);
}

/** A speed named, and whether "not" comes just before it ("not the express one"). */
const METHOD = /\b(not\s+(?:the\s+|by\s+|with\s+)?)?(express|overnight|next[- ]day)\b/gi;

/**
 * The speed the words ask for: the last one named that is not turned down ("not the express
 * one, overnight" is overnight), or null when none is.
 */
export function methodAsked(text: string): "express" | "overnight" | null {
  let out: "express" | "overnight" | null = null;
  for (const m of text.matchAll(METHOD)) {
    if (m[1]) continue;
    out = m[2].toLowerCase() === "express" ? "express" : "overnight";
  }
  return out;
}

/** "How much is", "what does … cost", "how long does … take": the price or time asked of. */
const RATE_ASKED =
  /^\s*(?:(?:ok(?:ay)?|and|so|hm+|btw|also|oh)[\s,]+)*(?:how much\b|how long\b|how fast\b|what(?:'s| is| are| does| do| would)?\b.*\b(?:cost|price|fee|charge|rate)s?\b|what(?:'s| is) the (?:cost|price|fee)\b)/i;

/**
 * "How much is express shipping?", "how long does overnight take?": a question of a speed's
 * price or time, not a wish for this order to come faster. One that asks for the upgrade as
 * well ("how much to expedite my order?") still wants it faster.
 */
export function asksRateOfSpeed(text: string): boolean {
  return RATE_ASKED.test(text) && /\b(?:express|overnight|next[- ]day|standard)\b/i.test(text) &&
    !/\b(?:my|this|the|that) (?:order|parcel|package|one)\b|\b(?:it|them)\b/i.test(text);
}
