/**
 * How urgent a message is, judged on its own and not from how negative it sounds: an
 * angry "this is awful" can wait for the usual queue, a calm "the charger is smoking" or
 * "you charged me twice" cannot. Levels:
 * - critical: a threat (legal, chargeback, report, leaving) or a danger to someone's safety;
 * - high: money taken that should not have been, chasing after waiting, or a problem said
 *   under pressure (a deadline, "urgent", a manager asked for, shouting);
 * - medium: goods lost, late or damaged, or pressure without a problem;
 * - low: the rest, including a blocked task ("I can't log in") and plain questions.
 */
import type { Urgency } from "../../shared/protocol.ts";
import type { SentimentSignals } from "./sentiment_signals.ts";

const SAFETY =
  /\b(caught (on )?fire|on fire|(is|was|started|keeps|began) (smoking|sparking|burning)|smok(e|ing) (came|coming|pouring)|sparks?|exploded?|explosion|electric(al)? shock|(shocked|burnt|burned|cut|injured|hurt) (me|my|him|her|us|myself|herself|himself)|injur(y|ies|ed)|bleeding|hospital|allergic reaction|anaphyla\w*|chok(e|ed|ing) (on|hazard)|poison(ed|ing|ous)?|toxic|fumes|gas leak|overheat(s|ed|ing)?|melt(ed|ing))\b/;

const MONEY_LOST =
  /\b((charged|billed|debited) (me )?(twice|two times|three times|double|again)|double[- ]charged|charged (me )?for (something|an order|items?) (i )?(never|didn't|did not)|overcharged|unauthori[sz]ed|fraud(ulent)?|scam(med)?|hacked|stolen (card|money|account)|(took|taken|stole) my money|money (is )?(gone|missing|disappeared))\b/;

const GOODS_HARMED =
  /\b(damaged|broken|broke|smashed|cracked|shattered|crushed|defective|faulty|missing|stolen|lost|never (arrived|came|showed up|turned up)|(has ?n[o']?t|have ?n[o']?t|did ?n[o']?t|not) (arrived|come|turned up|shown up)|wrong (item|size|colou?r|product|order|thing)|(days|weeks?) late|overdue|delayed)\b/;

const DAY =
  "(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|the \\d+(?:st|nd|rd|th)?|end of (?:the )?(?:day|week))";
const TIME_PRESSURE = new RegExp(
  [
    `(?:need|needs|needed|must have|have to have|has to (?:arrive|be here)|got to have|want)\\b[^.!?]{0,30}\\b(?:by|before|for) ${DAY}`,
    `(?:need|needs|needed)\\b[^.!?]{0,20}\\b(?:today|tonight|tomorrow|this week|now)`,
    `(?:by|before) ${DAY}`,
    "deadline|running out of time|time[- ]sensitive|last minute|in time for",
    "(?:for|before) (?:my|our|the|a) (?:wedding|birthday|trip|flight|holiday|vacation|event|party|exam|interview|funeral)",
  ].map((p) => `\\b(?:${p})\\b`).join("|"),
);

const ESCALATION =
  /\b(manager|supervisor|escalate|escalation|formal complaint|(file|make|lodge|raise) a complaint|someone in charge|head office)\b/;

/** The urgency factors found in a message; `names` are added to the enrichment's signals. */
export interface UrgencyFactors {
  names: string[];
  safety: boolean;
  moneyLost: boolean;
  goodsHarmed: boolean;
  timePressure: boolean;
  escalation: boolean;
}

/** Finds the urgency factors of a message (lower-cased text with straight quotes). */
export function urgencyFactors(lower: string): UrgencyFactors {
  const f = {
    safety: SAFETY.test(lower),
    moneyLost: MONEY_LOST.test(lower),
    goodsHarmed: GOODS_HARMED.test(lower),
    timePressure: TIME_PRESSURE.test(lower),
    escalation: ESCALATION.test(lower),
  };
  const names: string[] = [];
  if (f.safety) names.push("safety");
  if (f.moneyLost) names.push("money_lost");
  if (f.timePressure) names.push("time_pressure");
  if (f.escalation) names.push("escalation");
  return { names, ...f };
}

const LEVELS: readonly Urgency[] = ["low", "medium", "high", "critical"];

/** Judges urgency from the support signals and the urgency factors. */
export function judgeUrgency(s: SentimentSignals, f: UrgencyFactors): Urgency {
  if (s.threat || f.safety) return "critical";
  const pressure = (f.timePressure ? 1 : 0) + (s.urgent ? 1 : 0) + (f.escalation ? 1 : 0);
  // Shouting strengthens a problem; over good news it is only excitement.
  const loud = s.emphasis >= 1 ? 1 : 0;
  const trouble = s.problem || f.goodsHarmed || f.moneyLost || s.waiting;
  let level = 0;
  if (f.goodsHarmed) level = 1;
  if (f.moneyLost || s.waiting) level = 2;
  if (trouble && pressure + loud > 0) level += 1;
  if (trouble && pressure + loud > 1) level = Math.max(level, 2);
  if (!trouble && pressure > 0) level = Math.max(level, 1);
  return LEVELS[Math.min(level, 2)];
}
