import assert from "node:assert/strict";
import type { LabelledLine } from "../actors/nlu/evaluate.ts";
import { sourceExamples } from "../actors/nlu/sentiment_data.ts";
import { crossValidateSet, type TrainingExample, transfer } from "./sentiment_eval.ts";
import { loadSentimentModel } from "../actors/nlu/sentiment_model.ts";

const model = loadSentimentModel();

Deno.test("transfer trains without the set's texts and without the sources named", async () => {
  const yelp = sourceExamples("yelp").filter((_, i) => i % 50 === 0);
  const lines: LabelledLine[] = yelp.map((e) => ({ ...e, intent: undefined }));
  const seen: TrainingExample[][] = [];
  const score = await transfer(lines, {
    without: ["imdb"],
    train: (examples) => (seen.push([...examples]), model),
  });
  assert.equal(seen.length, 1);
  const texts = new Set(seen[0].map((e) => e.text));
  assert.ok(yelp.every((e) => !texts.has(e.text)), "no line of the set is trained on");
  assert.ok(seen[0].every((e) => e.source !== "imdb"), "imdb is left out");
  assert.ok(seen[0].some((e) => e.source === "yelp"), "the rest of yelp stays");
  assert.equal(score.n, 20);
  assert.deepEqual(score.classes, ["negative", "positive"]);
});

Deno.test("k-fold cross-validation reads every line once, trained on the other folds", async () => {
  const lines: LabelledLine[] = sourceExamples("tweets").slice(0, 30)
    .map((e) => ({ ...e, intent: undefined }));
  const folds: TrainingExample[][] = [];
  const score = await crossValidateSet(lines, 3, {
    train: (examples) => (folds.push([...examples]), model),
  });
  assert.equal(folds.length, 3);
  assert.equal(score.n, 30);
  folds.forEach((examples, k) => {
    const texts = new Set(examples.map((e) => e.text));
    lines.forEach((l, i) => assert.equal(texts.has(l.text), i % 3 !== k, `fold ${k}, line ${i}`));
  });
});
