/**
 * Conversation awareness: after the mesh asked "shall I cancel ORD-1003?", a short "yes",
 * "sure, go ahead", "no" or "don't" answers that question.
 */
import { isAffirmation, isDenial, normaliseForRules } from "./rules.ts";

const AFFIRM_LEAD =
  /^(?:yes+|yeah|yea|ya|yep|yup|sure|ok|okay|alright|all right|absolutely|definitely|of course|please do|do it|go ahead|confirm(?:ed)?|correct|that's (?:right|correct|fine|ok)|sounds good|fine|perfect|great|go for it|please proceed|proceed)\b/;
const DENY_LEAD =
  /^(?:no+|nope|nah|don't|dont|do not|please don't|stop|wait|hold on|hold off|never ?mind|nvm|not now|not yet|forget it|cancel that|i changed my mind|changed my mind|leave it|keep it|actually no|actually,? don't|i'd rather not|rather not|negative)\b/;
/** Past this many words an answer is more than a yes or a no. */
const MAX_WORDS = 12;

/** Reads a reply to a pending confirmation as affirm or deny, or null when it is neither. */
export function readConfirmation(text: string): "affirm" | "deny" | null {
  const norm = normaliseForRules(text);
  if (norm === "") return null;
  if (isDenial(norm)) return "deny";
  if (isAffirmation(norm)) return "affirm";
  if (norm.split(" ").length > MAX_WORDS) return null;
  // "no, don't cancel it" and "yes but don't ship it" start differently: the first word rules.
  if (DENY_LEAD.test(norm)) return "deny";
  if (
    AFFIRM_LEAD.test(norm) &&
    !/\b(?:not|don't|dont|never)\b/.test(norm.split(" ").slice(0, 4).join(" "))
  ) {
    return "affirm";
  }
  return null;
}
