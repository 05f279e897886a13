/**
 * The labelled messages the sentiment model learns from, by source: our own support
 * messages (`sentiment_train.json`) and three public sets written by real people
 * (`public/`, copied from the sets in `tests/data/public/`, whose SOURCES.md gives their
 * provenance and licences). Naming the sources lets the evaluation train without one and
 * read it (transfer), which is the honest test of how the model reads strangers.
 */
import own from "./sentiment_train.json" with { type: "json" };
import imdb from "./public/sentiment_imdb.json" with { type: "json" };
import tweets from "./public/sentiment_tweets.json" with { type: "json" };
import yelp from "./public/sentiment_yelp.json" with { type: "json" };

/** A labelled message for training. */
export interface SentimentExample {
  text: string;
  sentiment: string;
}

/** Where training examples come from. */
export const SENTIMENT_SOURCES = ["own", "tweets", "yelp", "imdb"] as const;
/** One training source. */
export type SentimentSource = (typeof SENTIMENT_SOURCES)[number];

/** Texts by label, the compact form of the public copies. */
type ByLabel = Partial<Record<"negative" | "neutral" | "positive", string[]>>;

function flatten(set: ByLabel): SentimentExample[] {
  return Object.entries(set).flatMap(([sentiment, texts]) =>
    (texts ?? []).map((text) => ({ text, sentiment }))
  );
}

const BY_SOURCE: Record<SentimentSource, readonly SentimentExample[]> = {
  own,
  tweets: flatten(tweets),
  yelp: flatten(yelp),
  imdb: flatten(imdb),
};

/** The examples of one source. */
export function sourceExamples(source: SentimentSource): readonly SentimentExample[] {
  return BY_SOURCE[source];
}

/** A training example with the source it came from. */
export interface SourcedExample extends SentimentExample {
  source: SentimentSource;
}

/** The training examples of the given sources (default all), in a fixed order. */
export function trainingExamples(
  sources: readonly SentimentSource[] = SENTIMENT_SOURCES,
): SourcedExample[] {
  return sources.flatMap((source) => BY_SOURCE[source].map((e) => ({ ...e, source })));
}

/** Parses a comma-separated list of source names; throws on an unknown one. */
export function parseSources(list: string): SentimentSource[] {
  return list.split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
    if (!(SENTIMENT_SOURCES as readonly string[]).includes(s)) {
      throw new Error(
        `Cannot use sentiment source ${s}: known are ${SENTIMENT_SOURCES.join(", ")}`,
      );
    }
    return s as SentimentSource;
  });
}
