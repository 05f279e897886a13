/**
 * What a customer says went wrong with goods that reached them, in their words: arrived
 * damaged, does not work, or not what they ordered. One place for the response's offers,
 * the return reason and the tone, so they read the same message the same way.
 */

/**
 * The goods are out of shape: "warped", "the base is wobbly", "it doesn't sit flat on the
 * hob", "rocks on the stove".
 */
export const MISSHAPEN =
  /\b(?:warp(?:ed|ing)|wobbl(?:y|es|ing)|misshapen|lopsided|out of shape|(?:doesn'?t|does not|won'?t|wont|dont|don'?t|will not|can'?t) (?:sit|lie|lay|stand) (?:flat|level|straight|properly)|rocks (?:on|back and forth|about))\b/i;

/** A tear, a rip or a hole in the goods: "has a big tear in it", "there's a hole". */
export const HOLED =
  /\b(?:has|have|had|with|got|there'?s|there is|there are)\s+(?:a\s+|some\s+)?(?:big\s+|huge\s+|large\s+|small\s+|little\s+|massive\s+|long\s+)?(?:tear|rip|hole|gash|slash)s?\b/i;

/** The goods arrived damaged or broken ("in pieces", "cracked", "smashed", "warped"). */
export const DAMAGED = new RegExp(
  String
    .raw`\b(?:damag\w*|broken|broke|crack\w*|smash\w*|shatter\w*|dent(?:ed|s)?|scratch\w*|chipped|crushed|squashed|bent|leak\w*|torn|ripped|in (?:pieces|bits|two)|fell apart|falling apart)\b|${MISSHAPEN.source}|${HOLED.source}`,
  "i",
);

/** The goods do not work ("faulty", "won't turn on", "stopped working", "doesn't heat up"). */
export const FAULTY =
  /\b(?:faulty|defect\w*|(?:is|'s|s|went|just) dead(?! on arrival)|died|doesn'?t work|does not work|not working|isn'?t working|stopped working|won'?t (?:turn|switch|power) on|dead on arrival|doa|(?:weird|strange|loud|grinding|rattling|buzzing|burning|horrible|awful|funny|clicking|screeching) (?:noise|sound|smell)s?|(?:smell|stink|reek)(?:s|ed|ing)? (?:really |very |so |super |kinda |a bit )?(?:weird|strange|funny|bad|awful|horrible|off|burnt|of (?:burn\w*|burnt|smoke|gas|plastic|chemicals|rubber)|like (?:burning|burnt|smoke|gas|melting|melted|plastic|chemicals|fish|rubber)\w*)|(?:sparks|sparking|smoking|gives? off smoke)|overheat(?:s|ing)?|keeps (?:turning|switching|cutting) (?:itself )?off|won'?t (?:charge|heat up|heat|start|pair|connect)|(?:stopped|not|isn'?t|aren'?t) (?:charging|heating|pairing|connecting)|(?:doesn'?t|does not|dont|don'?t|do not|won'?t|wont|will not|can'?t|cannot) (?:even |really |properly )?(?:heat|charge|start|pair|connect|froth|blend|spin|turn on|switch on|power (?:on|up)))\b/i;

/**
 * Something else than what was ordered came, or a part of it did not ("I got a size 8 but
 * ordered a 9": the wrong one came, never a parcel that did not).
 */
export const WRONG_OR_MISSING =
  /\b(?:wrong (?:items?|size|colou?r|products?|thing|model|one|order|parts?|pieces?)|not what i (?:ordered|paid for)|not the (?:one|model|colou?r|size) i (?:ordered|paid for|chose|picked)|(?:is|are|was|were) missing|missing (?:part|parts|piece|pieces|item|items)|(?:part|parts|piece|pieces) (?:is |are )?missing|(?:got|received|receive|sent(?: me)?|send me|came with|delivered|shipped|packed|gave me) (?:me )?(?:the |a |an )?wrong(?! (?:idea|impression|end|way|number|email|link|info\w*|answer|person|time|day|address|card|code|account)\b)|wrong [a-z]+ (?:came|arrived|turned up|was (?:sent|delivered|packed|in)|in (?:my|the) (?:box|parcel|package|order))|(?:colou?r|size|model|version|style|shade|finish) (?:is|was|are|were|'s|s) (?:all |completely |totally |just )?wrong|(?:came|arrived|is|it'?s|its|are|they'?re) (?:in )?(?:a |the )?(?:different|wrong) colou?r|(?:got|received|recieved|sent me|sent us|you sent|they sent) (?:a |an |the |some )?[a-z][a-z -]{0,30}? instead of|(?:got|received|recieved|was sent|were sent|came as) (?:a |an |the )?(?:size )?[a-z0-9][a-z0-9 .-]{0,30}? but (?:i |we )?(?:ordered|wanted|asked for|paid for|picked|chose|selected)\b|ordered (?:a |an |the )?[a-z][a-z -]{0,30}? but (?:got|received|recieved|you sent|they sent) (?:a |an |the )?(?!it\b|them\b|nothing\b)[a-z]+|ordered [^.?!]{1,40}? (?:and|but) (?:you|u|they|you guys|u guys) (?:sent|shipped|gave) (?:me |us )?(?:a|an|the|some) [a-z]+|only (?:got|received|recieved|came with) (?:the |my |one |1 |half)|only (?:one|1|half) of (?:the |my )?(?:two|2|three|3|four|4|both|items|things|stuff|order)|ordered (?:two|three|four|2|3|4)\b[^.?!]{0,30}?\b(?:got|received|recieved|came|arrived)\b[^.?!]{0,12}?\b(?:one|1|two|2)\b)\b/i;

/**
 * A part of the goods did not come: "came without the water tank", "no lid in the box",
 * "the charger wasn't included", "didn't come with the bowl", "missing the remote".
 */
export const PART_MISSING =
  /\b(?:(?:came|arrived|delivered|shipped|turned up|showed up|was sent|were sent|got it|received it)\s+(?:\w+\s+)?without\s+(?:a|an|the|its|their|any)\b|(?:did ?n[o']?t|does ?n[o']?t|did not|does not|never)\s+(?:come|arrive|ship)\s+with\b|(?:was|were|is|are)\s*(?:n[o']?t|not)\s+(?:included|in (?:the|my|our) (?:box|package|parcel|order))|no\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|inside)\s+(?:the\s+(?:box|package|parcel)|(?:t|h)here|it)\b|(?:was|were)\s*(?:n[o']?t|not)\s+in\s+(?:t|h)here\b|missing\s+(?:the|a|an|its|their|my)\s+(?!(?:refund|money|payment|transfer|funds|card|parcel|package|order|delivery)\b)[a-z]+)/i;

/** What went wrong with goods that came, or null when the words name nothing of it. */
export type GoodsProblem = "damaged" | "faulty" | "wrong_or_missing";

/** The problem a message reports with goods that arrived, the most specific first. */
export function goodsProblem(text: string): GoodsProblem | null {
  if (DAMAGED.test(text)) return "damaged";
  if (WRONG_OR_MISSING.test(text) || PART_MISSING.test(text)) return "wrong_or_missing";
  if (FAULTY.test(text)) return "faulty";
  return null;
}

/** The reason a change for goods that do not work carries. */
export const FAULTY_REASON = "Does not work";

/** The reason a change for goods that arrived damaged carries. */
export const DAMAGED_REASON = "Arrived damaged";

/** The reason a change for goods that came wrong or incomplete carries. */
export const WRONG_REASON = "Wrong or missing item";
/** The reason when the customer said which: the wrong item came, or one was missing. */
export const WRONG_ITEM_REASON = "Wrong item";
export const MISSING_ITEM_REASON = "Missing item";

/** Whether a change's reason says the goods came wrong or incomplete. */
export function wrongOrMissingReason(reason: unknown): boolean {
  return reason === WRONG_REASON || reason === WRONG_ITEM_REASON ||
    reason === MISSING_ITEM_REASON;
}

/** What the store records a customer reported about delivered goods. */
export type ReportedIssue = "damaged" | "wrong_item" | "missing_item";

/** What the customer's words report about delivered goods, as the store records it. */
export function reportedIssueIn(text: string): ReportedIssue | null {
  if (DAMAGED.test(text)) return "damaged";
  if (PART_MISSING.test(text)) return "missing_item";
  if (WRONG_OR_MISSING.test(text)) {
    return /missing|\bonly (?:got|received|recieved|came with|one|1|half)\b|ordered (?:two|three|four|2|3|4)\b/i
        .test(text)
      ? "missing_item"
      : "wrong_item";
  }
  return null;
}

/**
 * What the customer's words report about a delivered order, as the replacement rule reads it
 * (`canReplace`'s options): damage, or the wrong or a missing item. Nothing for an order not
 * delivered.
 */
export function reportsIn(
  order: { status: string },
  text: string,
): { reportsDamage: boolean; reportsWrong: boolean } {
  const issue = order.status === "delivered" ? reportedIssueIn(text) : null;
  // A fault found in use ("makes a grinding noise") is replaced like goods that came damaged.
  const faulty = order.status === "delivered" && issue === null && FAULTY.test(text);
  return {
    reportsDamage: issue === "damaged" || faulty,
    reportsWrong: issue !== null && issue !== "damaged",
  };
}
