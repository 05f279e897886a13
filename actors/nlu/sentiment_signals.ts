/**
 * Signals of support language that a general sentiment lexicon misses: threats (to leave,
 * charge back, sue or report), waiting ("third time I ask", "two weeks late"), problem
 * reports ("arrived broken", "charged twice"), urgency words, shouting and emphasis.
 */
import { threatGivenUp } from "./threat_withdrawn.ts";
import type { Token } from "./wink.ts";

/** The signals found in one message; `names` lists those that fired. */
export interface SentimentSignals {
  names: string[];
  threat: boolean;
  waiting: boolean;
  problem: boolean;
  urgent: boolean;
  /** Shouting and emphasis that strengthen whatever the mood is. */
  emphasis: number;
  /** A general question ("do you ship to…?") rather than a report about the customer's case. */
  hypothetical: boolean;
  /** A question or request ("could you…", "I'd like…"): polite words in it are no mood. */
  request: boolean;
  /** Thanks or delight said outright. */
  gratitude: boolean;
}

/** Threats that make a message critical. Each needs its threatening construction, so
 * "my sister Sue", "the food court" or "I saw you on social media" stay calm. */
const THREATS: [string, RegExp][] = [
  [
    "threat_legal",
    /\b(lawyers?|attorneys?|solicitors?|legal action|lawsuit|(sue|suing) (you|your|them|this|the company)|see you in court|(take|taking) (you|this|it|them) to court|small claims)\b/,
  ],
  [
    "threat_chargeback",
    /\b(charge ?backs?|dispute (the|this|that|it|my|your) (charge|payment|transaction)|dispute (it|this|the charge )?with my (bank|card)|(call|contact|ask|tell) my (bank|card issuer|credit card company) to (reverse|cancel|block|stop|dispute|refund))\b/,
  ],
  [
    "threat_report",
    /\b(report(ing)? (you|your (company|store|shop|business)|this (company|store|shop)|them)\b|report (this|it) to|trading standards|consumer (protection|rights|agency|watchdog|ombudsman)|better business bureau|bbb|ftc|ombudsman|(call|calling|contact|involve|go to) the police)/,
  ],
  [
    "threat_leave",
    /\b(never (again )?(shop|order|buy|come back)|never (again )?use (you|your|this (store|shop|site|company|service)|(it|this) again)|(last|final) time (i|we) (order|shop|buy|use)|take my (business|money) elsewhere|(lost|losing) (a|your) customer|(leave|leaving|write|writing|post|posting|give|giving) (you )?(a |an )?(bad|negative|terrible|awful|1|one)[- ](star )?reviews?|(tell|warn) (everyone|all my friends|people|others) (about|not)|(post|posting|write|writing|share|sharing) (about )?(this|it) (on|all over|to) (social media|twitter|facebook|instagram|tiktok|reddit)|all over social media)\b/,
  ],
];

/** The threats' patterns, for readings that look for a threat in a part of a message. */
export const THREAT_PATTERNS: readonly [string, RegExp][] = THREATS;

/** A count in words or digits. */
const N = "(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|\\d+)";

/** Waiting and chasing: "third time I ask", "two weeks late", "nobody answers". */
const WAITING = new RegExp(
  [
    "(second|third|fourth|fifth|sixth|\\d+(st|nd|rd|th)) time (i|i'm|i've|im|ive|we|that|this|asking|now|in a row|writing|contacting|calling|emailing|chasing)",
    `(asked|told|called|emailed|written|wrote|contacted|complained|tried|chased|messaged|rang)( you| them| your \\w+)? ${N} times`,
    `${N} times (now|already|and|but|with no|without)`,
    "still (waiting|nothing|no (sign|update|reply|answer|response|refund|money|news|word|tracking)|not (here|arrived|received|working|fixed|refunded|shipped|delivered|sorted|resolved|back|answered|heard)|haven't|hasn't|havent|hasnt|have not|has not|didn't|didnt)",
    `been waiting (for (my|the|a|your|an) (order|parcel|package|delivery|refund|reply|answer|response|money|replacement|call|email|update|item)|since|over|more than|${N}|a (week|month|day|while)|ages|forever|weeks|days|months|so long)`,
    "waiting (for )?(ages|forever|weeks|months|days)",
    `(days|weeks|months|${N} (business |working )?(days|weeks|months)) (late|overdue|now|already|and still|and nothing|and no|without)`,
    `(over|more than) (a|${N}) (days?|weeks?|months?) (ago|now|already|and|since|late|without|with no)`,
    "again and again",
    "(no one|nobody|noone) (answers|replies|responds|gets back|helps|cares|tells|calls|called|has (answered|replied|helped|called))",
    "keep (ignoring|asking|waiting|chasing)",
    "(no|never) (answer|reply|response) (yet|from)",
    "never (got|had|received) (an? )?(answer|reply|response)",
    "it'?s been (ages|forever|\\d+ \\w+|two \\w+|three \\w+|a week|a month|over)",
    "takes? forever|taking forever|(way )?too (long|slow)|on hold|(taking|took|takes) (way |much |far )?longer",
    `took ${N} (days|weeks)`,
  ].map((p) => `\\b(?:${p})\\b`).join("|"),
);

const PROBLEM =
  /\b(damaged|broken|broke|smashed|cracked|chipped|shattered|crushed|dented|scratched|defective|faulty|soaked|ruined|stolen|missing|overdue|delayed|(lost|losing) (my|the|your|our|a|an|his|her) (parcel|package|order|item|delivery|box|shipment|stuff|money|refund|things)|(is|was|got|been|are|were|it's|its) (lost|stuck)|(you|courier|carrier|driver|they) lost|stuck (in|at) (the )?(transit|customs|depot|warehouse|hub|sorting|processing|pending|checkout|loading)|declined|rejected|failed|fails|failing|overcharged|double[- ]charged|hacked|locked out|scam|rip[- ]?off|useless|rude|ignor(ed|ing)|empty|expired|wrong|error|errors|unauthori[sz]ed|crash(es|ed|ing)?|freez(es|ing)|(?<!too )late(?! to)|never (arrived|came|showed|received|got|arrives|comes)|(has ?n[o']?t|have ?n[o']?t|did ?n[o']?t|not|never) (arrived|come|came|received|shown up|showed up|been (delivered|refunded|shipped))|(charged|billed|debited|took the (money|payment)) (me )?(twice|two times|three times|again|double)|(ca ?n[o']?t|cannot|can not|unable to) (log|sign|access|get in|get into|pay|login|checkout|check out)|(is ?n[o']?t|is not|not|does ?n[o']?t|does not|wo ?n[o']?t|will not|stopped) work(ing)?|nothing (here|there|at my door|arrived|came|inside|in the box)|no (refund|money|update|updates|response|reply|answer|tracking)|fed up|sucks?|joke|wtf|ridiculous|unacceptable|disappointed|disappointing|frustrated|frustrating|annoy(ed|ing)|complicated|impossible|confusing|leak(s|ing|ed)?|supposed to (come|arrive|be here|be delivered)|(nothing|not) like the (photo|picture|pictures|photos|description|website)|sent me a used|never (even )?(knocked|called|rang|replied|answered|showed)|(charged|billed) (me )?(for [a-z ]+ )?again|let down|not good enough|sick of|chasing)\b/;

const PROBLEM_ALL = new RegExp(PROBLEM.source, "g");
/** A negation in the three words before a match: "won't be disappointed", "no problems". */
const NEGATED_BEFORE =
  /\b(not|no|never|nothing|without|n't|nt|cannot|can't|cant|won't|wont|don't|dont|didn't|didnt|isn't|wasn't)\b(?:\W+\w+){0,2}\W*$/;

/** Whether `re` (global) matches somewhere without a negation just before it. */
function hasUnnegated(re: RegExp, lower: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (!NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

const URGENT =
  /\b(urgent(ly)?|asap|immediately|right now|right away|emergency|as soon as possible|at once)\b/;

const REQUEST =
  /\?|^(can|could|would|will|how|what|what's|whats|which|where|when|is|are|do|does|please|pls|kindly|i'd like|i would like|i'd love|i want|i need|i'm looking|i am looking|i'm interested|i am interested)\b/;
const GRATITUDE =
  /\b(thanks?|thank you|thx|ty|cheers|appreciated|grateful|love (it|them|this|that|your|you|the)|delighted|brilliant|amazing|awesome|excellent|fantastic|wonderful|perfect)\b|[😊😍🙂😀😃😄🥰❤👍🙏]/u;

const QUESTION_START =
  /^(what|what's|whats|how|do|does|is there|are there|are|is|can|could|will|would|which|who pays)\b(?!'t|n't| not|not)/;
const FIRST_PERSON = /\b(my|i|me|mine|i'm|im|i've|ive|we|our|us)\b/;

const INTENSIFIERS = new Set([
  "very",
  "really",
  "so",
  "extremely",
  "absolutely",
  "totally",
  "completely",
  "super",
  "incredibly",
  "seriously",
  "utterly",
  "highly",
  "truly",
  "beyond",
  "terribly",
  "insanely",
]);

/** Acronyms and codes that are written in capitals without shouting. */
const CAPS_OK =
  /^(ORD|TRK|USD|EUR|GBP|VAT|PDF|ETA|UPS|DHL|USPS|FEDEX|UK|USA|EU|ASAP|OK|FAQ|SMS|GDPR|ID|PIN|CVV|XL|XXL|BBB|FTC|TV|PC|LED|USB)$/;

let last: { text: string; tokens: readonly Token[]; signals: SentimentSignals } | null = null;

/**
 * Finds the support-language signals of a message from its text and wink tokens. The last
 * answer is kept: the sentiment model and the intent features ask about the same reading
 * (callers never change the answer).
 */
export function detectSignals(text: string, tokens: readonly Token[]): SentimentSignals {
  if (last !== null && last.tokens === tokens && last.text === text) return last.signals;
  const signals = readSignals(text, tokens);
  last = { text, tokens, signals };
  return signals;
}

function readSignals(text: string, tokens: readonly Token[]): SentimentSignals {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const names: string[] = [];
  let threat = false;
  for (const [name, re] of THREATS) {
    if (re.test(lower)) {
      names.push(name);
      threat = true;
    }
  }
  // "I was going to leave a 1 star review but you fixed it": no threat any more.
  if (threat && threatGivenUp(lower, (w) => THREATS.some(([, re]) => re.test(w)))) {
    names.splice(0, names.length, "threat_given_up");
    threat = false;
  }
  const hypothetical = QUESTION_START.test(lower.trim()) && !FIRST_PERSON.test(lower);
  const waiting = WAITING.test(lower);
  if (waiting) names.push("waiting");
  const problem = !hypothetical && hasUnnegated(PROBLEM_ALL, lower);
  if (problem) names.push("problem");
  const urgent = URGENT.test(lower);
  if (urgent) names.push("urgent_words");

  let emphasis = 0;
  const words = tokens.filter((t) => t.type === "word");
  const shouted = words.filter((t) =>
    t.value.length >= 3 && /^[A-Z]+$/.test(t.value) && !CAPS_OK.test(t.value)
  );
  if (shouted.length >= 2 || (shouted.length === 1 && words.length <= 2)) {
    names.push("caps");
    emphasis += 1;
  }
  if (/!{2,}|[!?]{3,}|\?!|!\?/.test(text)) {
    names.push("exclamation");
    emphasis += 1;
  }
  if (words.some((t) => INTENSIFIERS.has(t.normal))) {
    names.push("intensifier");
    emphasis += 0.5;
  }
  if (tokens.some((t) => t.type === "emoji" || t.type === "emoticon")) names.push("emoji");
  if (tokens.some((t) => t.negated)) names.push("negation");
  const request = REQUEST.test(lower.trim());
  const gratitude = GRATITUDE.test(lower);
  return { names, threat, waiting, problem, urgent, emphasis, hypothetical, request, gratitude };
}
