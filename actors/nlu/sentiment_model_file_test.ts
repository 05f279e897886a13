/**
 * The shipped sentiment model (`sentiment_model.json`, loaded at start-up) is what training on
 * today's examples, features and settings gives: `deno task nlu:train` rewrites it.
 */
import assert from "node:assert/strict";
import { createSentimentModel, formatModel, loadSentimentModel } from "./sentiment_model.ts";

Deno.test("the shipped sentiment model is the one training gives now", async () => {
  const shipped = await Deno.readTextFile(new URL("./sentiment_model.json", import.meta.url));
  const trained = createSentimentModel();
  assert.ok(
    formatModel(trained.export()) === shipped,
    "actors/nlu/sentiment_model.json is stale: run `deno task nlu:train`",
  );
  const loaded = loadSentimentModel();
  assert.equal(loaded.examples, trained.examples);
  for (const text of ["This is a great phone!", "my parcel arrived broken", "where is ORD-1001"]) {
    assert.deepEqual(loaded.analyse(text), trained.analyse(text), text);
  }
});
