/**
 * How shoppers really type: "cn u chek 1002", "i want to add anothr water bottle", "any
 * updte?", "yh go ahed". The readers after the classifier look for words ("another", "check",
 * "ahead"); a word typed short or misspelt slipped past them, so the same request got another
 * reply than its clean wording. The message is read with texting shorthand written out (a
 * closed set, as a dictionary of abbreviations is) and each word that is no English word and
 * none our examples use often (wink's lexicon knows English), one edit from exactly one that
 * they do (the first letter
 * kept), written as that word. Pure.
 */
import { editDistance } from "../../domain/spelling.ts";
import { TRAINING_EXAMPLES } from "./train/mod.ts";
import { loadWink } from "./wink.ts";
import { detectLanguage } from "./language.ts";
import { withSpokenNumbers } from "./spoken_numbers.ts";

/** Texting shorthand of support talk, as the words it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ["u", "you"],
  ["r", "are"],
  ["cn", "can"],
  ["cud", "could"],
  ["wud", "would"],
  ["shud", "should"],
  ["pls", "please"],
  ["plz", "please"],
  ["plss", "please"],
  ["pleas", "please"],
  ["thx", "thanks"],
  ["thnx", "thanks"],
  ["thanx", "thanks"],
  ["wnt", "want"],
  ["dnt", "don't"],
  ["wat", "what"],
  ["wats", "what's"],
  ["wot", "what"],
  ["wen", "when"],
  ["hw", "how"],
  ["abt", "about"],
  ["rly", "really"],
  ["ofc", "of course"],
  ["yh", "yeah"],
  ["yeh", "yeah"],
  ["cuz", "because"],
  ["coz", "because"],
  ["bc", "because"],
  ["b4", "before"],
  ["2day", "today"],
  ["tmrw", "tomorrow"],
  ["tmr", "tomorrow"],
  ["msg", "message"],
  ["pkg", "package"],
  ["ordr", "order"],
  ["acct", "account"],
  ["addr", "address"],
  ["smth", "something"],
  ["sth", "something"],
  ["bk", "back"],
  ["nd", "and"],
]);

/** How many examples must use a word for a typo to be read as it. */
const MIN_USES = 4;
/**
 * One edit; two in words of seven letters or more, the first two letters kept ("warenty" is
 * "warranty").
 */
const MAX_EDITS = 1;
/** The shortest typo two edits may be read in: wink's lexicon keeps English words apart. */
const LONG_TYPO = 7;
/** The shortest typo read against the examples' words. */
const MIN_TYPO = 4;

let lexicon: Map<string, string[]> | null = null;
let known: Set<string> | null = null;
/** Words read lately, and what they were read as: shoppers use the same few thousand. */
const read = new Map<string, string | null>();
/** Past this many words the cache starts again (it only saves time). */
const MAX_READ = 20_000;

/** The words our examples use often, by first letter (built once). */
function knownWords(): Map<string, string[]> {
  if (lexicon) return lexicon;
  const counts = new Map<string, number>();
  for (const texts of Object.values(TRAINING_EXAMPLES)) {
    for (const text of texts ?? []) {
      // "haven't" is a word of its own: "haven" is no word "havent" misspells.
      for (const w of new Set(text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [])) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  lexicon = new Map();
  for (const [w, n] of counts) {
    if (n < MIN_USES || w.length < 3 || w.includes("'")) continue;
    const list = lexicon.get(w[0]);
    if (list) list.push(w);
    else lexicon.set(w[0], [w]);
  }
  known = new Set([...lexicon.values()].flat());
  return lexicon;
}

/** True when the examples use the word often. */
function isKnown(word: string): boolean {
  knownWords();
  return known!.has(word);
}

/**
 * The word of our examples `typo` misspells: one edit (two from seven letters), the first
 * letter kept, four letters or more; a four-letter typo only with a letter left out ("chek").
 * Null for an English word, a word our examples use, or when two words fit.
 */
export function typedWord(typo: string): string | null {
  const w = typo.toLowerCase();
  if (read.has(w)) return read.get(w)!;
  const out = spelt(w);
  if (read.size >= MAX_READ) read.clear();
  read.set(w, out);
  return out;
}

/** `typedWord` of a lower-case word, uncached. */
function spelt(w: string): string | null {
  if (w.length < MIN_TYPO || /[^a-z]/.test(w) || isKnown(w)) return null;
  if (isEnglish(w)) return null;
  let best: string | null = null;
  let tie = false;
  let bestDistance = Infinity;
  for (const k of knownWords().get(w[0]) ?? []) {
    const max = Math.min(k.length, w.length) >= LONG_TYPO ? MAX_EDITS + 1 : MAX_EDITS;
    if (Math.abs(k.length - w.length) > max || k.length < MIN_TYPO) continue;
    if (w.length === MIN_TYPO && k.length !== w.length + 1) continue;
    // "thats", "orders": a word with an ending added is that word said so, no typo of it.
    if (w.length === k.length + 1 && w.startsWith(k) && /[sd]$/.test(w)) continue;
    const d = editDistance(k, w);
    // Two edits keep the first two letters: "passcode" is no typo of "postcode".
    if (d > max || (d > MAX_EDITS && k[1] !== w[1])) continue;
    if (d < bestDistance) [best, bestDistance, tie] = [k, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? null : best;
}

/** wink's English lexicon, asked whether it knows a word. */
interface Lexicon {
  isOOV(word: string): boolean;
}
let english: Lexicon | null = null;

/** True when wink's English lexicon knows the word ("cancer", "snapping", "thats"). */
export function isEnglish(word: string): boolean {
  english ??= loadWink().readDoc("") as unknown as Lexicon;
  return !english.isOOV(word);
}

/** "Please to" before a verb, said for "please". */
const PLEASE_TO = /\b(please|pls|plz)\s+to\s+(?=[a-z])/gi;

/** "Kindly proceed", "kindly assist me": a polite "please" before the verb. */
const KINDLY = /\bkindly\s+(?=[a-z])/gi;

/** Addresses, links and codes, whose letters are no words to spell. */
const NOT_WORDS = /\S+@\S+|https?:\/\/\S+|\bwww\.\S+/gi;

/**
 * The message with shorthand written out and misspelt words spelt as our examples' words,
 * or null when nothing was typed so. The case of a word's first letter is kept.
 */
export function asTyped(text: string): string | null {
  // The intent actor asks about the message as written and again about its last thought.
  if (lastTyped?.text === text) return lastTyped.typed;
  const typed = spellTyped(text);
  lastTyped = { text, typed };
  return typed;
}

/** The text spelt last and its spelling. */
let lastTyped: { text: string; typed: string | null } | null = null;

function spellTyped(text: string): string | null {
  // "Hallo", "wie lange dauert…": another language's words are no typos of ours.
  if (detectLanguage(text).language !== "en") return null;
  let changed = false;
  const spell = (chunk: string) =>
    // "doesn't", "Rückerstattung": a word is read whole, with its apostrophe and its letters.
    chunk.replace(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu, (word) => {
      const lower = word.toLowerCase();
      const out = SHORTHAND.get(lower) ?? (/^[a-z]+$/i.test(word) ? typedWord(lower) : null);
      if (out === null || out === undefined) return word;
      changed = true;
      return /^[A-Z]/.test(word) && word.length > 1 ? out[0].toUpperCase() + out.slice(1) : out;
    });
  let out = "";
  let at = 0;
  for (const m of text.matchAll(NOT_WORDS)) {
    out += spell(text.slice(at, m.index)) + m[0];
    at = m.index! + m[0].length;
  }
  out += spell(text.slice(at));
  // "Please to change my address", "yes please to send": a learner's "please to" asks as
  // "please" does (a new request read in it, a yes was taken for a return).
  const asked = out.replace(PLEASE_TO, "$1 ").replace(KINDLY, "please ");
  // "Order one thousand and two", "ten oh one": a dictated number is the digits.
  const read = withSpokenNumbers(asked) ?? asked;
  return changed || read !== out ? read : null;
}

/** The message as read: `asTyped`'s spelling, or the message itself. */
export function typedText(text: string): string {
  return asTyped(text) ?? text;
}
