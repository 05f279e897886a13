/**
 * K-fold cross-validation of the intent classifier and the sentiment model on their own
 * training examples: how to check that new examples or settings help, without touching
 * the test set.
 */
import { type Intent, INTENTS } from "../../shared/protocol.ts";
import { createIntentClassifier } from "./intent_model.ts";
import { createSentimentModel, type SentimentExample } from "./sentiment_model.ts";
import sentimentExamples from "./sentiment_train.json" with { type: "json" };
import { TRAINING_EXAMPLES } from "./train/mod.ts";
import { loadWink } from "./wink.ts";

/** Cross-validated accuracies. */
export interface CrossValidation {
  folds: number;
  intent_accuracy: number;
  sentiment_accuracy: number;
}

/** Runs `folds`-fold cross-validation of both models (every `folds`-th example held out). */
export function crossValidate(folds = 5): CrossValidation {
  const nlp = loadWink();
  let intentOk = 0;
  let intentN = 0;
  let moodOk = 0;
  const moods: readonly SentimentExample[] = sentimentExamples;
  for (let k = 0; k < folds; k++) {
    const train: Partial<Record<Intent, string[]>> = {};
    const held: [string, Intent][] = [];
    for (const intent of INTENTS) {
      train[intent] = [];
      TRAINING_EXAMPLES[intent].forEach((t, i) =>
        i % folds === k ? held.push([t, intent]) : train[intent]!.push(t)
      );
    }
    const classifier = createIntentClassifier({ examples: train, nlp });
    for (const [text, intent] of held) {
      intentN++;
      if (classifier.classify(text).intent === intent) intentOk++;
    }
    const model = createSentimentModel({ examples: moods.filter((_, i) => i % folds !== k), nlp });
    moods.forEach((e, i) => {
      if (i % folds === k && model.analyse(e.text).label === e.sentiment) moodOk++;
    });
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    folds,
    intent_accuracy: round(intentOk / intentN),
    sentiment_accuracy: round(moodOk / moods.length),
  };
}
