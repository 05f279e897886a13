/**
 * `deno task nlu:confirmations [file.jsonl…]`: reads each labelled reply to a pending
 * change (`{"text","label","pending"?,"order"?}`) as the intent actor does and prints one
 * JSON object per file: n, accuracy, precision and recall per label (affirm, deny,
 * unclear, new_request), the confusion matrix and the misread replies. Default: both of
 * our sets, `tests/data/confirmation_replies.jsonl` and `…_holdout.jsonl`. Without an LLM:
 * a yes or a no never comes from one.
 */
import {
  loadConfirmationCases,
  readAsIntentActor,
  scoreConfirmations,
} from "./confirmation_eval_lib.ts";
import { sharedIntentClassifier } from "../actors/nlu/intent_model.ts";

const files = Deno.args.length > 0 ? Deno.args : [
  "tests/data/confirmation_replies.jsonl",
  "tests/data/confirmation_replies_holdout.jsonl",
];
const deps = { llm: null, classifier: sharedIntentClassifier() };
const now = new Date();
const out: Record<string, unknown> = {};
for (const file of files) {
  let cases;
  try {
    cases = await loadConfirmationCases(file);
  } catch (err) {
    // deno-lint-ignore no-console
    console.error(`Cannot evaluate ${file}: ${err instanceof Error ? err.message : err}`);
    Deno.exit(1);
  }
  out[file] = await scoreConfirmations(cases, (c) => readAsIntentActor(c, { deps, now }));
}
// deno-lint-ignore no-console
console.log(JSON.stringify(out, null, 2));
