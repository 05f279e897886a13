/**
 * A correction of a change of items just carried out: "actually no wait, make it 2 more",
 * "oops I meant 4", "no I said 2", "can you undo that", "change it back". What it asks is
 * read here; the change it leads to is proposed again for its own yes, never made at once.
 * Pure.
 */
import { asksToUndo } from "./undo.ts";

/** What the correction asks for the line changed. */
export type DoneCorrection =
  /** Back to the count it had before the change. */
  | { kind: "undo"; goods?: string }
  /** So many more (or fewer) than it had before the change: "make it 2 more". */
  | { kind: "relative"; n: number }
  /** So many in all: "I meant 4", "make it 4". */
  | { kind: "absolute"; n: number };

const WORDS: Record<string, number> = {
  zero: 0,
  none: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT = "(\\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)";
/** Words that correct what was just done. */
const CORRECTS =
  /\b(?:actually|no wait|wait|oops|whoops|sorry|my bad|i meant|i mean|meant|i said|i asked for|make (?:it|that)|change (?:it|that) to|should (?:be|have been)|not \d+|instead|no,?|nope)\b/i;
/** "2 more", "another 2", "2 extra". */
const MORE = new RegExp(`\\b${COUNT}\\s+(?:more|extra)\\b|\\banother\\s+${COUNT}\\b`, "i");
/** "2 less", "2 fewer". */
const FEWER = new RegExp(`\\b${COUNT}\\s+(?:less|fewer)\\b`, "i");
/** A count on its own: "I meant 4", "make it four". */
const ALONE = new RegExp(`\\b${COUNT}\\b`, "i");
/** "Change it back", "back to how it was", "put it back to 2". */
const BACK =
  /\bback to (?:how it was|what it was|before|the way it was)\b|\b(?:change|put|set|make) (?:it|that|them) back\b/i;
/** "Put the shoes back", "add my water bottles back in": the goods named, put back. */
const GOODS_BACK =
  /\b(?:put|add|bring|stick|throw)\s+(?:the|my|those|these)\s+([a-z]+(?:\s+[a-z]+){0,2}?)\s+back\b/i;
/** The most words such a correction has. */
const MAX_WORDS = 14;

function count(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : WORDS[w];
}

/** The correction a message makes of the items' change just done, or null. */
export function doneCorrection(text: string): DoneCorrection | null {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return null;
  // "Back to 2" names the count: that is the count in all.
  const backTo = new RegExp(`\\bback to ${COUNT}\\b`, "i").exec(t);
  if (backTo) return { kind: "absolute", n: count(backTo[1]) };
  if (asksToUndo(t) || BACK.test(t)) return { kind: "undo" };
  const goods = GOODS_BACK.exec(t);
  if (goods) return { kind: "undo", goods: goods[1].toLowerCase() };
  if (!CORRECTS.test(t)) return null;
  const more = MORE.exec(t);
  if (more) return { kind: "relative", n: count(more[1] ?? more[2]) };
  const fewer = FEWER.exec(t);
  if (fewer) return { kind: "relative", n: -count(fewer[1]) };
  const alone = ALONE.exec(t.replace(/\bORD-\d+\b/gi, " "));
  return alone ? { kind: "absolute", n: count(alone[1]) } : null;
}
