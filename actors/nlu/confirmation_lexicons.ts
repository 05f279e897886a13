/**
 * The lexicons the confirmation reader scans a reply with (`confirmation.ts`): the words of
 * a yes, of a no and of a lead-in, and the waiting change's own words, which restate it.
 */
import type { ActionType } from "../../shared/protocol.ts";
import { LEADS, NEGATED_YES } from "./confirmation_cues.ts";
import { type Lexicon, lexicon, type Piece, type Tag } from "./confirmation_scan.ts";
import {
  CLOSING,
  FOREIGN_POLITE,
  FOREIGN_YES,
  LEAD_INS,
  NO,
  NO_FILLER,
  RESTATING,
  STRONG_YES,
  WEAK_YES,
  YES_FILLER,
} from "./confirmation_words.ts";
import { GO_VERBS } from "./go_verbs.ts";
import { CHANGE_LEADS } from "./change_leads.ts";

const YES_BASE: readonly [readonly string[], Tag][] = [
  [STRONG_YES, "yes"],
  [WEAK_YES, "weak"],
  [CLOSING, "closing"],
  [YES_FILLER, "filler"],
  [[...LEAD_INS, ...CHANGE_LEADS], "lead_in"],
  [FOREIGN_YES, "foreign"],
  [FOREIGN_POLITE, "foreign_polite"],
  [NEGATED_YES, "no"],
];
const NO_BASE: readonly [readonly string[], Tag][] = [
  [NO, "no"],
  [NO_FILLER, "filler"],
  [FOREIGN_POLITE, "filler"],
  // Read too, so that a yes inside a no ("no, go ahead") is seen; longer phrases win
  // ("of course not" over "of course").
  [STRONG_YES, "yes"],
  [WEAK_YES, "weak"],
  [NEGATED_YES, "yes"],
  [FOREIGN_YES, "foreign"],
];
const LEAD_BASE: readonly [readonly string[], Tag][] = [
  [STRONG_YES, "yes"],
  [WEAK_YES, "weak"],
  [NO, "no"],
  [LEADS, "filler"],
  [CLOSING, "filler"],
  [FOREIGN_YES, "foreign"],
  [NEGATED_YES, "filler"],
];

/** One set of lexicons per kind of change (a bounded number: one per action type). */
const lexicons = new Map<ActionType, { yes: Lexicon; no: Lexicon; lead: Lexicon }>();

/** The lexicons for a kind of change: its own words restate it ("cancel it"). */
export function lexiconsFor(type: ActionType) {
  let found = lexicons.get(type);
  if (found) return found;
  const verbs = [...(RESTATING[type] ?? []), ...GO_VERBS];
  found = {
    yes: lexicon([...YES_BASE, [verbs, "verb"]]),
    no: lexicon([...NO_BASE, [verbs, "verb"]]),
    lead: lexicon([...LEAD_BASE, [verbs, "verb"]]),
  };
  lexicons.set(type, found);
  return found;
}

const FILLER: ReadonlySet<Tag> = new Set<Tag>(["filler"]);

/** The pieces, with the pending order's own id ("ORD-2002", "2002", "#2002") known as filler. */
export function withOrder(pieces: Piece[], orderId: string | null): Piece[] {
  if (!orderId) return pieces;
  const digits = orderId.toLowerCase().replace(/^ord-?/, "");
  const own = new Set([orderId.toLowerCase(), digits, `#${digits}`]);
  return pieces.map((p) => (p.tags === null && own.has(p.text) ? { ...p, tags: FILLER } : p));
}
