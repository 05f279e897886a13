/**
 * A new address given in pieces: "change the address" / "to 12 High St" / "London N1 2AB".
 * The pieces given so far are kept with our question; each new one joins them (the street
 * first, as an address is written) and the whole is read again. What is still missing is
 * named, so the next question asks for that and not for everything again. Pure.
 */
import { parseAddress, type ParsedAddress, POSTCODE, STREET } from "./address.ts";

/** What is missing of an address given in part. */
export type MissingPart = "street" | "city_postcode" | "postcode" | "country";

/** The address read from the pieces so far, or the pieces kept and what they still lack. */
export type AddressPieces =
  | { kind: "whole"; address: ParsedAddress }
  | { kind: "part"; pieces: string[]; missing: MissingPart };

/** Courtesy around a piece: "to 12 High St pls" is the street. */
const AROUND =
  /^\s*(?:(?:ok|okay|sure|yes|yeah|yep|it's|its|it is|the new (?:address|one) is|new address(?: is)?|address(?: is)?|send it to|ship it to|to)\b[\s:,-]*)+|[\s,.!]*(?:please|pls|plz|thanks|thank you|thx|ty)?[\s.!]*$/gi;

/** A piece as it joins the others: courtesy and the leading "to" off. */
function bare(piece: string): string {
  // "New address for 1003: 12 High St": the street on, not the words leading to it; a flat
  // named before the street ("flat 2, 7 Mill Rd") goes after it, as the address is read.
  const street = STREET.exec(piece);
  const from = street ? piece.slice(street.index) : piece;
  const flat = street ? FLAT_FIRST.exec(piece.slice(0, street.index)) : null;
  const rest = from.replace(AROUND, "").trim();
  return flat ? `${rest}, ${flat[1]}` : rest;
}

/** A flat or unit named before the street: "flat 2, ", "apt 4B ". */
const FLAT_FIRST = /\b((?:flat|apt|apartment|unit|suite)\.?\s*[\w-]{1,6})\s*,?\s*$/i;

/**
 * The address `text` gives with the `earlier` pieces (oldest first): whole when it reads as
 * one, else every piece so far and what they lack. The message alone is read first (a new
 * whole address replaces the pieces).
 */
export function addressFromPieces(text: string, earlier: readonly string[]): AddressPieces {
  const alone = parseAddress(text);
  if (alone) return { kind: "whole", address: alone };
  const pieces = [...earlier, streetAndTown(bare(text))].filter((p) => p !== "");
  // The street first, then the rest in the order given, a postcode given alone last
  // ("12 Baker St" / "NW1 6XE" / "London": the town goes before it, as it is written).
  const postcodeAlone = (p: string) => !STREET.test(p) && POSTCODE_ALONE.test(p);
  const ordered = [
    ...pieces.filter((p) => STREET.test(p)),
    ...pieces.filter((p) => !STREET.test(p) && !postcodeAlone(p)),
    ...pieces.filter(postcodeAlone),
  ];
  const joined = parseAddress(ordered.join(", "));
  if (joined) return { kind: "whole", address: joined };
  const all = pieces.join(" ");
  const missing: MissingPart = !STREET.test(all) ? "street" : !POSTCODE.test(all)
    // "12 Baker St" / "London": the town given, the postcode still to come.
    ? pieces.some((p) => (!STREET.test(p) && placeAlone(p)) || townAfterStreet(p) !== null)
      ? "postcode"
      : "city_postcode"
    : "country";
  return { kind: "part", pieces, missing };
}

/** Words after a street that are no town: "moving next week", "and the shoes order". */
const NOT_A_TOWN =
  /^(?:and|but|for|on|to|from|so|as|or|i|im|i'm|we|we're|moving|next|this|that|the|my|please|pls|thanks|asap|now|instead|too|also)\b/i;

/**
 * The town written right after the street in the same piece: "12 Baker Street, London",
 * "22 Baker St London, moving next week". Null when the street is followed by nothing of a
 * town, or the piece has no street.
 */
export function townAfterStreet(piece: string): string | null {
  const street = STREET.exec(piece);
  if (!street) return null;
  const after = piece.slice(street.index + street[0].length).replace(/^[\s,]+/, "");
  const town = after.split(/[,.;!?]|\s[-–—]\s/)[0].trim().replace(/^in\s+/i, "");
  if (town === "" || town.split(/\s+/).length > 3 || NOT_A_TOWN.test(town)) return null;
  return placeAlone(town) ? town : null;
}

/** "22 Baker St London, moving next week": the street and its town, the chatter after left out. */
function streetAndTown(piece: string): string {
  const town = townAfterStreet(piece);
  if (!town || POSTCODE.test(piece)) return piece;
  const street = STREET.exec(piece)!;
  return `${piece.slice(0, street.index + street[0].length).replace(/[\s,]+$/, "")}, ${town}`;
}

/** A postcode and nothing else: "NW1 6XE", "78701". */
const POSTCODE_ALONE = /^\s*(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?)\s*$/i;

/** Words that answer no question of a place: a yes, a no, thanks, a greeting. */
const NOT_A_PLACE =
  /^(?:yes|yeah|yep|no|nope|nah|ok|okay|sure|thanks|thank you|thx|ty|hi|hello|hey|please|pls|cancel|stop|never ?mind|forget it|wait|what|why|how|help)\b/i;

/**
 * A town or a country alone, answering our question for the rest of an address given in part:
 * "London", "Scotland", "it's Leeds". Up to four words of letters.
 */
export function placeAlone(text: string): boolean {
  const t = text.trim().replace(/^(?:it'?s|in|that'?s)\s+/i, "").replace(/[.!]+$/, "");
  return /^[A-Za-z][A-Za-z'-]*(?:[ ,]+[A-Za-z][A-Za-z'-]*){0,3}$/.test(t) && !NOT_A_PLACE.test(t);
}

/** The pieces kept with our question (`AskedFor.text`), one a line. */
export function piecesOf(kept: string | undefined): string[] {
  return (kept ?? "").split("\n").map((p) => p.trim()).filter((p) => p !== "");
}
