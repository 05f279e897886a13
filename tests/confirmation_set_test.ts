/**
 * The confirmation reader on our labelled replies to a pending change, read by the intent
 * actor itself as in the mesh: no reply that is not a clear yes may be taken as one
 * (affirm precision 1.0), and a clear yes is taken as one at least 95 % of the time.
 * `tests/data/confirmation_replies.jsonl` was written before the reader and used while
 * building it; `…_holdout.jsonl` was written after it was frozen (docs/nlu.md has both
 * sets' first and current figures). Neither is in the training examples' files.
 */
import assert from "node:assert/strict";
import {
  type ConfirmationCase,
  loadConfirmationCases,
  readAsIntentActor,
  scoreConfirmations,
} from "../scripts/confirmation_eval_lib.ts";
import { sharedIntentClassifier } from "../actors/nlu/intent_model.ts";

const SETS = {
  main: new URL("./data/confirmation_replies.jsonl", import.meta.url),
  holdout: new URL("./data/confirmation_replies_holdout.jsonl", import.meta.url),
};
const now = new Date("2026-12-01T10:00:00Z");
const deps = { llm: null, classifier: sharedIntentClassifier() };

/** The replies the issue saw cancel ORD-2002. */
const ISSUE_REPLIES = [
  "yeah no",
  "sure... not",
  "yes, no, wait",
  "I'm not sure, should I say yes or no?",
  "k",
];

for (const [name, file] of Object.entries(SETS)) {
  Deno.test(`no reply of the ${name} confirmation set that is not a clear yes is read as one, and 95 % of yeses are`, async () => {
    const cases = await loadConfirmationCases(file);
    const scores = await scoreConfirmations(cases, (c) => readAsIntentActor(c, { deps, now }));
    const falseYes = scores.misread.filter((m) => m.read === "affirm");
    assert.deepEqual(falseYes, [], "replies wrongly taken as a yes");
    assert.equal(scores.labels.affirm.precision, 1);
    const missed = scores.misread.filter((m) => m.label === "affirm").map((m) => m.text);
    assert.ok(
      scores.labels.affirm.recall! >= 0.95,
      `affirm recall ${scores.labels.affirm.recall} (missed: ${missed.join(" | ")})`,
    );
  });
}

Deno.test("the confirmation sets are large, cover every reading and hold the issue's five replies", async () => {
  const main = await loadConfirmationCases(SETS.main);
  const holdout = await loadConfirmationCases(SETS.holdout);
  assert.ok(main.length >= 400, `${main.length} replies`);
  const count = (cases: ConfirmationCase[], label: string) =>
    cases.filter((c) => c.label === label).length;
  for (const label of ["affirm", "deny", "unclear", "new_request"]) {
    assert.ok(count(main, label) >= 50, `${label}: ${count(main, label)}`);
    assert.ok(count(holdout, label) >= 20, `${label} in the holdout: ${count(holdout, label)}`);
  }
  for (const text of ISSUE_REPLIES) {
    assert.equal(main.find((c) => c.text === text)?.label, "unclear", text);
  }
  // Written apart: the holdout repeats nothing of the main set.
  const seen = new Set(main.map((c) => c.text.toLowerCase().trim()));
  assert.deepEqual(holdout.filter((c) => seen.has(c.text.toLowerCase().trim())), []);
});
