/**
 * The customer's words as the intent actor read them: a misspelt word of support talk
 * ("acount", "invocie") taken for the word it misspells, so that replies which look for
 * words (the FAQ, closing an account, a way to pay) find them as the classifier did.
 */
import type { TurnView } from "./view.ts";

/** A word, with its apostrophe: "wats" is read as "what's", one word for one. */
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/**
 * The words `readAs` wrote differently from `text` (lower-case typo → word); the intent
 * actor replaces whole words only, so the two are compared word by word.
 */
export function spellingsOf(text: string, readAs: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!readAs || readAs === text) return out;
  const written = text.match(WORD) ?? [];
  const read = readAs.match(WORD) ?? [];
  if (written.length !== read.length) return out;
  for (const [i, w] of written.entries()) {
    const r = read[i].toLowerCase();
    if (w.toLowerCase() !== r) out[w.toLowerCase()] = r;
  }
  return out;
}

/** The turn's text (or a part of it) with the misspelt words read as the intent actor read them. */
export function asRead(v: Pick<TurnView, "text" | "spellings">, text: string = v.text): string {
  const fixes = v.spellings;
  if (!fixes || Object.keys(fixes).length === 0) return text;
  return text.replace(WORD, (w) => fixes[w.toLowerCase()] ?? w);
}

/**
 * The customer's words with each word the intent actor spelt out read so ("cn u chek" →
 * "can you check"); the words as written when the two do not line up word for word.
 */
export function readText(text: string, readAs: string | undefined): string {
  return asRead({ text, spellings: spellingsOf(text, readAs) });
}
