/**
 * The built-in intent classifier: rules first (yes/no, greetings, a bare order number),
 * then a softmax regression over wink-nlp tokens trained at start-up on our own examples
 * (`train/*.json`); `other` when nothing is confident.
 */
import { type Intent, INTENTS } from "../../shared/protocol.ts";
import { explicitOrderRefs } from "./references.ts";
import { ruleIntent } from "./rules.ts";
import { misspeltWord } from "../../domain/spelling.ts";
import { isSupportTypo, spellForReading, SupportLexicon, supportWords } from "./support_words.ts";
import {
  contentWords,
  defaultTrainingData,
  intentFeatures,
  type IntentModel,
  savedIntentModel,
  trainIntentModel,
} from "./intent_training.ts";
import type { SoftmaxOptions } from "./softmax.ts";
import type { PublicExample } from "./train/mod.ts";
import { loadWink, readText, type Token, type Wink } from "./wink.ts";

/** One intent and how sure the reader is. */
export interface ScoredIntent {
  intent: Intent;
  confidence: number;
}

/** What the classifier says about one message. */
export interface IntentPrediction extends ScoredIntent {
  /** Up to three next-best intents. */
  alternatives: ScoredIntent[];
  source: "classifier" | "rules";
  /**
   * The message as read, when misspelt words of support talk or the catalogue were read as
   * the words they misspell ("delete my acount" → "delete my account"), also typos the
   * classifier knows from its examples (it classified the words as written then); absent
   * otherwise.
   */
  spelt?: string;
}

/** The trained classifier. */
export interface IntentClassifier {
  classify(text: string, opts?: ClassifyOptions): IntentPrediction;
  /** Milliseconds it took to load wink and the weights, or to train. */
  readonly startupMs: number;
  /** Whether the committed weights were loaded or the model was trained at start-up. */
  readonly origin: "loaded" | "trained";
  /** Number of training examples (ours and borrowed). */
  readonly examples: number;
  /** The model, to save (`deno task nlu:build`). */
  readonly model: IntentModel;
}

/** What the caller knows beyond the text. */
export interface ClassifyOptions {
  /**
   * Names that belong to our business though our examples never use them, e.g. the
   * catalogue's product names: their words do not make a message look out of scope.
   * Read once per array (keep passing the same one).
   */
  knownNames?: readonly string[];
}

/** Options for `createIntentClassifier`. */
export interface IntentClassifierOptions {
  /** Training examples by intent; default our own set. */
  examples?: Readonly<Partial<Record<Intent, readonly string[]>>>;
  /** Models trained with different seeds and averaged; default `INTENT_SEEDS`. */
  seeds?: number;
  /** Train even when the committed weights match (to rebuild them). */
  train?: boolean;
  /** Borrowed examples learned beside ours; default BANKING77 and off-topic folds 1–4. */
  publicExamples?: readonly PublicExample[];
  /** How much one borrowed example counts against one of ours; default `PUBLIC_WEIGHT`. */
  publicWeight?: number;
  /** The same for a borrowed `other` example; default `OFF_TOPIC_WEIGHT`. */
  offTopicWeight?: number;
  /** Below this probability the answer is `other`. */
  minConfidence?: number;
  training?: SoftmaxOptions;
  nlp?: Wink;
}

/** Default probability below which a message is `other`; chosen by cross-validation. */
export const MIN_CONFIDENCE = 0.2;

/**
 * Share of meaningful words our examples never use from which a message reads as outside
 * our business when the classifier is unsure (1: none of its words is known). Chosen by
 * cross-validation on the training set, the most conservative of the equally good values.
 */
export const UNFAMILIAR_SHARE = 1;
/** Below this probability a mostly unfamiliar message is `other`. */
export const UNFAMILIAR_MAX_CONFIDENCE = 0.6;

/**
 * The classifier: the committed weights when they match the examples and settings (tens of
 * ms), else trained on them (a second or two).
 */
export function createIntentClassifier(opts: IntentClassifierOptions = {}): IntentClassifier {
  const started = performance.now();
  const nlp = opts.nlp ?? loadWink();
  const minConfidence = opts.minConfidence ?? MIN_CONFIDENCE;
  const defaults = defaultTrainingData();
  const custom = opts.examples !== undefined || opts.publicExamples !== undefined ||
    opts.publicWeight !== undefined || opts.offTopicWeight !== undefined ||
    opts.training !== undefined || opts.seeds !== undefined;
  const data = {
    examples: opts.examples ?? defaults.examples,
    publicExamples: opts.publicExamples ?? defaults.publicExamples,
    publicWeight: opts.publicWeight ?? defaults.publicWeight,
    offTopicWeight: opts.offTopicWeight ?? defaults.offTopicWeight,
    training: { ...defaults.training, ...opts.training },
    seeds: opts.seeds ?? defaults.seeds,
  };
  // The committed weights, while they match the examples; else train (a second or two).
  const loaded = custom || opts.train ? null : savedIntentModel(data);
  const { model, vocabulary } = loaded ?? trainIntentModel(nlp, data);
  const startupMs = performance.now() - started;
  const knownCache = new WeakMap<readonly string[], ReadonlySet<string>>();
  const nameCache = new WeakMap<readonly string[], ReadonlySet<string>>();
  function knownWordsOf(names: readonly string[] | undefined): ReadonlySet<string> {
    if (!names) return EMPTY;
    let words = knownCache.get(names);
    if (!words) {
      words = new Set(names.flatMap((n) => contentWords(readText(nlp, n.toLowerCase()).tokens)));
      knownCache.set(names, words);
    }
    return words;
  }

  function nameWordsOf(names: readonly string[] | undefined): ReadonlySet<string> {
    if (!names) return EMPTY;
    let words = nameCache.get(names);
    if (!words) {
      words = new Set(names.flatMap((n) => n.toLowerCase().match(/[a-z]{6,}/g) ?? []));
      nameCache.set(names, words);
    }
    return words;
  }

  // "my packge arived damagd": words of support talk misspelt, read as those words.
  const support = new SupportLexicon(supportWords(Object.values(data.examples)));

  /** `spell`: names and support words, support words only (names done), or none. */
  function classify(
    text: string,
    classifyOpts: ClassifyOptions,
    spell: boolean | "support" = true,
  ): IntentPrediction {
    const read = readText(nlp, text);
    // "wheres my hedphones": a misspelt product of the catalogue is read as its name.
    const spelt = spell === true && spellKnownNames(text, read.tokens, {
      names: nameWordsOf(classifyOpts.knownNames),
      known: knownWordsOf(classifyOpts.knownNames),
      vocabulary,
      support,
    });
    if (spelt) {
      // "i want to retrun the espreso machine": the name spelt, the support words next.
      const next = classify(spelt, classifyOpts, "support");
      return { ...next, spelt: next.spelt ?? spelt };
    }
    if (spell) {
      // "delete my acount": the classifier knows the typo from its examples, but a reply that
      // looks for words needs the word it misspells — for a message about our business.
      const reading = spellForReading(text, read.tokens, support);
      const plain = reading ? classify(text, classifyOpts, false) : null;
      if (plain && reading) {
        // "i want to retrun the espreso machine": a typo our examples happen to use ("retrun
        // policy?") is read as the word it misspells when that reading is the surer one.
        const fixed = classify(reading, classifyOpts, false);
        const best = fixed.confidence > plain.confidence ? fixed : plain;
        if (!CHAT_INTENTS.has(best.intent)) return { ...best, spelt: reading };
        return plain;
      }
    }
    const probs = model.predict(intentFeatures(read, text));
    const ranked = rank(probs);
    const rule = ruleIntent(text);
    if (rule) {
      return {
        ...rule,
        alternatives: ranked.filter((r) => r.intent !== rule.intent).slice(0, 3),
        source: "rules",
      };
    }
    // "ok then cancel ORD-1003": a request of its own after a leading yes is that request.
    const rest = requestAfterYes(text);
    if (rest !== null) {
      const inner = classify(rest, classifyOpts);
      if (!CHAT_INTENTS.has(inner.intent)) return inner;
    }
    // A message that names one of our order or tracking numbers is about our business.
    if (namesOrder(text)) {
      const inStore = ranked.filter((r) => r.intent !== "other");
      return { ...inStore[0], alternatives: inStore.slice(1, 4), source: "classifier" };
    }
    const [top, ...others] = ranked;
    const words = contentWords(read.tokens);
    const known = knownWordsOf(classifyOpts.knownNames);
    const unknown = words.filter((w) => !vocabulary.has(w) && !known.has(w)).length;
    const unfamiliar = words.length > 0 && unknown / words.length >= UNFAMILIAR_SHARE;
    if (
      top.intent !== "other" &&
      (top.confidence < minConfidence ||
        (unfamiliar && top.confidence < UNFAMILIAR_MAX_CONFIDENCE))
    ) {
      const other = { intent: "other" as const, confidence: round(1 - top.confidence) };
      return {
        ...other,
        alternatives: ranked.filter((r) => r.intent !== "other").slice(0, 3),
        source: "classifier",
      };
    }
    return { ...top, alternatives: others.slice(0, 3), source: "classifier" };
  }

  /** The text after a leading yes or ok when it makes a request of its own, else null. */
  function requestAfterYes(text: string): string | null {
    const lead = YES_LEAD.exec(text);
    if (!lead) return null;
    const rest = text.slice(lead[0].length);
    if (namesOrder(rest)) return rest;
    const words = contentWords(readText(nlp, rest).tokens).filter((w) => !ANSWER_WORDS.has(w));
    return words.length >= 2 ? rest : null;
  }

  return {
    startupMs,
    origin: loaded ? "loaded" : "trained",
    examples: Object.values(data.examples).reduce((n, xs) => n + (xs?.length ?? 0), 0) +
      data.publicExamples.length,
    model: { model, vocabulary },
    classify: (text, classifyOpts = {}) => classify(text, classifyOpts),
  };
}

/** What {@link spellKnownNames} compares a message's words with. */
export interface KnownSpelling {
  /** The words of the catalogue's names as written (six letters or more). */
  names: ReadonlySet<string>;
  /** Their stems, as the classifier reads them. */
  known: ReadonlySet<string>;
  /** Stems of the words our examples use: a word we know is no misspelling. */
  vocabulary: ReadonlySet<string>;
  /** Words of support talk (`supportWords`), for words no catalogue name is near. */
  support?: SupportLexicon;
}

/**
 * The message written again with each word that is neither one our examples use nor a
 * product word, but misspells a product word, replaced by it ("hedphones" → "headphones"),
 * or else misspells a word of support talk ("packge" → "package"); null when there is none.
 */
export function spellKnownNames(
  text: string,
  tokens: readonly Token[],
  words: KnownSpelling,
): string | null {
  if (words.names.size === 0 && !words.support?.size) return null;
  const fixes = new Map<string, string>();
  for (const t of tokens) {
    if (t.type !== "word" || !/^[a-z]{6,}$/.test(t.normal)) continue;
    if (words.vocabulary.has(t.stem) || words.known.has(t.stem)) continue;
    let near = misspeltWord(t.normal, words.names);
    if (near === null && words.support && isSupportTypo(t)) {
      near = words.support.near(t.normal);
    }
    if (near !== null) fixes.set(t.normal, near);
  }
  if (fixes.size === 0) return null;
  return text.replace(/[A-Za-z]+/g, (w) => fixes.get(w.toLowerCase()) ?? w);
}

/** Intents that answer or chat rather than ask for something. */
const CHAT_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
]);
/** A leading yes, ok or fine, with the "then", "so" or "please" that may follow it. */
const YES_LEAD =
  /^\s*(?:ok(?:ay)?|k|alright|all right|fine|right|yes+|yeah|yea|yep|yup|sure|great|perfect|cool)\b[\s,.!;:-]*(?:(?:then|so|in that case|please|pls)\b[\s,.!;:-]*)*/i;
/** An order or tracking number: "cancel ORD-1003" names what to act on. */
const ID_RE = /\b(?:ord ?-?\d+|trk\d{10})\b|#\s?\d{3,}/i;

/**
 * True when the text names an order or parcel of ours in a form that says so ("ORD-1001",
 * "ord1001", "order no. 1001", "reference 1001", "#1001", a tracking number); a number alone
 * does not.
 */
function namesOrder(text: string): boolean {
  return ID_RE.test(text) || explicitOrderRefs(text).length > 0;
}
/** Stems of words that only answer ("go ahead", "do it, thanks"). */
const ANSWER_WORDS: ReadonlySet<string> = new Set([
  "ahead",
  "proceed",
  "thank",
  "thanks",
  "pleas",
  "please",
  "fine",
  "good",
  "sound",
  "great",
  "perfect",
  "sure",
  "right",
  "correct",
]);

const EMPTY: ReadonlySet<string> = new Set();

function rank(probs: Float64Array): ScoredIntent[] {
  const ranked: ScoredIntent[] = [];
  for (let i = 0; i < probs.length; i++) {
    ranked.push({ intent: INTENTS[i], confidence: round(probs[i]) });
  }
  return ranked.sort((a, b) => b.confidence - a.confidence);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

let shared: IntentClassifier | null = null;

/**
 * The classifier trained on our own examples, trained on first use and then shared by the
 * process (it is read-only, like the wink model it builds on).
 */
export function sharedIntentClassifier(): IntentClassifier {
  shared ??= createIntentClassifier();
  return shared;
}
