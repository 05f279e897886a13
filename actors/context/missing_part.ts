/**
 * "My espresso machine came without the water tank": the thing after "without" is a part of
 * the goods that came, not another order's item ("water" of the Insulated Water Bottle). When
 * the rest of the message names an order by its goods, the missing part names none — nor do
 * a fault's words ("makes a weird noise" is not the Noise-Cancelling Headphones). Pure.
 */
import { missingPartSpan } from "../../domain/missing_part.ts";
import type { ItemReference } from "../../shared/protocol.ts";

/** The message and its item references without the part said to be missing, or null. */
export function withoutMissingPart(
  text: string,
  items: readonly ItemReference[],
): { text: string; items: ItemReference[] } | null {
  const span = missingPartSpan(text) ?? faultSpan(text);
  if (!span) return null;
  const rest = `${text.slice(0, span.start)} ${text.slice(span.end)}`;
  const kept = items.filter((i) => !span.part.includes(i.name.toLowerCase()));
  return { text: rest, items: kept };
}

/** "Makes a weird noise", "smells of burning": a fault's words (no "Noise-Cancelling" order). */
const FAULT_WORDS =
  /\b(?:makes?|making|made|gives? off|there'?s)\s+(?:a\s+|this\s+|an\s+)?(?:\w+\s+)?(?:noise|sound|smell)s?\b|\bsmells?\s+(?:of\s+|like\s+)?\w+/i;

/** Where a fault's words stand in the text, or null. */
function faultSpan(text: string): { start: number; end: number; part: string } | null {
  const m = FAULT_WORDS.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, part: m[0].toLowerCase() } : null;
}
