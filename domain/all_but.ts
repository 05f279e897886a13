/**
 * "Sure but not the shoes", "yes, everything except the bottles", "cancel it apart from the
 * shoes": the change agreed to for all of an order's items but those named — which are the
 * ones kept. Read by the intent actor (the reply narrows a whole-order cancellation) and by the
 * response (the lines removed are the others). Pure.
 */

/** "but not the …", "except (for) the …", "apart from the …", "everything but the …". */
const ALL_BUT =
  /(?:^|[\s,.;!-])(?:but not|not|except(?: for)?|apart from|other than|everything but|all but|minus|without)\s+(?:the|my)\s+([^,.;!?]+)/i;
/** A no to the whole before it: "no, not the shoes" keeps, it does not agree. */
const LEADING_NO = /^\s*(?:no|nope|nah|don'?t|do not)\b/i;
/** Words that agree before the exception: "sure", "yes", "ok", "go ahead", "cancel it". */
const AGREES =
  /^\s*(?:yes|yeah|yep|yup|ya|sure|ok(?:ay)?|fine|alright|go ahead|do it|cancel (?:it|the rest|everything|the order))\b/i;

/** The words naming what is kept, when the message agrees to the rest; else null. */
export function allButKept(text: string): string | null {
  if (LEADING_NO.test(text) || !AGREES.test(text)) return null;
  return ALL_BUT.exec(text)?.[1]?.trim() ?? null;
}
