/**
 * The built-in intent classifier: rules first (yes/no, greetings, a bare order number),
 * then a softmax regression over wink-nlp tokens trained at start-up on our own examples
 * (`train/*.json`); `other` when nothing is confident.
 */
import { type Intent, INTENTS } from "../../shared/protocol.ts";
import { featurize } from "./features.ts";
import { ruleIntent } from "./rules.ts";
import { type SoftmaxModel, type SoftmaxOptions, trainSoftmax } from "./softmax.ts";
import { TRAINING_EXAMPLES } from "./train/mod.ts";
import { loadWink, readText, type Wink } from "./wink.ts";

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
}

/** The trained classifier. */
export interface IntentClassifier {
  classify(text: string): IntentPrediction;
  /** Milliseconds it took to load wink and train. */
  readonly startupMs: number;
  /** Number of training examples. */
  readonly examples: number;
}

/** Options for `createIntentClassifier`. */
export interface IntentClassifierOptions {
  /** Training examples by intent; default our own set. */
  examples?: Readonly<Partial<Record<Intent, readonly string[]>>>;
  /** Below this probability the answer is `other`. */
  minConfidence?: number;
  training?: SoftmaxOptions;
  nlp?: Wink;
}

/** Default probability below which a message is `other`; chosen by cross-validation. */
export const MIN_CONFIDENCE = 0.2;

/** Trains the classifier (about a few hundred ms) and returns it. */
export function createIntentClassifier(opts: IntentClassifierOptions = {}): IntentClassifier {
  const started = performance.now();
  const nlp = opts.nlp ?? loadWink();
  const examples = opts.examples ?? TRAINING_EXAMPLES;
  const minConfidence = opts.minConfidence ?? MIN_CONFIDENCE;
  const data = [];
  for (const [label, intent] of INTENTS.entries()) {
    for (const text of examples[intent] ?? []) {
      data.push({ x: featurize(readText(nlp, text), text), label });
    }
  }
  const model: SoftmaxModel = trainSoftmax(data, INTENTS.length, opts.training);
  const startupMs = performance.now() - started;

  return {
    startupMs,
    examples: data.length,
    classify(text) {
      const probs = model.predict(featurize(readText(nlp, text), text));
      const ranked = rank(probs);
      const rule = ruleIntent(text);
      if (rule) {
        return {
          ...rule,
          alternatives: ranked.filter((r) => r.intent !== rule.intent).slice(0, 3),
          source: "rules",
        };
      }
      const [top, ...rest] = ranked;
      if (top.confidence < minConfidence && top.intent !== "other") {
        const other = { intent: "other" as const, confidence: round(1 - top.confidence) };
        return {
          ...other,
          alternatives: ranked.filter((r) => r.intent !== "other").slice(0, 3),
          source: "classifier",
        };
      }
      return { ...top, alternatives: rest.slice(0, 3), source: "classifier" };
    },
  };
}

function rank(probs: Float64Array): ScoredIntent[] {
  return [...probs]
    .map((p, i) => ({ intent: INTENTS[i], confidence: round(p) }))
    .sort((a, b) => b.confidence - a.confidence);
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
