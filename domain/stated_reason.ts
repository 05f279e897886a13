/**
 * The reason a customer gives in their own words ("cancel it, I found it cheaper
 * elsewhere", "return it because it's too small"), to go with the change they ask for.
 */

/** Words that introduce a reason. */
const REASON_CUE =
  /\b(?:because(?: of)?|cause|cuz|coz|bc|due to|the reason is|reason:|(?:as|since)(?= (?:i|we|it|they|the|my)\b))[\s:,-]*(.+)$/i;
/** After a request, a clause that explains it: "cancel it, I don't need it anymore". */
const EXPLAINING_CLAUSE = /[,;—–-]\s*((?:i|we|it|they|the|my)\b[^?]{6,})$/i;
/** Clauses that are not a reason: a question, a courtesy, an order number alone. */
const NOT_A_REASON =
  /^(?:please|thanks|thank you|asap|ok|okay|if (?:possible|you can)|can you|could you|is it|will it)\b/i;

/** The customer's stated reason, trimmed to one clause of at most 200 characters, or null. */
export function statedReason(text: string): string | null {
  const sentence = text.replace(/\s+/g, " ").trim();
  const m = REASON_CUE.exec(sentence) ?? EXPLAINING_CLAUSE.exec(sentence);
  if (!m) return null;
  let reason = m[1].replace(/[.!?\s]+$/, "").replace(
    /\s*[,;]\s*(?:please|thanks|thank you)\b.*$/i,
    "",
  )
    .trim();
  if (reason.length < 4 || NOT_A_REASON.test(reason)) return null;
  if (reason.length > 200) reason = `${reason.slice(0, 197).trimEnd()}…`;
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}
