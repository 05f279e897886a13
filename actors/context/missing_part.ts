/**
 * "My espresso machine came without the water tank": the thing after "without" is a part of
 * the goods that came, not another order's item ("water" of the Insulated Water Bottle). When
 * the rest of the message names an order by its goods, the missing part names none. Pure.
 */
import { missingPartSpan } from "../../domain/missing_part.ts";
import type { ItemReference } from "../../shared/protocol.ts";

/** The message and its item references without the part said to be missing, or null. */
export function withoutMissingPart(
  text: string,
  items: readonly ItemReference[],
): { text: string; items: ItemReference[] } | null {
  const span = missingPartSpan(text);
  if (!span) return null;
  const rest = `${text.slice(0, span.start)} ${text.slice(span.end)}`;
  const kept = items.filter((i) => !span.part.includes(i.name.toLowerCase()));
  return { text: rest, items: kept };
}
