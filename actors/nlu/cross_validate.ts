/**
 * K-fold cross-validation of the intent classifier and the sentiment model on their own
 * training examples (the sentiment model keeps the public sets in every fold's training), and
 * how well the intent classifier carries over to borrowed data: how to check that new examples
 * or settings help, without touching the test sets.
 */
import { type Intent, INTENTS } from "../../shared/protocol.ts";
import { type IntentScore, type LabelledLine, scoreReadings } from "./evaluate.ts";
import { createIntentClassifier, type IntentClassifierOptions } from "./intent_model.ts";
import { trainingExamples } from "./sentiment_data.ts";
import { createSentimentModel } from "./sentiment_model.ts";
import { PUBLIC_EXAMPLES, type PublicExample, TRAINING_EXAMPLES } from "./train/mod.ts";
import { loadWink } from "./wink.ts";

/** Held-out scores of one source of examples. */
export interface SourceScore {
  n: number;
  accuracy: number;
  macro_f1: number;
  macro_recall: number;
  /** Recall of `other`; null when the source has none. */
  other_recall: number | null;
}

/** Cross-validated accuracies. */
export interface CrossValidation {
  folds: number;
  /** Over our own examples. */
  intent_accuracy: number;
  intent_macro_f1: number;
  sentiment_accuracy: number;
  /** Held-out precision, recall and F1 of each intent, over our own examples. */
  per_intent: Record<string, IntentScore>;
  /** Our own examples, BANKING77 and the off-topic sentences, each scored on its own. */
  by_source: Record<string, SourceScore>;
}

/** Options for `crossValidate`. */
export interface CrossValidateOptions {
  /** Skip the sentiment model (faster when only the intents matter). */
  intentOnly?: boolean;
  /** Classifier settings to try instead of the defaults. */
  classifier?: Omit<IntentClassifierOptions, "examples" | "publicExamples" | "nlp">;
  /** Borrowed examples to learn from and score; default all of them. */
  publicExamples?: readonly PublicExample[];
  /** Called with every held-out intent the classifier got wrong. */
  onMiss?: (text: string, gold: Intent, predicted: Intent, source: string) => void;
}

/**
 * Runs `folds`-fold cross-validation of both models: every `folds`-th of our examples and
 * each borrowed example's own fold are held out in turn, so every line is read once by a
 * model that never saw it.
 */
export function crossValidate(folds = 5, opts: CrossValidateOptions = {}): CrossValidation {
  const nlp = loadWink();
  const borrowed = opts.publicExamples ?? PUBLIC_EXAMPLES;
  const held: Record<string, { lines: LabelledLine[]; readings: ReadingPair[] }> = {};
  const record = (source: string, text: string, gold: Intent, predicted: Intent) => {
    const h = held[source] ??= { lines: [], readings: [] };
    h.lines.push({ text, intent: gold, sentiment: undefined });
    h.readings.push({ intent: predicted, sentiment: "" });
    if (predicted !== gold) opts.onMiss?.(text, gold, predicted, source);
  };
  let moodOk = 0;
  // Our own messages are cross-validated; the public sets are always in training.
  const moods = trainingExamples(["own"]);
  const publicSets = trainingExamples(["tweets", "yelp", "imdb"]);
  for (let k = 0; k < folds; k++) {
    const train: Partial<Record<Intent, string[]>> = {};
    const test: [string, Intent][] = [];
    for (const intent of INTENTS) {
      train[intent] = [];
      TRAINING_EXAMPLES[intent].forEach((t, i) =>
        i % folds === k ? test.push([t, intent]) : train[intent]!.push(t)
      );
    }
    const classifier = createIntentClassifier({
      ...opts.classifier,
      examples: train,
      publicExamples: borrowed.filter((e) => e.fold % folds !== k),
      nlp,
    });
    for (const [text, intent] of test) {
      record("own", text, intent, classifier.classify(text).intent);
    }
    for (const e of borrowed.filter((e) => e.fold % folds === k)) {
      record(sourceName(e), e.text, e.intent, classifier.classify(e.text).intent);
    }
    if (opts.intentOnly) continue;
    const model = createSentimentModel({
      examples: [...publicSets, ...moods.filter((_, i) => i % folds !== k)],
      nlp,
    });
    moods.forEach((e, i) => {
      if (i % folds === k && model.analyse(e.text).label === e.sentiment) moodOk++;
    });
  }
  const own = scoreReadings(held.own.lines, held.own.readings);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    folds,
    intent_accuracy: own.intent_accuracy!,
    intent_macro_f1: own.intent_macro_f1!,
    sentiment_accuracy: opts.intentOnly ? NaN : round(moodOk / moods.length),
    per_intent: own.per_intent!,
    by_source: Object.fromEntries(
      Object.entries(held).map(([s, h]) => [s, sourceScore(h.lines, h.readings)]),
    ),
  };
}

/**
 * Transfer: a classifier that learned from our own examples alone reads every borrowed
 * line (BANKING77's mapped labels and its off-topic ones, the off-topic sentences).
 */
export function transferToPublic(
  opts: Pick<CrossValidateOptions, "classifier" | "publicExamples"> = {},
): Record<string, SourceScore> {
  const classifier = createIntentClassifier({
    ...opts.classifier,
    publicExamples: [],
    nlp: loadWink(),
  });
  const bySource: Record<string, { lines: LabelledLine[]; readings: ReadingPair[] }> = {};
  for (const e of opts.publicExamples ?? PUBLIC_EXAMPLES) {
    const h = bySource[sourceName(e)] ??= { lines: [], readings: [] };
    h.lines.push({ text: e.text, intent: e.intent, sentiment: undefined });
    h.readings.push({ intent: classifier.classify(e.text).intent, sentiment: "" });
  }
  return Object.fromEntries(
    Object.entries(bySource).map(([s, h]) => [s, sourceScore(h.lines, h.readings)]),
  );
}

interface ReadingPair {
  intent: string;
  sentiment: string;
}

/** Tweets and review sentences are scored together: they are all `other`. */
function sourceName(e: PublicExample): string {
  return e.source === "banking77" ? "banking77" : "off_topic";
}

function sourceScore(lines: LabelledLine[], readings: ReadingPair[]): SourceScore {
  const r = scoreReadings(lines, readings);
  return {
    n: lines.length,
    accuracy: r.intent_accuracy!,
    macro_f1: r.intent_macro_f1!,
    macro_recall: r.intent_macro_recall!,
    other_recall: r.per_intent?.other && r.per_intent.other.support > 0
      ? r.per_intent.other.recall
      : null,
  };
}
