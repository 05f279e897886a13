/**
 * Dictionary forms of English words for looking them up in a word list: WordNet's
 * detachment rules ("parcels" → "parcel", "charged" → "charge", "cheapest" → "cheap") tried
 * against the list, and the irregular forms shoppers use ("bought" → "buy", "sent" → "send").
 */

/** Irregular forms a shop's customers use, and their dictionary form. */
const IRREGULAR: Readonly<Record<string, string>> = {
  bought: "buy",
  sent: "send",
  paid: "pay",
  got: "get",
  gotten: "get",
  gave: "give",
  given: "give",
  came: "come",
  broke: "break",
  broken: "break",
  lost: "lose",
  took: "take",
  taken: "take",
  made: "make",
  sold: "sell",
  left: "leave",
  told: "tell",
  thought: "think",
  brought: "bring",
  went: "go",
  gone: "go",
  wrote: "write",
  written: "write",
  forgot: "forget",
  forgotten: "forget",
  chose: "choose",
  chosen: "choose",
  saw: "see",
  seen: "see",
  knew: "know",
  known: "know",
  found: "find",
  kept: "keep",
  felt: "feel",
  spent: "spend",
  stole: "steal",
  stolen: "steal",
  tore: "tear",
  torn: "tear",
  threw: "throw",
  thrown: "throw",
  shipped: "ship",
  children: "child",
  women: "woman",
  men: "man",
  feet: "foot",
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
};

/** WordNet's detachment rules: suffix and replacement, tried in order. */
const RULES: readonly (readonly [string, string])[] = [
  ["ies", "y"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["men", "man"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ied", "y"],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["er", "e"],
  ["est", ""],
  ["est", "e"],
];

/**
 * The dictionary form of a lower-case word as `known` has it: the word itself, its
 * irregular base, the first detachment that `known` contains, or a doubled final consonant
 * undone ("shipping" → "ship"); null when none is known.
 */
export function lemmaOf(word: string, known: (w: string) => boolean): string | null {
  if (known(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular !== undefined && known(irregular)) return irregular;
  for (const [suffix, replacement] of RULES) {
    if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    if (known(base)) return base;
    // "stopped" → "stopp" → "stop"
    const n = base.length;
    if (replacement === "" && n >= 3 && base[n - 1] === base[n - 2] && known(base.slice(0, -1))) {
      return base.slice(0, -1);
    }
  }
  return null;
}
