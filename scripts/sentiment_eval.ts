/**
 * How the sentiment model reads a labelled set: with the model as it ships, under
 * transfer (trained without the set, and without any source named), and under k-fold
 * cross-validation (trained on the other folds of the set plus the other sources). Scores
 * are accuracy, macro F1 and macro recall (`scoreSentiment`: two-class sets on two classes).
 */
import type { SentimentEnrichment } from "../shared/protocol.ts";
import { createMessage } from "../shared/protocol.ts";
import { silentLogger } from "../shared/log.ts";
import { sentimentActor } from "../actors/sentiment.ts";
import { type LabelledLine, scoreSentiment, type SentimentScore } from "../actors/nlu/evaluate.ts";
export type { SentimentScore };
import {
  SENTIMENT_SOURCES,
  type SentimentExample,
  type SentimentSource,
  type SourcedExample,
  trainingExamples,
} from "../actors/nlu/sentiment_data.ts";

/** A training example; its source, when known, sets its weight. */
export type TrainingExample = SentimentExample & { source?: SentimentSource };
import { createSentimentModel, type SentimentModel } from "../actors/nlu/sentiment_model.ts";
import { loadWink } from "../actors/nlu/wink.ts";

/** Reads one text through the sentiment actor, with the given model. */
export async function readSentiment(
  text: string,
  model: SentimentModel,
): Promise<SentimentEnrichment> {
  const msg = createMessage({ text, conversationId: "eval", channel: "test" });
  const ctx = {
    signal: new AbortController().signal,
    log: silentLogger,
    now: () => new Date(0),
    deliveryCount: 1,
  };
  return (await sentimentActor.process(msg, { sentiment: model }, ctx)).enrichment!;
}

/** Options for the evaluations that train their own model. */
export interface TrainOptions {
  /** Sources to leave out of training besides the set itself. */
  without?: readonly SentimentSource[];
  /** Trains a model (default `createSentimentModel`); lets a caller try other settings. */
  train?: (examples: readonly TrainingExample[]) => SentimentModel;
}

/** Reads a labelled set with a model and scores it. */
export async function scoreWithModel(
  lines: readonly LabelledLine[],
  model: SentimentModel,
): Promise<SentimentScore> {
  const labelled = lines.filter((l) => l.sentiment);
  const readings = [];
  for (const l of labelled) readings.push(await readSentiment(l.text, model));
  return scoreSentiment(labelled.map((l) => l.sentiment!), readings);
}

/**
 * Transfer: trains on every source except those named, and without any example whose text
 * is in the set, then reads the set.
 */
export function transfer(
  lines: readonly LabelledLine[],
  opts: TrainOptions = {},
): Promise<SentimentScore> {
  return scoreWithModel(lines, train(baseExamples(lines, opts.without), opts));
}

/**
 * K-fold cross-validation on a set: each fold (every k-th line) is read by a model trained
 * on the other folds plus every source not named in `without` (less any copy of the set).
 */
export async function crossValidateSet(
  lines: readonly LabelledLine[],
  folds: number,
  opts: TrainOptions = {},
): Promise<SentimentScore> {
  const labelled = lines.filter((l) => l.sentiment);
  const base = baseExamples(labelled, opts.without);
  const gold: string[] = [];
  const readings: SentimentEnrichment[] = [];
  for (let k = 0; k < folds; k++) {
    // The other folds count as much as any public example.
    const rest: SentimentExample[] = labelled.flatMap((l, i) =>
      i % folds === k ? [] : [{ text: l.text, sentiment: l.sentiment! }]
    );
    const model = train([...base, ...rest], opts);
    for (let i = k; i < labelled.length; i += folds) {
      gold.push(labelled[i].sentiment!);
      readings.push(await readSentiment(labelled[i].text, model));
    }
  }
  return scoreSentiment(gold, readings);
}

function baseExamples(
  lines: readonly LabelledLine[],
  without: readonly SentimentSource[] = [],
): SourcedExample[] {
  const held = new Set(lines.map((l) => key(l.text)));
  return trainingExamples(SENTIMENT_SOURCES.filter((s) => !without.includes(s)))
    .filter((e) => !held.has(key(e.text)));
}

function train(examples: readonly TrainingExample[], opts: TrainOptions): SentimentModel {
  return opts.train?.(examples) ?? createSentimentModel({ examples, nlp: loadWink() });
}

function key(text: string): string {
  return text.trim().toLowerCase();
}
