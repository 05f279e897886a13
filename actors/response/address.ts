/**
 * Reads a new shipping address out of a customer's message, when it is written out in
 * full (street, city, postcode, and a country or a US state). Anything less is asked for.
 */

/** A shipping address as the store's `AddressChangeRequest` takes it (without the name). */
export interface ParsedAddress {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postcode: string;
  country: string;
}

const COUNTRIES: Record<string, string> = {
  us: "US",
  usa: "US",
  "united states": "US",
  uk: "GB",
  gb: "GB",
  "united kingdom": "GB",
  de: "DE",
  germany: "DE",
  fr: "FR",
  france: "FR",
  nl: "NL",
  netherlands: "NL",
  it: "IT",
  italy: "IT",
};

const ADDRESS =
  /(\d{1,6}[a-z]?\s+[^,\n]{3,80}?),\s*(?:((?:apt|apartment|suite|unit|flat)\.?\s*[^,\n]{1,20}),\s*)?([A-Za-z][A-Za-z .'-]{1,60}?),\s*(?:([A-Z]{2})\s+)?(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4})(?:\s*,\s*([A-Za-z][A-Za-z .]{1,30}))?/i;

/** The first full address in `text`, or null. */
export function parseAddress(text: string): ParsedAddress | null {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  const [, line1, line2, city, region, postcode, countryWord] = m;
  const countryKey = countryWord?.trim().replace(/\.$/, "").toLowerCase();
  const country = countryKey
    ? COUNTRIES[countryKey] ?? null
    : /^\d{5}(-\d{4})?$/.test(postcode) && region
    ? "US"
    : null;
  if (!country) return null;
  return {
    line1: line1.trim(),
    line2: line2?.trim() ?? null,
    city: city.trim(),
    region: region?.toUpperCase() ?? null,
    postcode: postcode.toUpperCase(),
    country,
  };
}
