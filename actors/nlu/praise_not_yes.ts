/**
 * "Damn good sound too" with nothing waiting for a yes: praise of what they bought (or of
 * us), not a yes to anything — it read as a yes and was answered "Sure — what would you like
 * me to help with?"; "holy crap you guys are insanely fast lol" read as out of scope. Read as
 * feedback. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { angryFaceAlone, praisesInSlang } from "./mood_words.ts";
import { relabelled } from "./relabel.ts";
import { wantsItSorted } from "../../domain/wants_sorted.ts";
import { withPraisedParts } from "./praised_parts.ts";
import { reliefTold } from "../../domain/relief.ts";
import {
  mixedAsFeedback,
  troubleBesidePraise,
  whereBesidePraise,
} from "./praise_beside_trouble.ts";

/** Readings slang praise is misread as. */
const SLANG_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "complaint",
  "delivery_problem",
  "other",
  "small_talk",
]);

/** Words of praise. */
const PRAISE =
  /\b(?:good|great|amazing|awesome|excellent|brilliant|fantastic|love|loving|lovely|perfect|superb|incredible|gorgeous|beautiful|stunning|impressed|impressive|wonderful|fab|fabulous|painless|seamless|effortless|smooth|easy|a breeze|flawless|hassle[- ]free)\b/i;

/** Praise words that only accept what we said: "sounds good", "that's great", "good to know". */
const ACCEPTS =
  /\b(?:sounds? (?:good|great|perfect|lovely|fantastic|amazing|awesome)|(?:that'?s|thats|it'?s|its|all) (?:good|great|fine|perfect|lovely)|good to know|great,? (?:thanks?|thx|ty)|perfect,? (?:thanks?|thx|ty)|(?:very|so) good of you)\b/i;

/** Words that say nothing of their own beside a yes or praise. */
const FILLER = new Set([
  "yes",
  "yeah",
  "yep",
  "ok",
  "okay",
  "oh",
  "wow",
  "so",
  "very",
  "really",
  "too",
  "thanks",
  "thank",
  "you",
  "damn",
  "pretty",
  "super",
]);

/** The confidence of praise read by its words. */
const PRAISE_CONFIDENCE = 0.7;

/** Whether a yes with nothing to agree to praises something ("they sound great"). */
export function praisesSomething(text: string): boolean {
  if (!PRAISE.test(text) || ACCEPTS.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const own = words.filter((w) => !FILLER.has(w) && !PRAISE.test(w));
  return own.length >= 1 && words.length >= 3;
}

/** Praise addressed to us: "you guys are insanely fast", "your shop rocks", "best store ever". */
const PRAISES_US =
  /\b(?:you(?: guys| all|'re| are)?|y'?all|your (?:shop|store|service|team|support|site|delivery|shipping)|this (?:shop|store|place)|best (?:shop|store|service)(?: ever)?)\b[^.?!]*\b(?:fast|quick|speedy|best|amazing|awesome|great|brilliant|fantastic|legends?|rock|incredible|excellent|superb|wonderful)\b/i;

/** Whether the message praises us (or the service), with no question in it. */
export function praisesUs(text: string): boolean {
  return PRAISES_US.test(text) && !/\?/.test(text) &&
    !/\b(?:not|never|no longer|isn'?t|aren'?t|wasn'?t)\b/i.test(text);
}

/** "No complaints at all", "can't complain": contentment in the words of a complaint. */
const NO_COMPLAINT =
  /\b(?:no complaints?|zero complaints|can'?t complain|cannot complain|nothing to complain about|not complaining|no (?:issues|problems) at all|(?:i )?expected worse|better than (?:i )?(?:expected|thought|feared)|not as bad as (?:i )?(?:thought|expected|feared)|pleasantly surprised)\b/i;

/** Whether the message says there is nothing to complain about (and asks nothing). */
export function saysNoComplaint(text: string): boolean {
  return NO_COMPLAINT.test(text) && !/\?/.test(text) && !/\bbut\b/i.test(text);
}

/** Readings "i just want it sorted" is given when nothing was told: what we do, or nothing. */
const WANTS_READ_AS: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "other"]);

/**
 * The reading of a yes that answers nothing (no change waiting, no question of ours) and
 * praises something, or of a message out of scope that praises us: feedback; the reading
 * as it was otherwise.
 */
export function praiseNotYes(
  r: IntentEnrichment,
  text: string,
  opts: { pendingChange: boolean },
): IntentEnrichment {
  if (opts.pendingChange) return r;
  // "Phew, just saw the mixer got delivered, all good", "panic over, it turned up" after its
  // news: relief asks nothing of the order.
  if (r.intent !== "small_talk" && reliefTold(text)) return asOneRequest(r, text, "small_talk");
  if (r.source === "conversation") return r;
  // "I just want it sorted" read as small talk or praise: a grievance whose story is untold.
  // (Read as feedback, after a let-down told, it is thanked and asked what we can do.)
  if (WANTS_READ_AS.has(r.intent) && wantsItSorted(text)) return relabelled(r, "complaint", 0.7);
  // "😡" alone tells no complaint yet: out of scope's upset reply asks what happened.
  if (r.intent === "complaint" && angryFaceAlone(text)) {
    const requests = r.requests?.map((q) => ({ ...q, intent: "other" as const }));
    return { ...r, intent: "other", ...(requests ? { requests } : {}) };
  }
  // "Perfect, thanks a ton!! you've been super helpful": one thanks, answered once.
  if (thanksWithPraise(r)) return asOneRequest(r, text, "small_talk");
  // "Loved your products. Unfortunately ORD-3001 never arrived": the trouble leads.
  const trouble = troubleBesidePraise(r, text);
  if (trouble !== r) return trouble;
  // "I love you guys but please where are my headphones 😩": where they are, and thanks.
  const where = whereBesidePraise(r);
  if (where !== r) return where;
  // "Love the shoes but delivery took forever": thanked and owned, nothing to chase.
  const mixed = mixedAsFeedback(r, text);
  if (mixed !== r) return mixed;
  // "The stand mixer I received is wonderful": goods praised, in a part or in the whole.
  const praisedParts = withPraisedParts(r, text);
  if (praisedParts !== r) return praisedParts;
  // "Holy crap you guys are insanely fast lol" read as out of scope; "no complaints at all"
  // read as a complaint.
  // "This shop is fire 🔥", "the headphones are sick" read as a complaint: slang praise.
  // (Read as feedback, but too unsurely to answer: "hii im so hapy with my espreso machine".)
  const unsure = r.intent === "feedback" && r.confidence < PRAISE_CONFIDENCE;
  const slang = (SLANG_MISREAD.has(r.intent) || unsure) && praisesInSlang(text);
  const praised = slang || r.intent === "affirm"
    ? slang || praisesSomething(text)
    : r.intent === "complaint"
    ? saysNoComplaint(text)
    : r.intent === "other" && praisesUs(text);
  if (!praised) return r;
  return {
    ...r,
    intent: "feedback",
    confidence: PRAISE_CONFIDENCE,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== "feedback").slice(0, 3),
    requests: [{
      intent: "feedback",
      confidence: PRAISE_CONFIDENCE,
      text,
      start: 0,
      end: text.length,
    }],
  };
}

/** The whole message as one request of `intent`, read by its words. */
function asOneRequest(r: IntentEnrichment, text: string, intent: Intent): IntentEnrichment {
  const confidence = 0.8;
  const whole = relabelled({ ...r, requests: undefined }, intent, confidence);
  return { ...whole, requests: [{ intent, confidence, text, start: 0, end: text.length }] };
}

/** Thanks in so many words. */
const THANKS = /\b(?:thanks?|thank you|thx|ty|tysm|cheers|ta)\b/i;

/**
 * Whether the message thanks us and praises us beside it, and asks nothing: read as two
 * requests, it was thanked twice ("Happy to help!… Thank you so much — that's lovely to hear…").
 */
function thanksWithPraise(r: IntentEnrichment): boolean {
  const parts = r.requests ?? [];
  return r.intent === "small_talk" && parts.length >= 2 &&
    parts.every((q) => q.intent === "small_talk" || q.intent === "feedback") &&
    parts.some((q) => q.intent === "small_talk" && THANKS.test(q.text));
}
