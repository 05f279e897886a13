/**
 * A sign-in code typed the way people type it while a code is awaited: inside a sentence
 * ("oh wait its 654321", "here you go: 654 321", "code 654-321 thanks"), or with a digit too
 * few or too many ("12345"). The strict reading (`CODE` in signin.ts) takes a message that
 * is only the code; this one is asked only when a code was sent and still works, so a
 * number in a question ("where is 1003") is never taken for one.
 */

/** What a message typed while a code is awaited gives. */
export type TypedCode = { code: string } | { wrongLength: number } | null;

/** Words that make a number something else than the code: an order, a tracking number. */
const NOT_A_CODE = /\b(?:ord|order|orders|trk|tracking|parcel|package|#)\b|#\s*\d|\bord-?\d/i;
/** A run of digits, with single spaces or dashes inside ("654 321", "654-321"). */
const DIGITS = /(?<![\w-])\d(?:[ -]?\d){2,9}(?![\w-])/g;
/** Words that may stand beside a code alone. */
const FILLER = new Set(["code", "its", "it's", "is", "the", "my", "here", "sorry", "oops", "ok"]);
/** Most words a message giving the code has ("sorry typo, it's 654321 not 654312" has 7). */
const MAX_WORDS = 12;

/** The code a message typed while a code is awaited gives, or what is wrong with it. */
export function typedCode(text: string): TypedCode {
  if (NOT_A_CODE.test(text) || /@/.test(text)) return null;
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS) return null;
  const runs = [...text.matchAll(DIGITS)].map((m) => m[0].replace(/[ -]/g, ""));
  const six = runs.filter((r) => r.length === 6);
  // "it's 654321 not 654312": the code they mean comes first.
  if (six.length > 0) return { code: six[0] };
  if (runs.length !== 1) return null;
  // A number alone ("12345", "the code is 1234567") of the wrong length: a code mistyped. Four
  // digits are an order's ("1003"), so a shorter code is left to the mesh.
  const rest = text.replace(DIGITS, " ").toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const alone = rest.every((w) => FILLER.has(w));
  const n = runs[0].length;
  return alone && n >= 5 && n <= 8 ? { wrongLength: n } : null;
}

/** The reply to a code of the wrong length: no try is counted. */
export function wrongLengthReply(digits: number): string {
  return `That has ${digits} digits, but the sign-in code has 6. Please check the email we ` +
    "sent and type all six digits.";
}
