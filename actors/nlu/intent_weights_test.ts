/**
 * The committed weights (`intent_weights.json`) and WordNet senses (`synonyms.json`) are
 * those of the shipped examples, and the loaded model answers as a freshly trained one.
 */
import assert from "node:assert/strict";
import { createIntentClassifier } from "./intent_model.ts";
import { defaultTrainingData, intentFingerprint, SAVED_FINGERPRINT } from "./intent_training.ts";
import { parseLabelledLines } from "./evaluate.ts";
import { synonymFingerprint, SYNONYMS_FINGERPRINT } from "./synonyms.ts";
import { PUBLIC_EXAMPLES, TRAINING_EXAMPLES } from "./train/mod.ts";

Deno.test("the committed intent weights were trained on the shipped examples (else run deno task nlu:build)", () => {
  assert.equal(SAVED_FINGERPRINT, intentFingerprint(defaultTrainingData()));
  assert.equal(createIntentClassifier().origin, "loaded");
});

Deno.test("the committed WordNet senses were built from the shipped examples (else run deno task nlu:build)", () => {
  const texts = [
    ...Object.entries(TRAINING_EXAMPLES).filter(([i]) => i !== "other").flatMap(([, t]) => t),
    ...PUBLIC_EXAMPLES.filter((e) => e.intent !== "other" && e.fold !== 0).map((e) => e.text),
  ];
  assert.equal(SYNONYMS_FINGERPRINT, synonymFingerprint(texts));
});

Deno.test("the loaded intent weights answer as the model trained at start-up does", async () => {
  const loaded = createIntentClassifier();
  const trained = createIntentClassifier({ train: true });
  assert.equal(trained.origin, "trained");
  const texts = [];
  for (const f of ["nlu_test.jsonl", "nlu_fresh.jsonl", "banking77_heldout.jsonl"]) {
    const url = new URL(`../../tests/data/${f}`, import.meta.url);
    texts.push(...parseLabelledLines(await Deno.readTextFile(url)).map((l) => l.text));
  }
  const differ = texts.filter((t) => loaded.classify(t).intent !== trained.classify(t).intent);
  assert.deepEqual(differ, []);
  const a = loaded.classify("where is my order?");
  const b = trained.classify("where is my order?");
  assert.ok(Math.abs(a.confidence - b.confidence) < 0.002, `${a.confidence} vs ${b.confidence}`);
});
