/**
 * The shopper corrects what they named a turn ago: "sorry wrong number, i meant 1003",
 * "oops typo, it's ORD-1001", "not that one, the other", "no I meant the shoes". Such a
 * message asks what the turn before asked, about what it names now; alone it reads as a
 * cancellation ("wrong order"), a complaint ("oops") or a no ("not that one"). Pure.
 */

/** Words a correction opens with: an apology, a no, a slip owned. */
const OPENER = String
  .raw`(?:sorry|soz|oops|whoops|no+|nope|nah|wait|actually|my bad|my mistake|oh|ah|argh|ugh)`;
/** The slip named: the number typed wrong, or the order or item pointed at wrongly. */
const SLIP = String
  .raw`(?:(?:the\s+)?wrong\s+(?:order\s+)?(?:number|no\.?|#|num|nr|id)|(?:a\s+|my\s+)?typo|i\s+(?:typed|wrote|put)\s+(?:it|that|the number)\s+wrong|mis-?typed|not\s+(?:that|this)\s+(?:one|order)|not\s+(?:order\s+)?(?:ord-?\s?|#)?\d{3,})`;
/** What the right one is introduced by. */
const RIGHT = String
  .raw`(?:i\s+meant|i\s+mean|meant|i\s+was\s+(?:talking|asking)\s+about|i'?m\s+(?:talking|asking)\s+about|it'?s|it\s+is|its|it\s+should\s+(?:be|say)|should\s+(?:be|have\s+been|'?ve\s+been)|the\s+(?:right|correct)\s+(?:one|number)\s+is|(?:it\s+)?was\s+meant\s+to\s+be)`;
const SEP = String.raw`[\s,.!:;—–-]*`;

/** "Sorry, I meant…", "no, I'm talking about…": the verb form, with or without an opener. */
const MEANT = new RegExp(
  `^(?:${OPENER}\\b${SEP})*(?:i\\s+meant|i\\s+mean|meant|i\\s+was\\s+(?:talking|asking)\\s+about|i'?m\\s+(?:talking|asking)\\s+about)\\b`,
  "i",
);
/** "Wrong number, it's 1003", "typo — ORD-1001", "not that one, the other": the slip named. */
const SLIPPED = new RegExp(
  `^(?:${OPENER}\\b${SEP})*${SLIP}\\b${SEP}(?:(?:${OPENER}|so)\\b${SEP})*(?:${RIGHT}\\b)?`,
  "i",
);
/** "Sorry it's 1003", "oops, should be ORD-1001": an apology and the right one at once. */
const SORRY_ITS = new RegExp(
  `^(?:(?:sorry|soz|oops|whoops|my bad|my mistake)\\b${SEP})+(?:${RIGHT})\\b`,
  "i",
);
/**
 * "Sorry 1002", "oops #1003": an apology, then the right number alone ("my bad, 2003 was my
 * brother's" tells whose it was).
 */
const SORRY_NUMBER = new RegExp(
  `^(?:(?:sorry|soz|oops|whoops|my bad|my mistake)\\b${SEP})+(?=(?:ord-?\\s?|#)?\\d{3,7}\\s*[.!]*$)`,
  "i",
);
/** "No the other one", "nah, my other order": a no, then the other order named at once. */
const NO_THE_OTHER = new RegExp(
  `^(?:(?:no+|nope|nah|not that one)\\b${SEP})+(?=(?:the|my)\\s+other\\b)`,
  "i",
);

/** The opening words of a correction (to be read past), or null when `rest` is none. */
export function correctionLead(rest: string): string | null {
  const text = rest.trim();
  const m = MEANT.exec(text) ?? SLIPPED.exec(text) ?? SORRY_ITS.exec(text) ??
    NO_THE_OTHER.exec(text) ?? SORRY_NUMBER.exec(text);
  return m ? m[0] : null;
}

/** True when `rest` (acknowledgements read past) opens as a correction of what was named. */
export function opensCorrection(rest: string): boolean {
  return correctionLead(rest) !== null;
}
