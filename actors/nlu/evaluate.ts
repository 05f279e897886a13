/**
 * Scores the NLU against a labelled set: intent accuracy and macro F1 with per-intent
 * figures and a confusion table, sentiment accuracy, macro recall and macro F1. The shape is the
 * one `deno task nlu:eval` prints (DESIGN.md); a metric is null when no line has its label.
 */
import { z } from "zod";
import { Intent, SentimentLabel } from "../../shared/protocol.ts";

const label = z.string().trim().toLowerCase().min(1);

/**
 * One line of a labelled file. Labels are compared as given (trimmed, lower-cased), so a
 * label outside the taxonomy counts as a miss rather than stopping the run; a numeric
 * sentiment reads by its sign.
 */
export const LabelledLine = z.object({
  text: z.string(),
  intent: label.nullish().transform((v) => v ?? undefined),
  sentiment: z
    .union([label, z.number()])
    .nullish()
    .transform((v) =>
      typeof v === "number" ? (v < 0 ? "negative" : v > 0 ? "positive" : "neutral") : v ?? undefined
    ),
});

/** Labels of a file that are not in the taxonomy (reported, scored as misses). */
export function unknownLabels(lines: readonly LabelledLine[]): string[] {
  const known = new Set<string>([...Intent.options, ...SentimentLabel.options]);
  const seen = new Set<string>();
  for (const l of lines) {
    for (const v of [l.intent, l.sentiment]) if (v && !known.has(v)) seen.add(v);
  }
  return [...seen];
}
/** One labelled message. */
export type LabelledLine = z.infer<typeof LabelledLine>;

/** What the NLU said about one message. */
export interface NluReading {
  intent: string;
  sentiment: string;
  /** The sentiment score, which places a neutral reading on a side for two-class sets. */
  sentiment_score?: number;
}

/** Precision, recall and F1 of one intent. */
export interface IntentScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The evaluation report. */
export interface EvalReport {
  n: number;
  intent_accuracy: number | null;
  /** Mean F1 over the intents the file labels. */
  intent_macro_f1: number | null;
  /** Mean recall over the intents the file labels (each gold intent counts once). */
  intent_macro_recall: number | null;
  sentiment_accuracy: number | null;
  sentiment_macro_recall: number | null;
  sentiment_macro_f1: number | null;
  per_intent: Record<string, IntentScore> | null;
  /** gold intent → predicted intent → count (non-zero cells only). */
  confusion: Record<string, Record<string, number>> | null;
}

/** Parses a JSON-lines file's text; throws with the line number on a bad line. */
export function parseLabelledLines(text: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`Cannot read line ${i + 1}: not valid JSON`, { cause: err });
    }
    const parsed = LabelledLine.safeParse(json);
    if (!parsed.success) {
      throw new Error(`Cannot read line ${i + 1}: ${parsed.error.issues[0]?.message}`);
    }
    out.push(parsed.data);
  });
  return out;
}

/** Scores readings against labels (same order). */
export function scoreReadings(
  lines: readonly LabelledLine[],
  readings: readonly NluReading[],
): EvalReport {
  const intents = lines.flatMap((l, i) => (l.intent ? [[l.intent, readings[i].intent]] : []));
  const moods = lines.flatMap((
    l,
    i,
  ) => (l.sentiment ? [[l.sentiment, readings[i].sentiment]] : []));
  const moodScores = lines.flatMap((l, i) => (l.sentiment ? [readings[i].sentiment_score] : []));
  const report: EvalReport = {
    n: lines.length,
    intent_accuracy: null,
    intent_macro_f1: null,
    intent_macro_recall: null,
    sentiment_accuracy: null,
    sentiment_macro_recall: null,
    sentiment_macro_f1: null,
    per_intent: null,
    confusion: null,
  };
  if (intents.length > 0) {
    report.intent_accuracy = round(intents.filter(([g, p]) => g === p).length / intents.length);
    const labels = [...new Set(intents.flat())].sort();
    report.per_intent = {};
    report.confusion = {};
    for (const label of labels) {
      const tp = intents.filter(([g, p]) => g === label && p === label).length;
      const predicted = intents.filter(([, p]) => p === label).length;
      const support = intents.filter(([g]) => g === label).length;
      const precision = predicted ? tp / predicted : 0;
      const recall = support ? tp / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      report.per_intent[label] = {
        precision: round(precision),
        recall: round(recall),
        f1: round(f1),
        support,
      };
    }
    // Over the intents the file labels: a borrowed set of seven labels is not marked down
    // for the seventeen it never uses, each predicted now and then.
    const f1s = Object.values(report.per_intent).filter((s) => s.support > 0).map((s) => s.f1);
    report.intent_macro_f1 = round(f1s.reduce((a, b) => a + b, 0) / f1s.length);
    const recalls = Object.values(report.per_intent).filter((s) => s.support > 0).map((s) =>
      s.recall
    );
    report.intent_macro_recall = round(recalls.reduce((a, b) => a + b, 0) / recalls.length);
    for (const [g, p] of intents) {
      const row = report.confusion[g] ??= {};
      row[p] = (row[p] ?? 0) + 1;
    }
  }
  if (moods.length > 0) {
    const mood = scoreSentiment(
      moods.map(([g]) => g),
      moods.map(([, label], i) => ({ label, score: moodScores[i] })),
    );
    report.sentiment_accuracy = mood.accuracy;
    report.sentiment_macro_recall = mood.macro_recall;
    report.sentiment_macro_f1 = mood.macro_f1;
  }
  return report;
}

/** Sentiment scores of one reading of a set. */
export interface SentimentScore {
  n: number;
  accuracy: number;
  macro_f1: number;
  macro_recall: number;
  /** Labels scored (two for review sets: neutral readings lean to a side). */
  classes: string[];
}

const SIDE_ONLY = new Set(["negative", "positive"]);

/**
 * Scores gold sentiment labels against readings. A set labelled with two classes only
 * (positive, negative: review sentences) is scored on two classes: a neutral reading counts
 * as the side its score leans to (score < 0 negative, else positive), since neutral is no
 * option there; a neutral reading without a score stays a miss.
 */
export function scoreSentiment(
  gold: readonly string[],
  readings: readonly { label: string; score?: number }[],
): SentimentScore {
  const classes = [...new Set(gold)].sort();
  const twoClass = classes.every((c) => SIDE_ONLY.has(c));
  const predicted = readings.map((r) =>
    twoClass && r.label === "neutral" && r.score !== undefined
      ? (r.score < 0 ? "negative" : "positive")
      : r.label
  );
  let correct = 0;
  const f1s: number[] = [];
  const recalls: number[] = [];
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  for (const c of classes) {
    let tp = 0, support = 0, said = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === c) support++;
      if (predicted[i] === c) said++;
      if (gold[i] === c && predicted[i] === c) tp++;
    }
    const precision = said ? tp / said : 0;
    const recall = support ? tp / support : 0;
    recalls.push(recall);
    f1s.push(precision + recall ? (2 * precision * recall) / (precision + recall) : 0);
  }
  return {
    n: gold.length,
    accuracy: round(gold.length ? correct / gold.length : 0),
    macro_f1: round(mean(f1s)),
    macro_recall: round(mean(recalls)),
    classes,
  };
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
