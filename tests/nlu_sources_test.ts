/**
 * The sentiment model on real people's words it was not trained on (docs/nlu.md): review
 * sentences read by a model trained without them, and tweets under five-fold
 * cross-validation. The floors sit a little under what was measured, to catch a change that
 * makes the model read strangers worse; issue 14's targets (0.88, 0.65) are not reached yet.
 */
import assert from "node:assert/strict";
import { sourceReport } from "../scripts/nlu_sources.ts";

Deno.test("review sentences read by a model trained without them: accuracy 0.83 or more", async () => {
  const [row] = await sourceReport({ only: ["yelp + imdb"] });
  assert.deepEqual(row.trained_on, ["own", "tweets"]);
  assert.equal(row.transfer.n, 1990);
  assert.ok(row.transfer.accuracy >= 0.83, `accuracy ${row.transfer.accuracy}`);
});

Deno.test("tweets under five-fold cross-validation: macro recall 0.60 or more", async () => {
  const [row] = await sourceReport({ only: ["tweets"] });
  assert.deepEqual(row.trained_on, ["own", "yelp", "imdb"]);
  assert.ok(row.cv!.macro_recall >= 0.6, `cross-validated ${row.cv!.macro_recall}`);
  assert.ok(row.transfer.macro_recall >= 0.53, `trained without them ${row.transfer.macro_recall}`);
});
