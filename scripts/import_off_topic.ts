/**
 * `deno run -A scripts/import_off_topic.ts <dir>`: copies a seeded sample of everyday language
 * that is not about a shop — tweets (TweetEval), restaurant and film review sentences (UCI
 * Sentiment Labelled Sentences) — into `actors/nlu/public/off_topic.json` as `other` examples
 * of the intent classifier, each with a fold (0–4). `<dir>` holds `sentiment_tweets_val.jsonl`,
 * `sentiment_yelp.jsonl` and `sentiment_imdb.jsonl`. Run by hand; nothing reads `<dir>` at run
 * time.
 */

/** How many lines of each source, and which lines qualify. */
const SOURCES: readonly { file: string; source: string; take: number; keep: RegExp }[] = [
  // Tweets of five words or more: sport, music, politics, school, plans for tomorrow.
  { file: "sentiment_tweets_val.jsonl", source: "tweeteval", take: 600, keep: /(?:\S+\s+){4}\S/ },
  // Review sentences only where they are plainly about a restaurant or a film: "very
  // disappointing!!!" alone is what a shopper may say of us too.
  {
    file: "sentiment_yelp.jsonl",
    source: "yelp",
    take: 200,
    keep:
      /\b(?:food|menu|waiter|waitress|dish|pasta|pizza|burger|steak|sushi|restaurant|dinner|lunch|breakfast|tasty|delicious|chicken|salad|fries|sauce|dessert|meal|chef|beer|wine|buffet|sandwich|soup|ate)\b/i,
  },
  {
    file: "sentiment_imdb.jsonl",
    source: "imdb",
    take: 200,
    keep:
      /\b(?:movie|film|films|actors?|actress|plot|script|scenes?|director|characters?|cast|acting|screenplay|cinema|episode)\b/i,
  },
];

const dir = Deno.args[0];
if (!dir) {
  // deno-lint-ignore no-console
  console.error("usage: deno run -A scripts/import_off_topic.ts <dir with the sentiment files>");
  Deno.exit(2);
}
const out: { text: string; source: string; intent: "other"; fold: number }[] = [];
for (const s of SOURCES) {
  const texts = (await Deno.readTextFile(`${dir}/${s.file}`)).split("\n").filter((l) => l.trim())
    .map((l) => clean(JSON.parse(l).text as string))
    .filter((t) => s.keep.test(t));
  const picked = shuffled([...new Set(texts)], s.source).slice(0, s.take);
  picked.forEach((text, i) => out.push({ text, source: s.source, intent: "other", fold: i % 5 }));
}
await Deno.writeTextFile(
  new URL("../actors/nlu/public/off_topic.json", import.meta.url),
  "[\n" + out.map((o) => "  " + JSON.stringify(o)).join(",\n") + "\n]\n",
);
// deno-lint-ignore no-console
console.log(JSON.stringify({ lines: out.length }));

/** Drops retweet marks and @-mentions (no shopper writes "@user"), and unescapes \uXXXX. */
function clean(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/^"+|"+$/g, "")
    .replace(/\bRT\b/g, "")
    .replace(/@user\b:?/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A seeded shuffle (the same sample every run). */
function shuffled<T>(xs: readonly T[], seed: string): T[] {
  let s = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
