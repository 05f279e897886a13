import assert from "node:assert/strict";
import { parseLabelledLines, scoreReadings, scoreSentiment, unknownLabels } from "./evaluate.ts";

Deno.test("macro F1 and recall average over the intents the file labels, not those only predicted", () => {
  const lines = parseLabelledLines('{"text":"a","intent":"other"}\n{"text":"b","intent":"other"}');
  const report = scoreReadings(lines, [
    { intent: "other", sentiment: "" },
    { intent: "order_status", sentiment: "" },
  ]);
  assert.equal(report.intent_accuracy, 0.5);
  // other: P 1, R 0.5, F1 0.667; order_status (never labelled) is left out of the means.
  assert.equal(report.intent_macro_f1, 0.6667);
  assert.equal(report.intent_macro_recall, 0.5);
});

Deno.test("scores accuracy, macro F1, per-intent figures and confusion", () => {
  const lines = parseLabelledLines(
    [
      '{"text":"a","intent":"cancel_order","sentiment":"neutral"}',
      '{"text":"b","intent":"cancel_order","sentiment":"negative"}',
      "",
      '{"text":"c","intent":"order_status","sentiment":"negative"}',
    ].join("\n"),
  );
  const report = scoreReadings(lines, [
    { intent: "cancel_order", sentiment: "neutral" },
    { intent: "order_status", sentiment: "negative" },
    { intent: "order_status", sentiment: "neutral" },
  ]);
  assert.equal(report.n, 3);
  assert.equal(report.intent_accuracy, 0.6667);
  // cancel_order: P 1, R 0.5, F1 0.667; order_status: P 0.5, R 1, F1 0.667.
  assert.equal(report.intent_macro_f1, 0.6667);
  assert.equal(report.intent_macro_recall, 0.75);
  assert.deepEqual(report.per_intent?.cancel_order, {
    precision: 1,
    recall: 0.5,
    f1: 0.6667,
    support: 2,
  });
  assert.deepEqual(report.confusion, {
    cancel_order: { cancel_order: 1, order_status: 1 },
    order_status: { order_status: 1 },
  });
  assert.equal(report.sentiment_accuracy, 0.6667);
  // negative 1/2, neutral 1/1.
  assert.equal(report.sentiment_macro_recall, 0.75);
});

Deno.test("a metric is null when the file has no such labels", () => {
  const lines = parseLabelledLines('{"text":"hello","sentiment":"positive"}\n{"text":"x"}');
  const report = scoreReadings(lines, [
    { intent: "small_talk", sentiment: "positive" },
    { intent: "other", sentiment: "neutral" },
  ]);
  assert.equal(report.n, 2);
  assert.equal(report.intent_accuracy, null);
  assert.equal(report.intent_macro_f1, null);
  assert.equal(report.per_intent, null);
  assert.equal(report.confusion, null);
  assert.equal(report.sentiment_accuracy, 1);
  assert.equal(report.sentiment_macro_recall, 1);
});

Deno.test("a bad line is refused with its number", () => {
  assert.throws(() => parseLabelledLines('{"text":"a"}\nnot json'), /line 2/);
  assert.throws(() => parseLabelledLines('{"intent":"order_status"}'), /line 1/);
});

Deno.test("a label outside the taxonomy is kept and scored as a miss", () => {
  const lines = parseLabelledLines(
    '{"text":"a","intent":" Fly "}\n{"text":"b","intent":"order_status","sentiment":-0.5}',
  );
  assert.equal(lines[0].intent, "fly");
  assert.equal(lines[1].sentiment, "negative");
  assert.deepEqual(unknownLabels(lines), ["fly"]);
  const report = scoreReadings(lines, [
    { intent: "other", sentiment: "neutral" },
    { intent: "order_status", sentiment: "negative" },
  ]);
  assert.equal(report.intent_accuracy, 0.5);
  assert.equal(report.sentiment_accuracy, 1);
});

Deno.test("a two-class set places a neutral reading on the side its score leans to", () => {
  const gold = ["positive", "negative", "positive", "negative"];
  const score = scoreSentiment(gold, [
    { label: "neutral", score: 0.1 },
    { label: "neutral", score: -0.05 },
    { label: "negative", score: -0.4 },
    { label: "negative", score: -0.2 },
  ]);
  assert.deepEqual(score.classes, ["negative", "positive"]);
  assert.equal(score.accuracy, 0.75);
  // negative: P 2/3, R 1, F1 0.8; positive: P 1, R 0.5, F1 0.667.
  assert.equal(score.macro_recall, 0.75);
  assert.equal(score.macro_f1, 0.7333);
});

Deno.test("a three-class set keeps neutral readings as they are", () => {
  const score = scoreSentiment(["neutral", "positive"], [
    { label: "neutral", score: 0.2 },
    { label: "neutral", score: 0.2 },
  ]);
  assert.equal(score.accuracy, 0.5);
  assert.equal(score.macro_recall, 0.5);
});
