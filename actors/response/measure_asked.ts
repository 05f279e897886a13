/**
 * "Do you sell a 32 inch monitor?" when the store's one is the 27-inch: the measure asked is
 * not the product's, said plainly before its facts — a size of the catalogue is never made up
 * by answering the nearest product as if it were the one asked. Pure.
 */

/** A screen or a length in inches or centimetres: "32 inch", "24\"", "14-inch", "60 cm". */
const MEASURE = /\b(\d{2}(?:\.\d)?)\s*-?\s*(?:inch(?:es)?\b|in\b|"|”|cm\b)/i;

/** The measure a text names ("32"), or null. */
export function measureIn(text: string): string | null {
  return MEASURE.exec(text)?.[1] ?? null;
}

/**
 * The sentence saying the store has no product of the measure asked, only `name` of its own,
 * or null when nothing of a measure is asked or the product has the one asked.
 */
export function measureNotSold(text: string, name: string): string | null {
  const asked = measureIn(text);
  const own = measureIn(name);
  if (asked === null || own === null || asked === own) return null;
  return `We don't sell a ${asked}-inch version: the one we have is the ${name}.`;
}
