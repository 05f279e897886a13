/**
 * `deno run -A scripts/import_off_topic.ts <dir>`: copies a seeded sample of everyday language
 * that is not about a shop — tweets (TweetEval), restaurant and film review sentences (UCI
 * Sentiment Labelled Sentences) — into `actors/nlu/public/off_topic.json` as `other` examples
 * of the intent classifier, each with a fold (0–4). `<dir>` holds `sentiment_tweets_val.jsonl`,
 * `sentiment_yelp.jsonl` and `sentiment_imdb.jsonl`. Run by hand; nothing reads `<dir>` at run
 * time.
 */
import { shuffled } from "../shared/random.ts";

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
