/**
 * A part of delivered goods that did not come ("my espresso machine came without the water
 * tank", "no lid in the box", "missing the remote"): its words, and the reason a change for
 * it carries, so that a replacement asked for a turn later still knows what was missing. Pure.
 */
import { PART_MISSING } from "./problems.ts";

/** The part's words: "without the water tank", "missing its lid", "no bowl in the box". */
const PART_WORDS =
  /\b(?:without|missing)\s+(?:the|a|an|its|their|any|my)\s+([a-z-]+(?:\s+(?!and\b|or\b|but\b|in\b|so\b|it\b)[a-z-]+)?)|\bno\s+([a-z-]+(?:\s+[a-z-]+)?)\s+(?:in|inside)\s+the\s+(?:box|package|parcel)\b|\b(?:the|its|my)\s+([a-z-]+(?:\s+[a-z-]+)?)\s+(?:was|were|is|are)\s*(?:n[o']?t|not)\s+(?:included|in the (?:box|package|parcel))|\b(?:the|its|my)\s+(?!(?:refund|money|payment|transfer|funds|card|parcel|package|order|delivery|box|shipment|tracking|stuff|rest|items?|things?)\b)([a-z-]+(?:\s+(?!(?:is|was|are|were)\b)[a-z-]+)?)\s+(?:is|was|are|were)\s+missing\b/i;
/** "The water tank is missing": a part said missing after its name (PART_MISSING has it before). */
const PART_IS_MISSING =
  /\b(?:the|its|my)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:is|was|are|were)\s+missing\b/i;

/** The reason a change for a missing part carries: "Missing part: water tank". */
export const MISSING_PART_REASON = "Missing part";

/** The part the text says did not come, in its words, or null. */
export function missingPart(text: string): string | null {
  if (!PART_MISSING.test(text) && !PART_IS_MISSING.test(text)) return null;
  const m = PART_WORDS.exec(text);
  const part = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase().trim() : null;
  return part && part.length >= 2 ? part : null;
}

/** Where the part's words stand in the text (for reading the rest), or null. */
export function missingPartSpan(text: string): { start: number; end: number; part: string } | null {
  const m = PART_WORDS.exec(text);
  if (!m) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    part: (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase(),
  };
}

/** The reason of a change for the part missing: "Missing part: water tank". */
export function partReason(part: string): string {
  return `${MISSING_PART_REASON}: ${part}`;
}

/** The part a change's reason names, or null when the reason is not a missing part. */
export function partOfReason(reason: unknown): string | null {
  if (typeof reason !== "string" || !reason.startsWith(`${MISSING_PART_REASON}: `)) return null;
  return reason.slice(MISSING_PART_REASON.length + 2) || null;
}
