/**
 * Reads a new shipping address out of a customer's message, when it is written out in
 * full (street, city, postcode, and a country or a US state). Anything less is asked for.
 */
import { parseEuAddress } from "./address_eu.ts";
import { parseCaAddress } from "./address_ca.ts";

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
  // The nations of the UK, as people write their own ("Edinburgh EH2 3NH, Scotland").
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
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
  /(?<![\w-])(\d{1,6}[a-z]?\s+[^,\n]{3,80}?),\s*(?:((?:apt|apartment|suite|unit|flat)\.?\s*[^,\n]{1,20}),\s*)?([A-Za-z][A-Za-z .'-]{1,60}?),\s*(?:([A-Z]{2})\s+)?(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4})(?:\s*,\s*([A-Za-z][A-Za-z .]{1,30}))?/i;

/** A British postcode ("NW1 6XE", "SW1A 1AA"): the country goes without saying. */
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

/**
 * A British address as written in the UK, the city and the postcode without a comma
 * between: "22 Baker Street, London NW1 6XE".
 */
const UK_ADDRESS =
  /(?<![\w-])(\d{1,6}[a-z]?\s+[^,\n]{3,80}?),\s*(?:((?:apt|apartment|suite|unit|flat)\.?\s*[^,\n]{1,20}),\s*)?([A-Za-z][A-Za-z.'-]*(?:[ -][A-Za-z][A-Za-z.'-]*){0,3}?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b(?:\s*,\s*([A-Za-z][A-Za-z .]{1,30}))?/i;

/** The two-letter codes of the US states, DC and the territories. */
const US_STATES = new Set(
  ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ " +
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP").split(" "),
);

/**
 * A US address as written in the US, the state after the city without a comma, an apartment
 * after the street with or without one: "1200 Pine Avenue Apt 4B, Seattle WA 98101".
 */
const US_ADDRESS =
  /(?<![\w-])(\d{1,6}[a-z]?\s+[^,\n]{3,80}?)(?:,?\s+((?:apt|apartment|suite|ste|unit|#)\.?\s*[\w-]{1,10}))?,\s*([A-Za-z][A-Za-z.'-]*(?:[ -][A-Za-z][A-Za-z.'-]*){0,3}?),?\s+([A-Za-z]{2})\.?\s+(\d{5}(?:-\d{4})?)\b/i;

/** A flat or unit written before the street's number: "Flat 3, 10 Downing St", "Apt 4B, 221 …". */
const UNIT_FIRST =
  /\b((?:flat|apt|apartment|unit|suite)\.?\s*#?[\w-]{1,6})\s*,?\s*(?=\d{1,6}[a-z]?\s)/i;

/** The text parsed last and what it gave: a message is parsed by several readings. */
let last: { text: string; address: ParsedAddress | null } | null = null;

/** The first full address in `text`, or null; a flat named before the street kept as line 2. */
export function parseAddress(text: string): ParsedAddress | null {
  // Every form read here has a house number or a postcode: text without a digit has none.
  if (!/\d/.test(text)) return null;
  if (last?.text === text) return last.address && { ...last.address };
  const a = parseWritten(text);
  const unit = a && !a.line2 ? UNIT_FIRST.exec(text) : null;
  const address = a && unit ? { ...a, line2: unit[1].trim() } : a;
  last = { text, address };
  return address && { ...address };
}

function parseWritten(text: string): ParsedAddress | null {
  const m = ADDRESS.exec(text);
  if (!m) {
    return parseUsAddress(text) ?? parseUkAddress(text) ?? parseEuAddress(text) ??
      parseCaAddress(text);
  }
  const [, line1, line2, city, region, postcode, countryWord] = m;
  const countryKey = countryKeyOf(countryWord);
  const country = countryKey
    ? COUNTRIES[countryKey] ?? null
    : /^\d{5}(-\d{4})?$/.test(postcode) && region
    ? "US"
    : UK_POSTCODE.test(postcode)
    ? "GB"
    : null;
  if (!country) return null;
  return {
    line1: streetOf(line1),
    line2: line2?.trim() ?? null,
    city: city.trim(),
    region: region?.toUpperCase() ?? null,
    postcode: postcode.toUpperCase(),
    country,
  };
}

function parseUsAddress(text: string): ParsedAddress | null {
  const m = US_ADDRESS.exec(text);
  if (!m || !US_STATES.has(m[4].toUpperCase())) return null;
  const [, line1, line2, city, region, postcode] = m;
  return {
    line1: streetOf(line1),
    line2: line2?.trim() ?? null,
    city: city.trim(),
    region: region.toUpperCase(),
    postcode,
    country: "US",
  };
}

function parseUkAddress(text: string): ParsedAddress | null {
  const m = UK_ADDRESS.exec(text);
  if (!m) return null;
  const [, line1, line2, city, postcode, countryWord] = m;
  const countryKey = countryKeyOf(countryWord);
  if (countryKey && COUNTRIES[countryKey] !== "GB") return null;
  return {
    line1: streetOf(line1),
    line2: line2?.trim() ?? null,
    city: city.trim(),
    region: null,
    postcode: postcode.toUpperCase().replace(/\s+/, " "),
    country: "GB",
  };
}

/** A street with its number ("22 Baker Street", "5 Elm Rd"): part of an address at least. */
export const STREET =
  /\b\d{1,5}[a-z]?\s+(?:[A-Za-z'-]+\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|ct|place|pl|boulevard|blvd|terrace|crescent|square|sq|highway|hwy|parkway|row|mews|gardens|hill)\b\.?/i;
/** A postcode of the UK, or a US ZIP code after its state. */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/;

/** True when the text gives an address, in full or in part (a numbered street, a postcode). */
export function looksLikeAddress(text: string): boolean {
  return parseAddress(text) !== null || STREET.test(text) || POSTCODE.test(text);
}

/** The street of a first line that took words before it: "1003 to 5 Elm Road" → "5 Elm Road". */
function streetOf(line1: string): string {
  return line1.trim().replace(/^.*\b(?:to|at|is|now)\s+(?=\d)/i, "");
}

/**
 * The country named after the postcode, as a key of `COUNTRIES`: the words up to the end
 * of the sentence ("UK. will it still arrive by the 10th?" is "uk"), the longest run of
 * them that names a country; the words as they are when none does (an unknown country).
 */
function countryKeyOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const sentence = raw.trim().split(/\.\s|[?!;]/)[0].replace(/\.$/, "").toLowerCase();
  const words = sentence.split(/\s+/).filter((w) => w !== "");
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const key = words.slice(0, n).join(" ");
    if (COUNTRIES[key] || COUNTRIES[key.replace(/\./g, "")]) {
      return COUNTRIES[key] ? key : key.replace(/\./g, "");
    }
  }
  return sentence;
}

/**
 * The text without the parts of the full address it gives (street, city, postcode): street
 * and city names are proper names, no sign of the language the customer writes in.
 */
export function withoutAddress(text: string): string {
  const a = parseAddress(text);
  if (!a) return text;
  let out = text;
  for (const part of [a.line1, a.line2, a.city, a.postcode]) {
    if (part) out = out.split(part).join(" ");
  }
  // ", , MA , USA" left of "12 Elm Street, Cambridge, MA 02139, USA" read as French: the
  // state and the country are the address's too.
  const left = out.replace(/[\s,.;:-]+/g, " ").trim();
  const rest = left.split(" ").filter((w) => w !== "" && w.toUpperCase() !== a.region);
  if (rest.length === 0 || COUNTRIES[rest.join(" ").toLowerCase()]) return "";
  return out.replace(/\s+/g, " ").trim();
}
