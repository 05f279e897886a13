import assert from "node:assert/strict";
import { sentimentFeatures } from "./sentiment_features.ts";
import { lexiconSentiment } from "./sentiment_lexicon.ts";
import shipped from "./sentiment_model.json" with { type: "json" };
import { loadWink } from "./wink.ts";

const nlp = loadWink();
const features = (text: string) => {
  const x = sentimentFeatures(lexiconSentiment(nlp, text));
  return new Map(x.names.map((n, i) => [n, x.values[i]]));
};

Deno.test("one exclamation mark is a feature of its own; more are the exclamation signal", () => {
  assert.ok(features("great...no problems at all!").has("excl"));
  assert.ok(features("Never again!").has("excl"));
  const many = features("where is my parcel!!!");
  assert.ok(!many.has("excl"));
  assert.ok(many.has("sig:exclamation"));
  assert.ok(!features("where is my parcel?").has("excl"));
  assert.ok(!features("the lamp works").has("excl"));
});

Deno.test("the shipped model learned that one exclamation mark is a statement made with feeling", () => {
  // Weights: negative, neutral, positive. Said with feeling, a message is less often neutral.
  const w = (shipped.model.features as Record<string, number[]>)["excl"];
  assert.ok(w !== undefined, "the model has no weight for excl");
  assert.ok(w[1] < w[0] && w[1] < w[2], `excl ${w}`);
});
