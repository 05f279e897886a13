/**
 * `deno task nlu:eval <file.jsonl>`: runs the NLU on each line `{"text", "intent"?,
 * "sentiment"?}` and prints one JSON object: n, intent_accuracy, intent_macro_f1,
 * sentiment_accuracy, sentiment_macro_recall, per_intent, confusion (DESIGN.md). Uses the
 * LLM when `LLM_BASE_URL` is set, else the built-in classifier. `--cv [folds]` instead
 * cross-validates both models on their own training examples (our intent examples, BANKING77
 * and the off-topic sentences each scored apart in `by_source`); `--transfer` scores a
 * classifier trained on our examples alone on every borrowed line.
 */
import { loadConfig } from "../shared/config.ts";
import { createLlm } from "../shared/llm.ts";
import { parseLabelledLines, scoreReadings, unknownLabels } from "../actors/nlu/evaluate.ts";
import { readMessage } from "./read_message.ts";
import { crossValidate, transferToPublic } from "../actors/nlu/cross_validate.ts";

if (Deno.args[0] === "--cv") {
  // deno-lint-ignore no-console
  console.log(JSON.stringify(crossValidate(Number(Deno.args[1] ?? 5)), null, 2));
  Deno.exit(0);
}
if (Deno.args[0] === "--transfer") {
  // deno-lint-ignore no-console
  console.log(JSON.stringify(transferToPublic(), null, 2));
  Deno.exit(0);
}
const file = Deno.args[0];
if (!file) {
  // deno-lint-ignore no-console
  console.error(
    "usage: deno task nlu:eval <file.jsonl>  |  deno task nlu:eval --cv [folds]  |  --transfer",
  );
  Deno.exit(2);
}
let lines;
try {
  lines = parseLabelledLines(await Deno.readTextFile(file));
} catch (err) {
  // deno-lint-ignore no-console
  console.error(`Cannot evaluate ${file}: ${err instanceof Error ? err.message : err}`);
  Deno.exit(1);
}
const unknown = unknownLabels(lines);
if (unknown.length) {
  // deno-lint-ignore no-console
  console.error(`note: labels outside the taxonomy are scored as misses: ${unknown.join(", ")}`);
}
const config = loadConfig();
const deps = { llm: createLlm(config), config };
const readings = [];
for (const line of lines) {
  const { sentiment, intent } = await readMessage(line.text, { deps });
  readings.push({ intent: intent.intent, sentiment: sentiment.label });
}
// deno-lint-ignore no-console
console.log(JSON.stringify(scoreReadings(lines, readings), null, 2));
