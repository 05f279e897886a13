/**
 * Canadian addresses, which the store ships to: "221 King Street, Toronto ON M5H 1J9,
 * Canada" — the province's two letters and the postal code (letter, digit, letter, digit,
 * letter, digit) after the city. Read by `domain/address.ts`. Pure.
 */

/** The provinces and territories, by their two letters. */
const PROVINCES = new Set([
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
]);

const CA_ADDRESS =
  /(?<![\w-])(\d{1,6}[a-z]?\s+[^,\n]{3,80}?)(?:,\s*((?:apt|apartment|suite|unit|#)\.?\s*[\w-]{1,10}))?,\s*([A-Za-z][A-Za-z.'-]*(?:[ -][A-Za-z][A-Za-z.'-]*){0,3}?),?\s+([A-Za-z]{2}),?\s+([A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)\b/i;

/** A Canadian address in `text`, the fields as `ParsedAddress` has them, or null. */
export function parseCaAddress(text: string): {
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postcode: string;
  country: string;
} | null {
  const m = CA_ADDRESS.exec(text);
  if (!m || !PROVINCES.has(m[4].toUpperCase())) return null;
  const [, street, unit, city, province, code] = m;
  const postcode = code.toUpperCase().replace(/\s/g, "");
  return {
    line1: street.trim().replace(/^.*\b(?:to|at|is|now)\s+(?=\d)/i, ""),
    line2: unit?.trim() ?? null,
    city: city.trim(),
    region: province.toUpperCase(),
    postcode: `${postcode.slice(0, 3)} ${postcode.slice(3)}`,
    country: "CA",
  };
}
