/**
 * The NLU on our own labelled test set (tests/data/nlu_test.jsonl, written apart from the
 * training examples), through the same path as `deno task nlu:eval`, without an LLM.
 */
import assert from "node:assert/strict";
import { parseLabelledLines, scoreReadings } from "../actors/nlu/evaluate.ts";
import { readMessage } from "../scripts/read_message.ts";

const file = new URL("./data/nlu_test.jsonl", import.meta.url);

Deno.test("the built-in NLU reaches intent accuracy 0.90 and sentiment accuracy 0.90 on our test set", async () => {
  const lines = parseLabelledLines(await Deno.readTextFile(file));
  assert.ok(lines.length >= 300, `${lines.length} lines`);
  const readings = [];
  for (const line of lines) {
    const { sentiment, intent } = await readMessage(line.text, { deps: { llm: null } });
    readings.push({ intent: intent.intent, sentiment: sentiment.label });
  }
  const report = scoreReadings(lines, readings);
  assert.ok(report.intent_accuracy! >= 0.9, `intent accuracy ${report.intent_accuracy}`);
  assert.ok(report.sentiment_accuracy! >= 0.9, `sentiment accuracy ${report.sentiment_accuracy}`);
  assert.ok(report.intent_macro_f1! >= 0.85, `intent macro F1 ${report.intent_macro_f1}`);
});

Deno.test("the test set covers every intent and was not copied from the training examples", async () => {
  const { TRAINING_EXAMPLES } = await import("../actors/nlu/train/mod.ts");
  const { INTENTS } = await import("../shared/protocol.ts");
  const lines = parseLabelledLines(await Deno.readTextFile(file));
  const sentiment = await import("../actors/nlu/sentiment_train.json", { with: { type: "json" } });
  const trained = new Set(
    [...Object.values(TRAINING_EXAMPLES).flat(), ...sentiment.default.map((e) => e.text)]
      .map((t) => t.toLowerCase().trim()),
  );
  const copied = lines.filter((l) => trained.has(l.text.toLowerCase().trim()));
  assert.deepEqual(copied.map((l) => l.text), []);
  for (const intent of INTENTS) {
    assert.ok(lines.filter((l) => l.intent === intent).length >= 10, intent);
    assert.ok((TRAINING_EXAMPLES[intent] ?? []).length >= 40, `${intent} has 40 training examples`);
  }
});
