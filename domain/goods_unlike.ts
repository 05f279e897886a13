/**
 * Goods that came as ordered and work, but are not what the shopper expected: "way too
 * small", "doesn't fit", "looks nothing like the picture", "not as described", "feels
 * cheap". Neither damage nor the wrong item (domain/problems.ts) and certainly not a parcel
 * that never came: the remedy is a free return of those goods, the refund once they're back.
 * Pure.
 */

/** Size or fit: "way too small", "too big for my kitchen", "doesn't fit", "runs small". */
const FIT =
  /\b(?:(?:way |much |far |a bit |a little |slightly |far )?too (?:small|big|large|tight|loose|short|long|tall|narrow|wide|tiny|huge|bulky|heavy)|(?:does ?n[o']?t|did ?n[o']?t|does not|did not|won'?t|wont|dont) fit|runs? (?:small|large|big))\b/i;

/** Looks or quality unlike the listing: "looks nothing like the picture", "not as described". */
const LOOKS =
  /\b(?:(?:it'?s|its|is|are|was|so|really|super) tiny|(?:does ?n[o']?t|did ?n[o']?t|does not|did not|dont) look (?:anything |at all |much )?like (?:the |in the |on the |it did (?:in|on) the )?(?:pictures?|photos?|pics?|images?|description|website|site|listing|ad|advert)|(?:smaller|bigger|larger|thinner|cheaper) than (?:it looked|it seemed|expected|i expected|i thought|pictured|advertised|shown|described|in the (?:pictures?|photos?))|looks? (?:nothing|completely different|totally different|so different|very different|different)|(?:nothing|not) (?:at all )?like (?:the |in the |on the |what was (?:in|on) the )?(?:pictures?|photos?|pics?|images?|description|website|site|listing|ad|advert)|not as (?:described|pictured|advertised|shown)|(?:different|differs) (?:from|to|than) (?:the |what'?s (?:in|on) the )?(?:pictures?|photos?|pics?|images?|description|website|listing)|(?:looks?|feels?) (?:really |very |so |super )?(?:cheap|flimsy|fake|tacky)|cheaply made|flimsy|(?:poor|bad|low|terrible|awful|crap|crappy) quality)\b/i;

/** Supposed, not told: "what if it doesn't fit?", "will it fit", "does it run small". */
const SUPPOSED =
  /\b(?:if|what if|in case|will (?:it|they|this)|would (?:it|they|this)|does (?:it|this|that)|do (?:they|these|those)|is (?:it|this) (?:too|true)|wondering|worried)\b/i;

/** Why the goods are not what was expected, or null when the words tell no such thing. */
export type GoodsUnlike = "fit" | "looks";

/** A clause asked, not told: "will the shoes run small?", "is it too big for a shelf?". */
const ASKED =
  /^\s*(?:(?:hi|hey|hello|ok|so|and|but|also)\b[\s,]*)*(?:will|would|do|does|did|is|are|can|could|should|how|what|which)\b/i;

/** The way goods that came are unlike what was expected, as the customer tells it. */
export function goodsUnlike(text: string): GoodsUnlike | null {
  if (SUPPOSED.test(text)) return null;
  // Each thought apart: a question about the fit ("will they run small?") tells nothing.
  for (const clause of text.split(/(?<=[?])|[.!;\n]+/)) {
    if (/\?\s*$/.test(clause) && ASKED.test(clause)) continue;
    // "Tiny, way smaller than it looked online": unlike the listing, before any fit.
    if (LOOKS.test(clause)) return "looks";
    if (FIT.test(clause)) return "fit";
  }
  return null;
}

/** The reason a return of goods unlike what was expected carries. */
export function unlikeReason(kind: GoodsUnlike): string {
  return kind === "fit" ? "Does not fit" : "Not as described";
}
