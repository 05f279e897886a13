/**
 * Mood told in shapes a model of words reads the wrong way round (the talk54 round):
 *
 * - **litotes**: a fault denied is praise — "I can't complain, it works", "can't fault the
 *   service", "no complaints here", "no issues with it at all" (read negative or neutral:
 *   "complain", "fault", "issue" are our complaints' words);
 * - **speed praised**: "delivery was lightning fast", "wow that was quick, refund already in my
 *   account" (read neutral or negative: "refund" and "delivery" come up in complaints);
 * - **an ironic opener**: praise said alone before trouble — "fantastic, the box was empty",
 *   "Brilliant. Now it won't turn on.", "oh wonderful, the refund bounced" (read positive);
 * - **a status in scare quotes**: `"on its way" for 10 days lol`, `"processing" for a month`;
 * - **anger named**: "absolutely livid", "fuming", "pissed off" (words neither lexicon rates);
 * - **done with us**: "I'm so done", "done with this store".
 *
 * Each reading turns the label only when its shape leaves no doubt, and names itself in the
 * signals. Pure: the ironic opener asks the caller how the rest of the message reads alone.
 */

type Label = "negative" | "neutral" | "positive";

/** A reading of tone: the label it gives and the signal that names it. */
export interface ToneCue {
  label: Label;
  signal: "litotes" | "speed_praise" | "irony" | "anger_named" | "done_with_us";
}

/** A fault denied: "can't complain", "can't fault it", "no complaints here", "no issues at all". */
const LITOTES =
  /\b(?:(?:i |we )?(?:can'?t|cannot|can not|couldn'?t|could not)\s+(?:really\s+|honestly\s+)?(?:complain|fault)\b(?!\s+(?:to|about)\b)|no (?:complaints?|issues?|problems?|probs|faults?)\s+(?:here|at all|whatsoever|so far|(?:at all )?with (?:it|them|this|that|the\s+\w+)\b)|(?:zero|not a single|not one) (?:complaint|issue|problem)s?\b|nothing (?:to complain about|bad to say|but good things|but praise)\b)/i;

/** Speed praised: "was lightning fast", "that was quick", "super quick refund", "came so fast". */
const SPEED =
  /\b(?:(?:was|were|is|are|been|that'?s|so+|super|really|very|lightning|incredibly|amazingly|crazy|insanely|ridiculously|pretty|wicked)\s+(?:fast|quick|speedy|prompt|snappy|swift)(?:ly)?|(?:came|arrived|turned up|got here|showed up|sorted (?:it|that)|replied|answered)\s+(?:so+ |really |super |very )?(?:fast|quick(?:ly)?|early|in no time)|already (?:in my account|here|arrived|landed|came through)|in record time)\b/i;

/** Not said as praise: a request, a question, a doubt, a comparison, or trouble beside it. */
const NOT_PRAISE =
  /\?|\b(?:not|(?:do|did|does|is|was|were|are|has|have|had|could|would|should|wo|ca)n'?t|never|too|enough|how|as fast|as quick|quick question|please|can you|could you|would you|i want|i'?d like|i need|need it|but|though|except|however|still|again|late|broken|damaged|wrong|missing|lost|refused|declined|charged|expensive)\b/i;

/** Praise said alone at the very start: "Fantastic,", "oh wonderful,", "well that's just perfect,". */
const OPENER =
  /^\s*(?:(?:oh|ah|well|wow|just|so|yeah|yay|gee|ok(?:ay)?|great)[\s,.!]+)*(?:(?:that'?s|this is|how)\s+)?(?:just\s+|really\s+|so\s+|absolutely\s+)?(?:great|wonderful|brilliant|fantastic|perfect|lovely|awesome|amazing|nice|super|terrific|marvell?ous|splendid|excellent|fab(?:ulous)?|cool|sweet)(?:[\s,.!]+(?:great|cool|perfect|thanks? (?:a lot|so much))\b)*(?:\s*[,.!…]+\s*|\s+-+\s*)(?=\S)/i;

/** Trouble told in the rest: what praise before it cannot be about. */
const TROUBLE =
  /\b(?:late|delay(?:ed)?|lost|broken|broke|damaged|dented|cracked|leak\w*|missing|empty|wrong|never (?:came|arrived|showed)|still (?:not|isn'?t|hasn'?t|waiting|no)|not (?:here|arrived|working)|won'?t (?:turn on|work|charge|start)|(?:doesn'?t|does not|didn'?t) (?:work|turn on|fit)|stopped working|dead|bounced|declined|charged (?:me )?twice|double charged|returned to sender|cancell?ed (?:my|it)|again|yet another|another (?:delay|problem|mistake))\b/i;

/** Every trouble in a text: their own negations ("won't turn on") deny nothing. */
const TROUBLES = new RegExp(TROUBLE.source, "gi");

/** A negation in the rest: trouble denied ("not broken", "no delay") is no trouble. */
const NEGATED = /\b(?:not|no|never|nothing|without)\b|n'?t\b/i;

/** A status of ours in scare quotes: `"on its way" for 10 days`, `"processing" for a month`. */
const SCARE_QUOTED =
  /["“'‘](?:on (?:its|the|it'?s) way|processing|shipped|dispatched|in transit|pending|out for delivery|delivered|soon|shortly|being prepared|being processed|investigating|looking into it|24 hours|2-3 days)[.!]?["”'’]/i;

/**
 * Anger named in words neither lexicon rates strongly enough. Words with other senses count
 * only said of the writer: "I'm raging" (never "raging cheekbones"), "so mad", and "pissed"
 * never as "getting pissed" (drunk).
 */
const ANGER =
  /\b(?:livid|fuming|furious|seething|outraged|irate|incensed|apoplectic|(?<!\bget(?:ting)? )pissed(?: off)?|p\*+ed off|(?:i'?m|im|i am|so+|absolutely|properly|really|beyond|very)\s+(?:raging|steaming|angry|mad)|hopping mad|mad as hell)\b/i;

/** "Not angry", "no longer furious", "don't be mad": anger denied or not the writer's. */
const ANGER_DENIED =
  /\b(?:not|n'?t|no longer|never|don'?t be|without being)\s+(?:\w+\s+)?(?:livid|fuming|furious|seething|outraged|irate|incensed|raging|pissed|angry|mad)\b/i;

/** "I'm so done", "done with this store", "I'm officially done with you guys". */
const DONE_WITH_US =
  /\b(?:(?:i'?m|i am|im)\s+(?:so+|absolutely|completely|totally|literally|officially|seriously|just|honestly)\s+done\b(?!\s+(?:with (?:the|my|that) (?:form|return|payment|order|survey|questions?)|now\b|here\b|\?))|done with (?:you(?: guys| people| lot)?|y'?all|u|(?:this|your|ur) (?:store|shop|company|place|site|website|service|nonsense|crap|mess|rubbish|bs|circus)))\b/i;

/**
 * The tone `text` shows in one of the shapes above, given the label read so far, or null.
 * `restLabel` reads a part of the message alone (for the ironic opener).
 */
export function toneCue(
  text: string,
  label: Label,
  restLabel: (rest: string) => Label,
): ToneCue | null {
  if (label !== "negative" && ANGER.test(text) && !ANGER_DENIED.test(text)) {
    return { label: "negative", signal: "anger_named" };
  }
  if (label !== "negative" && DONE_WITH_US.test(text)) {
    return { label: "negative", signal: "done_with_us" };
  }
  if (label !== "negative" && SCARE_QUOTED.test(text) && !/\?/.test(text)) {
    return { label: "negative", signal: "irony" };
  }
  const opener = label !== "negative" ? OPENER.exec(text) : null;
  if (opener) {
    const rest = text.slice(opener[0].length);
    const read = TROUBLE.test(rest) ? restLabel(rest) : "positive";
    // "Great, the refund bounced" (the rest alone may read neutral); never "great, not broken".
    if (read === "negative" || (read === "neutral" && !NEGATED.test(rest.replace(TROUBLES, " ")))) {
      return { label: "negative", signal: "irony" };
    }
  }
  if (label === "positive") return null;
  if (LITOTES.test(text) && !/\?|\b(?:but|though|except|however|just wanted)\b/i.test(text)) {
    return { label: "positive", signal: "litotes" };
  }
  if (SPEED.test(text) && !NOT_PRAISE.test(text.replace(SPEED, " "))) {
    return { label: "positive", signal: "speed_praise" };
  }
  return null;
}
