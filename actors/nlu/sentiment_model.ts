/**
 * Sentiment of a customer message: a softmax model trained at start-up on labelled
 * messages by real people (`sentiment_data.ts`: our own support messages, TweetEval tweets,
 * Yelp and IMDb review sentences), whose features are the words of the message and two
 * lexicons' readings (VADER's valence and wink-nlp's score, `sentiment_features.ts`) with
 * the signals of support language. Neither the lexicons nor the words decide alone: the
 * model weighs them, as learned from people's labels. The label comes from the model, the
 * strength of the score from the lexicons and the model's certainty. Urgency is judged
 * apart (`urgency.ts`). Threats and waiting always read as negative.
 *
 * Why these lexicons: VADER's was built for short informal text (its ratings are people's,
 * its rules handle negation, "but", degree words, caps and "!"); wink's knows emoji and comes
 * with the tokenizer both actors share. A lexicon alone misreads support talk ("could you
 * recommend a good pillow?" is not delight; "the tracking link goes nowhere" is not neutral)
 * and a model of our own words alone misreads strangers ("This is a great phone!" read as
 * negative when "phone" mostly came up in complaints): hence both.
 */
import { apologyLead, customerApologises } from "../../domain/own_apology.ts";
import { ironicPraise } from "./sarcasm.ts";
import { supposition } from "./hypothetical.ts";
import { moodInWords } from "./mood_words.ts";
import { toneCue } from "./tone_cues.ts";
import type { SentimentEnrichment } from "../../shared/protocol.ts";
import { type SentimentExample, type SentimentSource, trainingExamples } from "./sentiment_data.ts";
import type { FeatureVector } from "./features.ts";
import { sentimentFeatures } from "./sentiment_features.ts";
import { lexiconSentiment } from "./sentiment_lexicon.ts";
import { loadSoftmaxTable, type SoftmaxModel, type SoftmaxTable, trainSoftmax } from "./softmax.ts";
import { judgeUrgency, urgencyFactors } from "./urgency.ts";
import { loadWink, type Wink } from "./wink.ts";
import shipped from "./sentiment_model.json" with { type: "json" };

export type { SentimentExample };

const LABELS = ["negative", "neutral", "positive"] as const;
type Label = (typeof LABELS)[number];

/** The trained sentiment reader. */
export interface SentimentModel {
  analyse(text: string): SentimentEnrichment;
  /** Milliseconds it took to train or load (wink already loaded). */
  readonly startupMs: number;
  /** Number of training examples. */
  readonly examples: number;
  /** The model as the data `loadSentimentModel` reads (what `deno task nlu:train` writes). */
  export(): SentimentModelFile;
}

/** A trained sentiment model as shipped in `sentiment_model.json`. */
export interface SentimentModelFile {
  about: string;
  examples: number;
  model: SoftmaxTable;
}

/** Weights below this are left out of the shipped model (they change no reading). */
const MIN_WEIGHT = 0.005;
/** Decimal places of the shipped weights. */
const DIGITS = 4;

/** How much an example of each source counts in training: support talk is what we read. */
const SOURCE_WEIGHT: Record<SentimentSource, number> = { own: 3, tweets: 1, yelp: 1, imdb: 1 };

/** Options for `createSentimentModel`. */
export interface SentimentModelOptions {
  /** Training examples (default every source); `source` sets an example's weight. */
  examples?: readonly (SentimentExample & { source?: SentimentSource })[];
  nlp?: Wink;
  epochs?: number;
  l2?: number;
  learningRate?: number;
  /** Seed of the training order (default 7): comparing settings over seeds shows the noise. */
  seed?: number;
  /** Weight of each source (default: our own messages twice the others). */
  sourceWeight?: Partial<Record<SentimentSource, number>>;
}

/** Trains the sentiment model (a fraction of a second) and returns it. */
export function createSentimentModel(opts: SentimentModelOptions = {}): SentimentModel {
  const started = performance.now();
  const nlp = opts.nlp ?? loadWink();
  const weights = { ...SOURCE_WEIGHT, ...opts.sourceWeight };
  const data = (opts.examples ?? trainingExamples()).flatMap((e) => {
    const label = LABELS.indexOf(e.sentiment as Label);
    if (label < 0) return [];
    const x = sentimentFeatures(lexiconSentiment(nlp, e.text));
    return [{ x, label, weight: e.source ? weights[e.source] : 1 }];
  });
  const kept = dropRareBigrams(data.map((d) => d.x));
  data.forEach((d, i) => d.x = kept[i]);
  const model: SoftmaxModel = trainSoftmax(data, LABELS.length, {
    epochs: opts.epochs ?? 6,
    l2: opts.l2 ?? 1e-4,
    learningRate: opts.learningRate ?? 0.3,
    seed: opts.seed,
  });
  // The model is used as it ships: rounded and pruned, so a trained and a loaded model agree.
  const file: SentimentModelFile = {
    about: ABOUT,
    examples: data.length,
    model: model.export({ minWeight: MIN_WEIGHT, digits: DIGITS }),
  };
  return fromFile(file, nlp, started);
}

const ABOUT =
  "Sentiment model trained by `deno task nlu:train` from actors/nlu/sentiment_data.ts " +
  "(docs/nlu.md); a test checks that training gives this file again.";

/** A sentiment model from the data `export` gave (the shipped file, by default). */
export function loadSentimentModel(
  file: SentimentModelFile = shipped as SentimentModelFile,
  nlp: Wink = loadWink(),
): SentimentModel {
  return fromFile(file, nlp, performance.now());
}

function fromFile(file: SentimentModelFile, nlp: Wink, started: number): SentimentModel {
  const model = loadSoftmaxTable(file.model);
  return {
    startupMs: performance.now() - started,
    examples: file.examples,
    export: () => file,
    analyse: (text) => analyse(nlp, model, text),
  };
}

function analyse(nlp: Wink, model: SoftmaxModel, raw: string): SentimentEnrichment {
  // "Sorry for being rude earlier, where is my keyboard": the apology makes amends; the mood
  // is the rest's.
  const sorry = apologyLead(raw);
  if (sorry) {
    const rest = analyse(nlp, model, raw.slice(sorry.length));
    return { ...rest, signals: [...rest.signals, "own_apology"] };
  }
  const lexicon = lexiconSentiment(nlp, raw);
  const { signals } = lexicon;
  const probs = model.predict(sentimentFeatures(lexicon));
  const [pNeg, pNeu, pPos] = probs;
  let best = 0;
  for (let c = 1; c < LABELS.length; c++) if (probs[c] > probs[best]) best = c;
  let label: Label = LABELS[best];
  const factors = urgencyFactors(lexicon.text.toLowerCase());
  // Threats, waiting and danger are bad news by definition, whatever else the words say.
  if (signals.threat || signals.waiting || factors.safety) label = "negative";
  // "Thanks a lot, that was useless": thanks said in irony is displeasure.
  const irony = ironicPraise(lexicon.text);
  if (irony) label = "negative";
  // "WHERE IS MY F***ING ORDER", "😡", "this shop is fire", "i paid by paypal yesterday".
  const hard = signals.threat || signals.waiting || factors.safety;
  const worded = irony ? null : moodInWords(lexicon.text, label);
  const chat = worded && !(hard && worded.label !== "negative") ? worded : null;
  if (chat) label = chat.label;
  // "Can't fault it", "fantastic, the box was empty", "absolutely livid": shapes of tone.
  // ("Well that's just perfect, charged twice" is no praise alone, whatever `onlyPraises` saw.)
  const cue = irony || hard || (chat && chat.signal !== "praise")
    ? null
    : toneCue(lexicon.text, label, (rest) => analyse(nlp, model, rest).label);
  if (cue) label = cue.label;
  const told = cue ? cue.signal : chat?.signal;
  // "What happens if a parcel is lost?": trouble supposed, asked about calmly.
  const supposed = label === "negative" && !signals.threat && supposition(lexicon.text);
  if (supposed) label = "neutral";
  // "Sorry for being rude earlier": the customer's own apology makes amends, not a grievance.
  const amends = label === "negative" && !hard && customerApologises(lexicon.text);
  if (amends) label = "neutral";
  const read = scoreOf(label, lexicon.score, { pNeg, pNeu, pPos });
  // Swearing or an angry face is plainly upset, however few the lexicon's words.
  const angry = told === "profanity" || told === "angry_emoji" || told === "anger_named";
  const score = angry ? Math.min(read, -0.35) : read;
  // A complaint is about us or what we sent, not a task that failed ("my payment failed").
  const grievance = factors.goodsHarmed || factors.moneyLost || lexicon.valence.negative >= 2.5;
  // "What if it's been 35 days?": a wait supposed is no wait endured.
  const waited = signals.waiting && !supposed;
  const isComplaint = signals.threat || waited ||
    (label === "negative" && (score <= -0.5 || (signals.problem && grievance)));
  return {
    label,
    score: round(score),
    urgency: judgeUrgency(waited ? signals : { ...signals, waiting: false }, factors),
    is_complaint: isComplaint,
    confidence: round(
      signals.threat ? Math.max(pNeg, 0.9) : signals.waiting ? Math.max(pNeg, 0.75) : probs[best],
    ),
    signals: [
      ...signals.names,
      ...factors.names,
      ...(irony ? ["irony"] : []),
      ...(supposed ? ["supposition"] : []),
      ...(amends ? ["own_apology"] : []),
      ...(told ? [told] : []),
    ],
  };
}

/**
 * The score's sign follows the label; its strength is the lexicon's where it agrees,
 * scaled by how sure the model is ("I can't log in" is negative, mildly). A neutral reading
 * keeps a small lean, the side the model and the lexicon favour.
 */
function scoreOf(
  label: Label,
  lexicon: number,
  p: { pNeg: number; pNeu: number; pPos: number },
): number {
  if (label === "neutral") {
    return clamp(0.3 * (p.pPos - p.pNeg) + 0.2 * lexicon, -0.25, 0.25);
  }
  const sign = label === "positive" ? 1 : -1;
  const sure = label === "positive" ? p.pPos : p.pNeg;
  const agreed = Math.max(sign * lexicon, 0.2);
  return sign * clamp(agreed * (0.5 + 0.5 * sure), 0.1, 1);
}

/**
 * Leaves out word pairs seen in one training message only: they are most of the features,
 * teach little and would make the shipped model several times larger.
 */
function dropRareBigrams(xs: readonly FeatureVector[]): FeatureVector[] {
  const seen = new Map<string, number>();
  for (const x of xs) {
    for (const n of x.names) if (n.startsWith("b:")) seen.set(n, (seen.get(n) ?? 0) + 1);
  }
  return xs.map((x) => {
    const keep = x.names.flatMap((n, k) => (n.startsWith("b:") && seen.get(n)! < 2 ? [] : [k]));
    if (keep.length === x.names.length) return x;
    return {
      names: keep.map((k) => x.names[k]),
      values: Float64Array.from(keep, (k) => x.values[k]),
    };
  });
}

/** The model file's text, one feature a line, as `deno fmt` leaves it. */
export function formatModel(file: SentimentModelFile): string {
  const j = JSON.stringify;
  const list = (xs: readonly number[]) => `[${xs.join(", ")}]`;
  const features = Object.entries(file.model.features).map(([n, w]) => `      ${j(n)}: ${list(w)}`);
  return [
    "{",
    `  "about": ${j(file.about)},`,
    `  "examples": ${file.examples},`,
    `  "model": {`,
    `    "classes": ${file.model.classes},`,
    `    "bias": ${list(file.model.bias)},`,
    `    "features": {`,
    features.join(",\n"),
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");
}

let shared: SentimentModel | null = null;

/** The shipped model (trained on every source), loaded on first use and shared by the process. */
export function sharedSentimentModel(): SentimentModel {
  shared ??= loadSentimentModel();
  return shared;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
