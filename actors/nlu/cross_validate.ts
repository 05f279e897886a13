/**
 * K-fold cross-validation of the intent classifier and the sentiment model on their own
 * training examples (the sentiment model keeps the public sets in every fold's training):
 * how to check that new examples or settings help, without touching the test set.
 */
import { type Intent, INTENTS } from "../../shared/protocol.ts";
import { type IntentScore, type LabelledLine, scoreReadings } from "./evaluate.ts";
import { createIntentClassifier, type IntentClassifierOptions } from "./intent_model.ts";
import { trainingExamples } from "./sentiment_data.ts";
import { createSentimentModel } from "./sentiment_model.ts";
import { TRAINING_EXAMPLES } from "./train/mod.ts";
import { loadWink } from "./wink.ts";

/** Cross-validated accuracies. */
export interface CrossValidation {
  folds: number;
  intent_accuracy: number;
  intent_macro_f1: number;
  sentiment_accuracy: number;
  /** Held-out precision, recall and F1 of each intent. */
  per_intent: Record<string, IntentScore>;
}

/** Options for `crossValidate`. */
export interface CrossValidateOptions {
  /** Skip the sentiment model (faster when only the intents matter). */
  intentOnly?: boolean;
  /** Classifier settings to try instead of the defaults. */
  classifier?: Omit<IntentClassifierOptions, "examples" | "nlp">;
  /** Called with every held-out intent the classifier got wrong. */
  onMiss?: (text: string, gold: Intent, predicted: Intent) => void;
}

/** Runs `folds`-fold cross-validation of both models (every `folds`-th example held out). */
export function crossValidate(folds = 5, opts: CrossValidateOptions = {}): CrossValidation {
  const nlp = loadWink();
  const lines: LabelledLine[] = [];
  const readings: { intent: string; sentiment: string }[] = [];
  let moodOk = 0;
  // Our own messages are cross-validated; the public sets are always in training.
  const moods = trainingExamples(["own"]);
  const publicSets = trainingExamples(["tweets", "yelp", "imdb"]);
  for (let k = 0; k < folds; k++) {
    const train: Partial<Record<Intent, string[]>> = {};
    const held: [string, Intent][] = [];
    for (const intent of INTENTS) {
      train[intent] = [];
      TRAINING_EXAMPLES[intent].forEach((t, i) =>
        i % folds === k ? held.push([t, intent]) : train[intent]!.push(t)
      );
    }
    const classifier = createIntentClassifier({ ...opts.classifier, examples: train, nlp });
    for (const [text, intent] of held) {
      const predicted = classifier.classify(text).intent;
      lines.push({ text, intent, sentiment: undefined });
      readings.push({ intent: predicted, sentiment: "" });
      if (predicted !== intent) opts.onMiss?.(text, intent, predicted);
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
  const report = scoreReadings(lines, readings);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    folds,
    intent_accuracy: report.intent_accuracy!,
    intent_macro_f1: report.intent_macro_f1!,
    sentiment_accuracy: opts.intentOnly ? NaN : round(moodOk / moods.length),
    per_intent: report.per_intent!,
  };
}
