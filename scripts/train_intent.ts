/**
 * `deno run -A scripts/train_intent.ts` (part of `deno task nlu:build`): trains the intent
 * classifier on the shipped examples and writes its weights to `actors/nlu/intent_weights.json`,
 * which the classifier loads at start-up instead of training while they match the examples
 * (a test checks they do). Run `scripts/build_synonyms.ts` first when the examples changed.
 */
import { createIntentClassifier } from "../actors/nlu/intent_model.ts";
import {
  defaultTrainingData,
  intentFingerprint,
  saveIntentModel,
} from "../actors/nlu/intent_training.ts";

const classifier = createIntentClassifier({ train: true });
const saved = saveIntentModel(classifier.model, intentFingerprint(defaultTrainingData()));
const text = JSON.stringify(saved) + "\n";
await Deno.writeTextFile(new URL("../actors/nlu/intent_weights.json", import.meta.url), text);
// deno-lint-ignore no-console
console.log(JSON.stringify({
  examples: classifier.examples,
  features: saved.model.features.length,
  bytes: text.length,
  train_ms: Math.round(classifier.startupMs),
}));
