/**
 * The per-source sentiment table of `deno task nlu:eval --sources`: our own test set read by
 * the model as it ships, and each public set read under transfer (a model trained without
 * it) and under five-fold cross-validation (trained on the other folds too). Reads only
 * files inside the project (`tests/data/`).
 */
import { parseLabelledLines } from "../actors/nlu/evaluate.ts";
import type { SentimentSource } from "../actors/nlu/sentiment_data.ts";
import {
  crossValidateSet,
  type SentimentScore,
  type TrainOptions,
  transfer,
} from "./sentiment_eval.ts";

/** A labelled set of the table and the training sources it must be kept apart from. */
interface SetSpec {
  name: string;
  files: string[];
  /** Training sources that hold this set (left out for transfer). */
  sources: SentimentSource[];
  /** Cross-validate this set too. */
  cv: boolean;
}

const DATA = new URL("../tests/data/", import.meta.url);

const SETS: SetSpec[] = [
  { name: "own test set", files: ["nlu_test.jsonl"], sources: [], cv: false },
  {
    name: "tweets (TweetEval val)",
    files: ["public/sentiment_tweets_val.jsonl"],
    sources: ["tweets"],
    cv: true,
  },
  { name: "yelp sentences", files: ["public/sentiment_yelp.jsonl"], sources: ["yelp"], cv: true },
  { name: "imdb sentences", files: ["public/sentiment_imdb.jsonl"], sources: ["imdb"], cv: true },
  {
    name: "yelp + imdb",
    files: ["public/sentiment_yelp.jsonl", "public/sentiment_imdb.jsonl"],
    sources: ["yelp", "imdb"],
    cv: false,
  },
];

/** One row of the table. */
export interface SourceRow {
  set: string;
  /** Training sources the transfer model was trained on (none of this set). */
  trained_on: SentimentSource[];
  transfer: SentimentScore;
  /** Five-fold cross-validation, where run. */
  cv: SentimentScore | null;
}

/** Options for `sourceReport`. */
export interface SourceReportOptions extends Pick<TrainOptions, "train"> {
  /** Sources never trained on (e.g. all public ones, to measure the model before them). */
  without?: readonly SentimentSource[];
  folds?: number;
  /** Only these sets (by name prefix); default all. */
  only?: readonly string[];
}

/** Builds the per-source table. */
export async function sourceReport(opts: SourceReportOptions = {}): Promise<SourceRow[]> {
  const folds = opts.folds ?? 5;
  const never = opts.without ?? [];
  const all: SentimentSource[] = ["own", "tweets", "yelp", "imdb"];
  const rows: SourceRow[] = [];
  for (const spec of SETS) {
    if (opts.only && !opts.only.some((p) => spec.name.startsWith(p))) continue;
    const lines = [];
    for (const f of spec.files) {
      lines.push(...parseLabelledLines(await Deno.readTextFile(new URL(f, DATA))));
    }
    const without = [...new Set([...never, ...spec.sources])];
    rows.push({
      set: spec.name,
      trained_on: all.filter((s) => !without.includes(s)),
      transfer: await transfer(lines, { without, train: opts.train }),
      cv: spec.cv
        ? await crossValidateSet(lines, folds, { without: never, train: opts.train })
        : null,
    });
  }
  return rows;
}

/** The table as Markdown. */
export function sourceTable(rows: readonly SourceRow[]): string {
  const f = (x: number) => x.toFixed(3);
  const cell = (s: SentimentScore | null) =>
    s ? `${f(s.accuracy)} | ${f(s.macro_f1)} | ${f(s.macro_recall)}` : "– | – | –";
  return [
    "| set | n | trained on | accuracy | macro F1 | macro recall | 5-fold accuracy | macro F1 | macro recall |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) =>
      `| ${r.set} | ${r.transfer.n} | ${r.trained_on.join(" + ")} | ${cell(r.transfer)} | ${
        cell(r.cv)
      } |`
    ),
  ].join("\n");
}
