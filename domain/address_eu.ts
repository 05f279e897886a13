/**
 * Addresses as written on the Continent: the postcode before the city, the house number
 * before or after the street — "9 Rue de Rivoli, 75001 Paris, France", "Hauptstraße 5,
 * 10115 Berlin, Germany", "Damrak 1, 1012 LG Amsterdam, Netherlands". The country is
 * required (the postcode alone says too little). Read by `domain/address.ts`.
 */

/** Countries written after such an address, by their lower-case names and codes. */
const COUNTRIES: Record<string, string> = {
  fr: "FR",
  france: "FR",
  de: "DE",
  germany: "DE",
  deutschland: "DE",
  nl: "NL",
  netherlands: "NL",
  "the netherlands": "NL",
  holland: "NL",
  it: "IT",
  italy: "IT",
  italia: "IT",
  es: "ES",
  spain: "ES",
  españa: "ES",
  be: "BE",
  belgium: "BE",
  at: "AT",
  austria: "AT",
  ie: "IE",
  ireland: "IE",
  pt: "PT",
  portugal: "PT",
};

/** Street (number first or last), postcode, city and country, comma-separated. */
const EU_ADDRESS =
  /(?<![\p{L}\d-])((?:\d{1,5}[a-z]?(?:,)?\s+[^,\n\d]{3,80}?)|(?:(?:\p{L}[\p{L}.'-]*\s+){0,3}\p{L}[\p{L}.'-]{2,}\s+\d{1,5}[a-z]?)),\s*(\d{4,5}(?:\s?[A-Z]{2})?)\s+(\p{L}[\p{L} .'-]{1,60}?)\s*,\s*(\p{L}[\p{L} .]{1,30}?)\s*(?:[.!?]|$|,|\s+(?:please|pls|thanks|thank you|instead|then|now|asap|too)\b)/iu;

const POSTCODE_AFTER_COMMA = /,\s*\d{4,5}/;

/** An address of the Continent in `text`, the fields as `ParsedAddress` has them, or null. */
export function parseEuAddress(text: string): {
  line1: string;
  line2: null;
  city: string;
  region: null;
  postcode: string;
  country: string;
} | null {
  // The postcode after a comma is what every such address has; most messages have none.
  if (!POSTCODE_AFTER_COMMA.test(text)) return null;
  const m = EU_ADDRESS.exec(text);
  if (!m) return null;
  const [, street, postcode, city, countryWord] = m;
  const country = COUNTRIES[countryWord.trim().toLowerCase().replace(/\.$/, "")];
  if (!country) return null;
  // "… my shoes order to Hauptstraße 5": the street without the words before it.
  const line1 = street.trim().replace(/^.*\b(?:to|at|is|now|address)\s+(?=\S)/i, "");
  if (line1.length < 3) return null;
  return {
    line1,
    line2: null,
    city: city.trim(),
    region: null,
    postcode: postcode.toUpperCase(),
    country,
  };
}
