/**
 * `deno task nlu:eval <file.jsonl>`: runs the NLU on each line `{"text", "intent"?,
 * "sentiment"?}` and prints one JSON object: n, intent_accuracy, intent_macro_f1,
 * sentiment_accuracy, sentiment_macro_recall, per_intent, confusion (DESIGN.md). Uses the
 * LLM when `LLM_BASE_URL` is set, else the built-in classifier.
 *
 * Other modes, for the sentiment model (docs/nlu.md):
 * - `--cv [folds]` alone cross-validates both models on their own training examples (our intent
 *   examples, BANKING77 and the off-topic sentences each scored apart in `by_source`);
 * - `--cv <folds> <file>` cross-validates the sentiment model on a file (each fold read by a
 *   model trained on the other folds and the training sources);
 * - `--without <sources> <file>` reads the file's sentiment with a model trained without those
 *   sources (own, tweets, yelp, imdb) and without any line of the file: transfer;
 * - `--sources [--without <sources>] [--markdown]` prints the per-source table;
 * - `--transfer` scores an intent classifier trained on our examples alone on every borrowed
 *   line (BANKING77 and the off-topic sentences).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../shared/config.ts";
import { createLlm } from "../shared/llm.ts";
import { parseLabelledLines, scoreReadings, unknownLabels } from "../actors/nlu/evaluate.ts";
import { readMessage } from "./read_message.ts";
import { crossValidate, transferToPublic } from "../actors/nlu/cross_validate.ts";
import { parseSources } from "../actors/nlu/sentiment_data.ts";
import { crossValidateSet, transfer } from "./sentiment_eval.ts";
import { sourceReport, sourceTable } from "./nlu_sources.ts";

const USAGE = "usage: deno task nlu:eval <file.jsonl>  |  --cv [folds] [file.jsonl]  |  " +
  "--without <sources> <file.jsonl>  |  --sources [--without <sources>] [--markdown]  |  " +
  "--transfer";

// deno-lint-ignore no-console
const print = (x: unknown) => console.log(typeof x === "string" ? x : JSON.stringify(x, null, 2));
function fail(message: string, code = 1): never {
  // deno-lint-ignore no-console
  console.error(message);
  Deno.exit(code);
}

let args;
try {
  args = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      cv: { type: "boolean" },
      without: { type: "string" },
      sources: { type: "boolean" },
      markdown: { type: "boolean" },
      transfer: { type: "boolean" },
    },
  });
} catch (err) {
  fail(`${err instanceof Error ? err.message : err}\n${USAGE}`, 2);
}
const { values, positionals } = args;
let without;
try {
  without = values.without ? parseSources(values.without) : undefined;
} catch (err) {
  fail(err instanceof Error ? err.message : String(err), 2);
}

if (values.sources) {
  const rows = await sourceReport({ without });
  print(values.markdown ? sourceTable(rows) : { sentiment_sources: rows });
  Deno.exit(0);
}
if (values.transfer) {
  print(transferToPublic());
  Deno.exit(0);
}

// `--cv` takes an optional fold count, then an optional file.
const folds = values.cv && /^\d+$/.test(positionals[0] ?? "") ? Number(positionals.shift()) : 5;
const file = positionals[0];
if (values.cv && !file) {
  print(crossValidate(folds));
  Deno.exit(0);
}
if (!file) fail(USAGE, 2);

let lines;
try {
  lines = parseLabelledLines(await Deno.readTextFile(file));
} catch (err) {
  fail(`Cannot evaluate ${file}: ${err instanceof Error ? err.message : err}`);
}
const unknown = unknownLabels(lines);
if (unknown.length) {
  // deno-lint-ignore no-console
  console.error(`note: labels outside the taxonomy are scored as misses: ${unknown.join(", ")}`);
}
if (values.cv) {
  print({ folds, sentiment: await crossValidateSet(lines, folds, { without }) });
  Deno.exit(0);
}
if (without) {
  print({ without, sentiment: await transfer(lines, { without }) });
  Deno.exit(0);
}
const config = loadConfig();
const deps = { llm: createLlm(config), config };
const readings = [];
for (const line of lines) {
  const { sentiment, intent } = await readMessage(line.text, { deps });
  readings.push({
    intent: intent.intent,
    sentiment: sentiment.label,
    sentiment_score: sentiment.score,
  });
}
print(scoreReadings(lines, readings));
