/**
 * A request with a condition set on it: "cancel 1003 if it hasn't shipped yet", "only cancel
 * the shoes if the rest can still ship", "refund me unless it can come tomorrow". The condition
 * says in what state the change is wanted, not what it is of: "the rest" in "if the rest can
 * still ship" is the rest of the order, not the shopper's other orders. Pure.
 */

/** A clause that sets a condition, up to the end of its sentence. */
const CONDITION =
  /(?:^|[\s,;(-])(?:only |but only |just )?(?:if|unless|as long as|so long as|provided(?: that)?|in case|assuming)\b[^.!?;]*/gi;

/** The text without its conditional clauses: what the request itself names. */
export function withoutCondition(text: string): string {
  const rest = text.replace(CONDITION, " ").replace(/\s+/g, " ").trim();
  // A message that is all condition ("if it hasn't shipped, what then?") keeps its words.
  return rest.length > 0 ? rest : text;
}
