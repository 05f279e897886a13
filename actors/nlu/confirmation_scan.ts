/**
 * Scanning a reply to a pending change into known phrases (`confirmation.ts`): each
 * clause split into the longest phrases a lexicon knows, and which of them say yes
 * outside a negation.
 */

/** What a known phrase is: a yes, a weak yes, a no, the change's own words, courtesy… */
export type Tag =
  | "yes"
  | "weak"
  | "closing"
  | "filler"
  | "lead_in"
  | "verb"
  | "foreign"
  | "foreign_polite"
  | "no";

/** A phrase list per tag, longest phrase first when the reply is scanned. */
export type Lexicon = Map<string, ReadonlySet<Tag>>;

const MAX_PHRASE = 5;

/** Builds a lexicon from phrase lists and their tags. */
export function lexicon(entries: readonly [readonly string[], Tag][]): Lexicon {
  const out = new Map<string, Set<Tag>>();
  for (const [words, tag] of entries) {
    for (const w of words) {
      const set = out.get(w) ?? new Set<Tag>();
      set.add(tag);
      out.set(w, set);
    }
  }
  return out;
}

/** One scanned piece of a clause: its words and what they are. */
export interface Piece {
  text: string;
  tags: ReadonlySet<Tag> | null;
  clause: number;
}

/** Contractions typed without their apostrophe: "lets do it", "thats what i want". */
const UNSPLIT: Readonly<Record<string, string>> = { lets: "let's", thats: "that's", im: "i'm" };

/** Drawn-out words read as the word: "noooo", "yesss", "okkk"; "lets" as "let's". */
export function canonical(word: string): string {
  const unsplit = UNSPLIT[word];
  if (unsplit) return unsplit;
  if (/^no{2,}$/.test(word)) return "no";
  if (/^nah+$/.test(word)) return "nah";
  if (/^ye+s{2,}$/.test(word) || /^ye{2,}s+$/.test(word)) return "yes";
  if (/^ok{2,}$/.test(word)) return "ok";
  return word;
}

/** The longest phrase of a lexicon each first word starts, worked out once a lexicon. */
const FIRST_WORDS = new WeakMap<Lexicon, Map<string, number>>();

function firstWordsOf(lex: Lexicon): Map<string, number> {
  let first = FIRST_WORDS.get(lex);
  if (!first) {
    first = new Map();
    for (const phrase of lex.keys()) {
      const words = phrase.split(" ");
      first.set(words[0], Math.max(first.get(words[0]) ?? 0, words.length));
    }
    FIRST_WORDS.set(lex, first);
  }
  return first;
}

/** Splits clauses into pieces, longest known phrase first; unknown words stand alone. */
export function scan(clauses: readonly string[][], lex: Lexicon): Piece[] {
  const pieces: Piece[] = [];
  const first = firstWordsOf(lex);
  clauses.forEach((words, clause) => {
    let i = 0;
    while (i < words.length) {
      let matched = false;
      // Only phrases that start with this word, no longer than the longest of them.
      const longest = Math.min(MAX_PHRASE, first.get(words[i]) ?? 0, words.length - i);
      for (let n = longest; n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(" ");
        const tags = lex.get(phrase);
        if (tags) {
          pieces.push({ text: phrase, tags, clause });
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) pieces.push({ text: words[i++], tags: null, clause });
    }
  });
  return pieces;
}

/** True when the piece is known with `tag`. */
export const has = (p: Piece, tag: Tag) => p.tags?.has(tag) ?? false;

/** A word that negates: "no", "not", "never", "don't", "cannot" and other languages' no. */
export const NEGATION =
  /^(?:no+|not|never|nothing|none|nope|nah|na|nop|nö|nein|non|não|nao|nee|nej|nei|nie|нет|cannot|dont|\S+n't)$/u;

const INTERJECTION = /^(?:no|nope|nah|na|naa|nop|nö|nein|non|não|nao|nee|nej|nei|nie|нет)$/u;

/** True when a piece negates what follows ("don't", "do not"), unlike a bare "no". */
export function negator(p: Piece): boolean {
  if (INTERJECTION.test(p.text)) return false;
  return has(p, "no") || p.text.split(" ").some((w) => NEGATION.test(w));
}

/** "no refund needed", "no call necessary": a clause that negates its own words. */
const NOT_NEEDED = /^no .+ (?:needed|necessary|required)$/;

/**
 * True when a piece says yes ("go ahead", "cancel", "ok") outside a negation: a negation
 * covers the change's own words to the end of its clause ("don't want to cancel it") and
 * a yes word right after it ("don't do it"); a bare "no" negates nothing ("no, yes").
 * With `weakAnywhere` false, a weak word ("fine") counts only where nothing unknown comes
 * before it in its clause ("no, standard shipping is fine" is a no with its reason).
 */
export function unnegatedYes(pieces: readonly Piece[], o: { weakAnywhere: boolean }): boolean {
  const negated = new Set<number>();
  const unknownBefore = new Set<number>();
  const clauses = new Map<number, string[]>();
  for (const p of pieces) clauses.set(p.clause, [...(clauses.get(p.clause) ?? []), p.text]);
  for (const [i, texts] of clauses) if (NOT_NEEDED.test(texts.join(" "))) negated.add(i);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (negator(p)) {
      negated.add(p.clause);
      continue;
    }
    const prev = i > 0 && pieces[i - 1].clause === p.clause ? pieces[i - 1] : null;
    const right = prev !== null && negator(prev);
    if (has(p, "verb") && !negated.has(p.clause)) return true;
    if ((has(p, "yes") || has(p, "foreign")) && !right) return true;
    const inReason = unknownBefore.has(p.clause);
    if (has(p, "weak") && !right && (o.weakAnywhere || !inReason)) return true;
    if (p.tags === null) unknownBefore.add(p.clause);
  }
  return false;
}
