/**
 * A few words that only vent — "THIS IS UNACCEPTABLE", "this is ridiculous 🙄", "absolutely
 * disgusting service", "what a joke", "im not happy" — and tell of no trouble, ask for nothing and name no
 * order or goods. Said beside a question ("…WHERE IS MY ORDER 1001") they are no complaint
 * of their own to thank for reading; said while a change waits for a yes they are no new
 * request (a supervisor's review had replaced the carrier's investigation waiting). Pure.
 */

/** Words that judge the situation (or us) and say nothing else. */
const JUDGEMENT =
  "(?:unacceptable|ridiculous|ridic|disgusting|terrible|awful|horrible|pathetic|appalling|outrageous|shocking|insane|absurd|(?:a\\s+)?joke|(?:a\\s+)?disgrace|(?:a\\s+)?scam|(?:a\\s+)?nightmare|(?:a\\s+)?shambles|useless|unbelievable|rubbish|crap|bs|nonsense|madness|beyond a joke|so annoying|annoying|frustrating|infuriating|a mess|not ok(?:ay)?|not good enough|not acceptable)";

/** "this is", "your service is", "what a", "such a", "honestly", "seriously"… before it. */
const LEAD =
  "(?:(?:ok(?:ay)?|wow|omg|ugh+|honestly|seriously|srsly|jesus|god|man|well|right|so|and|just|ngl|" +
  "not gonna lie|not going to lie|to be honest|tbh)\\b[\\s,.!]*)*" +
  "(?:(?:this|that|it|which|all this|this whole thing|the whole thing)\\s*(?:is|was|'s|'?s|is just|is honestly|is actually|is getting)\\s+" +
  "|(?:your|the|ur)\\s+(?:service|company|shop|store|support|customer service)\\s+(?:is|'s)\\s+" +
  "|(?:what|such)\\s+an?\\s+" +
  "|(?:absolutely|totally|completely|utterly|truly|frankly|simply)\\s+)?";

/** Intensifiers between the lead and the judgement. */
const INTENSE =
  "(?:(?:so|absolutely|totally|completely|utterly|really|just|beyond|honestly|frankly|seriously|actually|quite|very|fucking|f\\*+ing|bloody|freaking|frickin|pretty)\\s+)*";

/** What may follow: "service", "of a company", "now", "tbh", punctuation and emoji. */
const TAIL =
  "(?:\\s+(?:service|customer service|support|of a (?:company|shop|store)|now|tbh|honestly|seriously|really|mate|guys|lol))*";

const VENT = new RegExp(
  `^${LEAD}${INTENSE}${JUDGEMENT}${TAIL}[\\s.!?,]*$`,
  "i",
);

/**
 * How they feel, said of themselves and of nothing else: "im not happy", "I'm really
 * annoyed about this", "not impressed", "so disappointed tbh". Praise is no venting: only
 * a feeling turned down ("not happy") or a bad one counts.
 */
const MOOD = new RegExp(
  "^(?:(?:and|but|so|ok(?:ay)?|honestly|tbh|ugh+|seriously|ngl|not gonna lie|not going to lie|" +
    "to be honest|i(?:'ll| will) be honest|i (?:have|must|gotta) say|gotta say|well|man|omg)[\\s,]+)*" +
    "(?:(?:i'?m|i am|im|am|we'?re|we are|feeling)\\s+)?" +
    "(?:(?:so|really|very|pretty|quite|super|extremely|honestly|just|seriously|getting|" +
    "fucking|bloody|absolutely|totally|beyond)\\s+)*" +
    "(?:not\\s+(?:(?:very|too|at all|so)\\s+)?(?:happy|pleased|impressed|amused|ok(?:ay)?|satisfied)" +
    "|unhappy|annoyed|upset|disappointed|frustrated|angry|mad|furious|livid|gutted|fed up|" +
    "(?:sick|tired) of (?:this|it|waiting))" +
    "(?:\\s+(?:at all|about (?:it|this|that)|with (?:it|this|that|you(?: guys)?|the service)|tbh|honestly|now|rn|lol))*" +
    "[\\s.!?,]*$",
  "i",
);

/** Emoji and pictographs, read past: "this is ridiculous 🙄". */
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/** Whether `text` only vents: a judgement of a few words, no request, no order named. */
export function onlyVents(text: string): boolean {
  const t = text.replace(EMOJI, " ").replace(/\s+/g, " ").trim();
  if (t === "" || t.split(" ").length > 8) return false;
  return VENT.test(t) || MOOD.test(t);
}
