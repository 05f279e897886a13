/**
 * "Wait no sorry its 57 not 55", "not 97201, 97210", "the street is Lake Ave not Lake St": a
 * word of the new address just given, put right. The address waiting for a yes with that word
 * replaced — a house number, a postcode, a street or a town's word — or null when the message
 * is no such correction (the word it takes back is not in the address). Pure.
 */
import type { PendingAction } from "../shared/protocol.ts";

/** The fields of an address a correction may touch. */
export interface CorrectableAddress {
  line1: string;
  line2?: string | null;
  city: string;
  postcode: string;
  [field: string]: unknown;
}

/** What may stand around a correction: "wait", "sorry", "no", "oops", "I meant", "it's". */
const AROUND =
  /^(?:\s|[,.!-]|\b(?:wait|sorry|soz|no|nope|oops|oh|ah|actually|my bad|i meant|meant|it'?s|its|it is|that'?s|thats|should be|the number is|number)\b)*/i;
/** "X not Y", "X, not Y". */
const X_NOT_Y = /^([\p{L}\p{N}-]+)\s*,?\s+not\s+([\p{L}\p{N}-]+)\s*[.!]*\s*$/iu;
/** "not Y, X", "not Y but X", "not Y it's X". */
const NOT_Y_X =
  /^not\s+([\p{L}\p{N}-]+)\s*(?:,|but|it'?s|its|it is|-)*\s*([\p{L}\p{N}-]+)\s*[.!]*\s*$/iu;

/** The address with the word taken back replaced by the one given, or null. */
export function correctedAddress<T extends CorrectableAddress>(
  text: string,
  address: T,
): T | null {
  const said = text.trim().replace(AROUND, "");
  const xy = X_NOT_Y.exec(said);
  const yx = xy ? null : NOT_Y_X.exec(said);
  const [given, taken] = xy ? [xy[1], xy[2]] : yx ? [yx[2], yx[1]] : [null, null];
  if (!given || !taken || given.toLowerCase() === taken.toLowerCase()) return null;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(taken)}(?![\\p{L}\\p{N}])`, "iu");
  let changed = false;
  const out = { ...address };
  for (const field of ["line1", "line2", "city", "postcode"] as const) {
    const value = out[field];
    if (typeof value !== "string" || !word.test(value)) continue;
    (out as Record<string, unknown>)[field] = value.replace(word, given);
    changed = true;
  }
  return changed ? out : null;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The waiting change's new address, when it has one. */
export function pendingAddress(action: PendingAction["action"]): CorrectableAddress | null {
  const a = action.params.address;
  if (action.type !== "change_address" || typeof a !== "object" || a === null) return null;
  const { line1, city, postcode } = a as Record<string, unknown>;
  return typeof line1 === "string" && typeof city === "string" && typeof postcode === "string"
    ? a as CorrectableAddress
    : null;
}
