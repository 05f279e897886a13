/**
 * The sentiment model on real people's words it was not trained on (docs/nlu.md), measured as
 * `deno task nlu:eval --sources` does: review sentences (yelp + imdb) read by a model trained
 * without them, and TweetEval's tweets under five-fold cross-validation and without them. The
 * floors sit about 0.01 under what was measured (0.860, 0.623, 0.573; a different training
 * seed moves each by up to 0.007), to catch a change that makes the model read strangers
 * worse. Issue 14's targets (0.88 and 0.65) are above them and not reached yet.
 */
import assert from "node:assert/strict";
import { sourceReport } from "../scripts/nlu_sources.ts";

Deno.test("review sentences read by a model trained without them: accuracy 0.85 or more", async () => {
  const [row] = await sourceReport({ only: ["yelp + imdb"] });
  assert.deepEqual(row.trained_on, ["own", "tweets"]);
  assert.equal(row.transfer.n, 1990);
  assert.ok(row.transfer.accuracy >= 0.85, `accuracy ${row.transfer.accuracy}`);
});

Deno.test("tweets under five-fold cross-validation: macro recall 0.615 or more", async () => {
  const [row] = await sourceReport({ only: ["tweets"] });
  assert.deepEqual(row.trained_on, ["own", "yelp", "imdb"]);
  assert.equal(row.cv!.n, 2000);
  assert.ok(row.cv!.macro_recall >= 0.615, `cross-validated ${row.cv!.macro_recall}`);
  assert.ok(
    row.transfer.macro_recall >= 0.555,
    `trained without them ${row.transfer.macro_recall}`,
  );
});
