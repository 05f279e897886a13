/**
 * Sentiment of a customer message: a softmax model trained at start-up on our own
 * labelled messages (`sentiment_train.json`), whose features are the words of the message
 * plus wink-nlp's lexicon score and the signals of support language
 * (`sentiment_lexicon.ts`). Threats always read as negative and critical.
 *
 * Why wink-nlp: it is maintained, typed, ships its English model inside the npm package,
 * and gives sentence boundaries, negation scope, emoji and a tokenizer that the intent
 * classifier reuses. `npm:sentiment` (AFINN) scores words alone with a crude negation
 * rule and no sentences; `npm:vader-sentiment` handles caps, "!!!" and intensifiers but is
 * a thin, long-unmaintained port with no tokenizer to share. No extra package is needed.
 * A lexicon alone (general-purpose) misreads support talk ("could you recommend a good
 * pillow?" is not delight; "the tracking link goes nowhere" is not neutral), hence the
 * learned layer on top.
 */
import type { SentimentEnrichment, Urgency } from "../../shared/protocol.ts";
import { featurize } from "./features.ts";
import { lexiconSentiment } from "./sentiment_lexicon.ts";
import type { SentimentSignals } from "./sentiment_signals.ts";
import { type SoftmaxModel, trainSoftmax } from "./softmax.ts";
import examples from "./sentiment_train.json" with { type: "json" };
import { loadWink, type Wink } from "./wink.ts";

const LABELS = ["negative", "neutral", "positive"] as const;
type Label = (typeof LABELS)[number];

/** A labelled message for training. */
export interface SentimentExample {
  text: string;
  sentiment: string;
}

/** The trained sentiment reader. */
export interface SentimentModel {
  analyse(text: string): SentimentEnrichment;
  /** Milliseconds it took to train (wink already loaded). */
  readonly startupMs: number;
  /** Number of training examples. */
  readonly examples: number;
}

/** Options for `createSentimentModel`. */
export interface SentimentModelOptions {
  examples?: readonly SentimentExample[];
  nlp?: Wink;
}

/** Trains the sentiment model (a few hundred ms) and returns it. */
export function createSentimentModel(opts: SentimentModelOptions = {}): SentimentModel {
  const started = performance.now();
  const nlp = opts.nlp ?? loadWink();
  const data = (opts.examples ?? examples).flatMap((e) => {
    const label = LABELS.indexOf(e.sentiment as Label);
    return label < 0 ? [] : [{ x: features(nlp, e.text).x, label }];
  });
  const model: SoftmaxModel = trainSoftmax(data, LABELS.length, { epochs: 15 });
  const startupMs = performance.now() - started;
  return {
    startupMs,
    examples: data.length,
    analyse(text) {
      const { x, lexicon, signals } = features(nlp, text);
      const [pNeg, pNeu, pPos] = model.predict(x);
      let label: Label = pNeg >= pNeu && pNeg >= pPos
        ? "negative"
        : pPos > pNeu
        ? "positive"
        : "neutral";
      // Threats and waiting are complaints by definition, whatever else the words say.
      if (signals.threat || signals.waiting) label = "negative";
      // The model decides the label, the lexicon how strong it is; the sign follows the label.
      let score = 0.6 * (pPos - pNeg) + 0.4 * lexicon;
      if (label === "negative") score = Math.min(score, -0.1);
      else if (label === "positive") score = Math.max(score, 0.1);
      else score = Math.max(-0.25, Math.min(0.25, score));
      score = Math.max(-1, Math.min(1, score));
      const isComplaint = signals.threat || signals.waiting ||
        (label === "negative" && (signals.problem || score <= -0.35));
      return {
        label,
        score: round(score),
        urgency: urgencyOf(label, score, signals),
        is_complaint: isComplaint,
        confidence: round(
          signals.threat
            ? Math.max(pNeg, 0.9)
            : signals.waiting
            ? Math.max(pNeg, 0.75)
            : Math.max(pNeg, pNeu, pPos),
        ),
        signals: signals.names,
      };
    },
  };
}

let shared: SentimentModel | null = null;

/** The model trained on our own examples, trained on first use and shared by the process. */
export function sharedSentimentModel(): SentimentModel {
  shared ??= createSentimentModel();
  return shared;
}

function features(nlp: Wink, text: string) {
  const lexicon = lexiconSentiment(nlp, text);
  const x = featurize(lexicon.read, text, {
    extra: [`lex:${bucket(lexicon.score)}`],
    signals: lexicon.signals,
  });
  return { x, lexicon: lexicon.score, signals: lexicon.signals };
}

function bucket(score: number): string {
  if (score <= -0.5) return "--";
  if (score <= -0.15) return "-";
  if (score >= 0.5) return "++";
  if (score >= 0.2) return "+";
  return "0";
}

function urgencyOf(label: Label, score: number, s: SentimentSignals): Urgency {
  if (s.threat) return "critical";
  if (label === "negative") {
    if (s.waiting || s.urgent || s.emphasis >= 1 || score <= -0.6) return "high";
    return "medium";
  }
  if (s.urgent || s.waiting) return "medium";
  return "low";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
