/**
 * VADER-style valence of a message (Hutto & Gilbert, ICWSM 2014): the VADER lexicon (7,500
 * words, slang and emoticons rated by people, from `npm:vader-sentiment`) read over wink's
 * tokens with VADER's rules: negation within three words ("not good", "no problems at all"),
 * degree words ("very", "slightly"), ALL CAPS, "!" and a contrastive "but" (what follows it
 * counts more). A word VADER lacks is read from Pattern's review adjectives
 * (`opinion_lexicon.ts`: "bland", "mediocre", "superb"). The port's own analyser is not used: it tokenises again and reads about
 * 2,000 messages a second here, where this reads tens of thousands.
 *
 * Support talk needs a few words read differently: courtesy and shop words that the
 * general lexicon rates as moods carry none in a chat ("please cancel", "ok go ahead",
 * "help me log in", "free shipping", "customer care"), and "this is a joke" is no praise.
 * Ids, numbers and product names are not in the lexicon, so they weigh nothing here.
 */
import { lexicon as VADER } from "vader-sentiment/src/vader_lexicon.js";
import { opinionPolarity } from "./opinion_lexicon.ts";
import type { Token } from "./wink.ts";

/** The valence reading of one message. */
export interface Valence {
  /** VADER's normalised score, −1…1. */
  compound: number;
  /** Sum of the positive valences after the rules (≥ 0). */
  positive: number;
  /** Sum of the negative valences after the rules, as a positive number. */
  negative: number;
  /** Normalised score of the last sentence (where a message usually lands). */
  last: number;
  /** Number of words that carried a valence. */
  hits: number;
}

const LEX = new Map<string, number>(Object.entries(VADER as Record<string, number>));

/** Words whose general mood is not theirs in a support chat (0), or is another. */
const SUPPORT = new Map<string, number>(Object.entries({
  please: 0,
  pls: 0,
  plz: 0,
  kindly: 0,
  help: 0,
  helps: 0,
  ok: 0,
  okay: 0,
  yes: 0,
  yeah: 0,
  yep: 0,
  sure: 0,
  want: 0,
  wants: 0,
  free: 0,
  gift: 0,
  gifts: 0,
  hope: 0,
  hoping: 0,
  credit: 0,
  care: 0,
  dear: 0,
  support: 0,
  supported: 0,
  interested: 0,
  safe: 0,
  secure: 0,
  urgent: 0,
  cancel: 0,
  cancelled: 0,
  canceled: 0,
  cancellation: 0,
  charge: 0,
  charged: 0,
  charges: 0,
  pay: 0,
  stop: 0,
  block: 0,
  true: 0,
  joke: -1.5,
}));

/** Phrases of two or three words, by their wink normal forms. */
const PHRASES = new Map<string, number>(Object.entries({
  "can not stand": -2.0,
  "fed up": -1.8,
  "screwed up": -1.5,
  "no thanks": 0,
  "no thank": 0,
  "yeah right": -2,
  // Idioms whose words say the opposite, or nothing: "can't wait", "mediocre at best".
  "can not wait": 2,
  "at best": -2,
  "had better": -1.5,
  "thumbs up": 2,
  "thumbs down": -2,
  "to die for": 2.5,
  "not be happier": 3,
  "can not beat": 2,
  "not say enough": 2.5,
  "to be desired": -2,
  "never go back": -2,
  "never come back": -2,
  "never return": -2,
  "will be back": 1.5,
  "will come back": 1.5,
  "first and last": -2,
  // Ratings.
  "zero stars": -2.5,
  "no stars": -2.5,
  "one star": -2,
  "1 star": -2,
  "five stars": 2.5,
  "5 stars": 2.5,
}));

const NEGATORS = new Set([
  "not",
  "never",
  "without",
  "nothing",
  "nobody",
  "none",
  "neither",
  "nor",
  "nowhere",
  "cannot",
  "rarely",
  "seldom",
  "despite",
  "aint",
  "arent",
  "cant",
  "couldnt",
  "didnt",
  "doesnt",
  "dont",
  "hadnt",
  "hasnt",
  "havent",
  "isnt",
  "shouldnt",
  "wasnt",
  "werent",
  "wont",
  "wouldnt",
  "nt",
]);

const B = 0.293;
const BOOSTERS = new Map<string, number>([
  ...[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerably",
    "decidedly",
    "deeply",
    "effing",
    "enormously",
    "entirely",
    "especially",
    "exceptionally",
    "extremely",
    "fabulously",
    "freaking",
    "fricking",
    "frigging",
    "fully",
    "fucking",
    "greatly",
    "hella",
    "highly",
    "hugely",
    "incredibly",
    "intensely",
    "majorly",
    "more",
    "most",
    "particularly",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "super",
    "thoroughly",
    "totally",
    "tremendously",
    "unbelievably",
    "unusually",
    "utterly",
    "very",
  ].map((w): [string, number] => [w, B]),
  ...[
    "almost",
    "barely",
    "hardly",
    "kinda",
    "less",
    "little",
    "marginally",
    "occasionally",
    "partly",
    "scarcely",
    "slightly",
    "somewhat",
    "sorta",
  ].map((w): [string, number] => [w, -B]),
]);

/** Who likes: "I like it" is a mood, "I'd like to", "looks like" are not. */
const LIKERS = new Set([
  "i",
  "we",
  "they",
  "you",
  "really",
  "definitely",
  "totally",
  "also",
  "do",
  "did",
  "does",
  "not",
  "nt",
]);
const CONTRAST = new Set(["but", "however"]);
const SENTENCE_END = /[.!?]/;

interface Item {
  normal: string;
  value: string;
  sentence: number;
}

/** Scores the valence of a message from its wink tokens. */
export function scoreValence(tokens: readonly Token[], text: string): Valence {
  const items: Item[] = [];
  let sentence = 0;
  for (const t of tokens) {
    if (t.type === "punctuation") {
      if (SENTENCE_END.test(t.normal)) sentence++;
      continue;
    }
    if (t.type === "word" || t.type === "emoticon" || t.type === "number") {
      // wink leaves a full stop on some words ("in.").
      const normal = t.normal.endsWith(".") ? t.normal.slice(0, -1) : t.normal;
      items.push({ normal, value: t.value, sentence });
    } else if (t.type === "hashtag") {
      items.push({ normal: t.normal.slice(1), value: t.value.slice(1), sentence });
    }
  }
  const shoutable = /[a-z]/.test(text) && /[A-Z]{2}/.test(text);
  const contrastAt = items.findIndex((it) => CONTRAST.has(it.normal));
  const valences = new Float64Array(items.length);
  const phrase = phrases(items);
  for (let i = 0; i < items.length; i++) {
    let v = valenceAt(items, i, phrase);
    if (v === 0) continue;
    const it = items[i];
    if (shoutable && it.value.length >= 2 && /^[A-Z]+$/.test(it.value)) v += Math.sign(v) * 0.733;
    for (let d = 1; d <= 3 && i - d >= 0 && items[i - d].sentence === it.sentence; d++) {
      // A phrase's own words ("can't say enough") are not negations of what follows.
      if (phrase?.has(i - d)) continue;
      const prev = items[i - d];
      const boost = BOOSTERS.get(prev.normal) ?? (prev.normal === "pretty" ? B : 0);
      if (boost) v += Math.sign(v) * boost * (d === 1 ? 1 : d === 2 ? 0.95 : 0.9);
      if (NEGATORS.has(prev.normal) || (d === 1 && prev.normal === "no")) v *= -0.74;
    }
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : 1.5;
    valences[i] = v;
  }
  let sum = 0, positive = 0, negative = 0, hits = 0, lastSum = 0;
  const lastSentence = items.length ? items[items.length - 1].sentence : 0;
  valences.forEach((v, i) => {
    if (v === 0) return;
    hits++;
    sum += v;
    if (v > 0) positive += v;
    else negative -= v;
    if (items[i].sentence === lastSentence) lastSum += v;
  });
  const bangs = Math.min((text.match(/!/g) ?? []).length, 4) * 0.292;
  const asks = (text.match(/\?/g) ?? []).length;
  const amplify = bangs + (asks > 1 ? Math.min(asks, 3) * 0.18 : 0);
  if (sum > 0) sum += amplify;
  else if (sum < 0) sum -= amplify;
  return { compound: normalise(sum), positive, negative, last: normalise(lastSum), hits };
}

/** The first words of the phrases, so most words skip the phrase lookups. */
const PHRASE_STARTS = new Set([...PHRASES.keys()].map((p) => p.split(" ")[0]));

/** Phrase valences by the index of their first word; later words of a phrase are NaN. */
function phrases(items: readonly Item[]): Map<number, number> | null {
  let found: Map<number, number> | null = null;
  for (let i = 0; i + 1 < items.length; i++) {
    if (!PHRASE_STARTS.has(items[i].normal)) continue;
    const two = `${items[i].normal} ${items[i + 1].normal}`;
    const three = i + 2 < items.length ? `${two} ${items[i + 2].normal}` : "";
    const len = PHRASES.has(three) ? 3 : PHRASES.has(two) ? 2 : 0;
    if (len === 0) continue;
    found ??= new Map();
    found.set(i, PHRASES.get(len === 3 ? three : two)!);
    for (let k = 1; k < len; k++) found.set(i + k, NaN);
    i += len - 1;
  }
  return found;
}

/** The valence of item i before the rules that look around it (0 when it has none). */
function valenceAt(items: readonly Item[], i: number, phrase: Map<number, number> | null): number {
  const inPhrase = phrase?.get(i);
  if (inPhrase !== undefined) return Number.isNaN(inPhrase) ? 0 : inPhrase;
  const w = items[i].normal;
  if (BOOSTERS.has(w)) return 0;
  const next = items[i + 1]?.normal;
  const prev = items[i - 1]?.normal;
  if (w === "no" && next !== undefined && lexical(next) !== 0) return 0;
  if (w === "pretty" && next !== undefined && lexical(next) !== 0) return 0;
  if (w === "like" && (prev === undefined || !LIKERS.has(prev))) return 0;
  return lexical(w);
}

const lexicalCache = new Map<string, number>();
/** Past this many words the cache of valences starts again (it only saves time). */
const MAX_CACHED_VALENCES = 50_000;

/** A word's valence, kept: the lexicons are fixed and customers use the same words. */
function lexical(w: string): number {
  let v = lexicalCache.get(w);
  if (v === undefined) {
    if (lexicalCache.size >= MAX_CACHED_VALENCES) lexicalCache.clear();
    lexicalCache.set(w, v = lexicalOf(w));
  }
  return v;
}

function lexicalOf(w: string): number {
  const v = SUPPORT.get(w) ?? LEX.get(w);
  if (v !== undefined) return v;
  // Review words VADER lacks ("bland", "superb"), on its scale: Pattern's 1 is VADER's 2.
  const opinion = opinionPolarity(w);
  if (opinion !== undefined) return OPINION_SCALE * opinion;
  return ELONGATED.test(w) ? unstretched(w) : 0;
}

/** Pattern's polarity (−1…1) on VADER's scale (−4…4; "good" is 1.9, "great" 3.1). */
const OPINION_SCALE = 2;

/** A letter written three times or more: "soooo", "gooodd", "loooove". */
const ELONGATED = /(\p{L})\1\1/u;

/** The valence of a stretched word: each run of a letter read once or twice ("gooodd" → good). */
function unstretched(w: string): number {
  const runs = w.match(/(\p{L})\1*|[^\p{L}]+/gu) ?? [];
  if (runs.length > 12) return 0;
  const doubled = runs.map((r, i) => (r.length >= 2 ? i : -1)).filter((i) => i >= 0).slice(0, 4);
  for (let mask = 0; mask < 1 << doubled.length; mask++) {
    const word = runs.map((r, i) => {
      const k = doubled.indexOf(i);
      return k < 0 ? r : r[0].repeat((mask >> k) & 1 ? 2 : 1);
    }).join("");
    const v = SUPPORT.get(word) ?? LEX.get(word);
    if (v !== undefined) return v;
  }
  return 0;
}

function normalise(score: number): number {
  return score === 0 ? 0 : score / Math.sqrt(score * score + 15);
}
