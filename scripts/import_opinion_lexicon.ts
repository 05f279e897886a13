/**
 * `deno run -A scripts/import_opinion_lexicon.ts <pattern-sentiment-en.json>`: copies the
 * rated adjectives of CLiPS Pattern's English sentiment lexicon (De Smedt & Daelemans,
 * _Pattern for Python_, JMLR 2012; BSD licence), as shipped in `npm:natural`
 * (`lib/natural/sentiment/English/pattern-sentiment-en.json`, MIT; get it with
 * `npm pack natural@8.1.1`), into `actors/nlu/opinion_lexicon.json`: one polarity (−1…1) per
 * single word, words rated 0 or rated as facts more than opinions left out. Run by hand; nothing reads the source at run time.
 */
interface PatternEntry {
  polarity: string;
  subjectivity: string;
}

/**
 * Words Pattern rates less subjective than this are left out: they are mostly facts with a
 * lean ("new", "game", "more", "live", "half"), which read neutral tweets and our own messages
 * as moods. 0.6 was chosen by the cross-validation of `scripts/sentiment_tune.ts` (docs/nlu.md).
 */
const MIN_SUBJECTIVITY = 0.6;

const [source] = Deno.args;
if (!source) {
  throw new Error("Cannot import the lexicon: give the path of pattern-sentiment-en.json");
}
const entries = JSON.parse(await Deno.readTextFile(source)) as Record<string, PatternEntry>;
const words: Record<string, number> = {};
for (const [word, e] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
  const polarity = Math.round(Number(e.polarity) * 100) / 100;
  const subjective = Number(e.subjectivity) >= MIN_SUBJECTIVITY;
  if (/^[a-z][a-z'-]*$/.test(word) && polarity !== 0 && subjective) words[word] = polarity;
}
const out = new URL("../actors/nlu/opinion_lexicon.json", import.meta.url);
const file = {
  about: "Adjectives rated −1…1 from CLiPS Pattern's English sentiment lexicon (BSD), as shipped " +
    "in npm:natural 8.1.1 (MIT), those rated subjective 0.6 or more; written by " +
    "scripts/import_opinion_lexicon.ts (docs/nlu.md).",
  words,
};
await Deno.writeTextFile(out, JSON.stringify(file, null, 2) + "\n");
// deno-lint-ignore no-console
console.log(`Wrote ${out.pathname}: ${Object.keys(words).length} words`);
