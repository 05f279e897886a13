/**
 * A shrug before the change said in so many words: "sure whatever, cancel it", "fine,
 * whatever — just do it", "ok whatever then, go ahead". The shrug alone ("yeah, sure,
 * whatever", "whatever you think") is no consent; once the shopper tells us to make the change
 * after it, the shrug is only the mood the yes is said in.
 */

/** "sure whatever,", "fine, whatever —", "whatever then": the shrug and the yes-words before it. */
const SHRUG_LEAD =
  /^\s*(?:(?:sure|fine|ok(?:ay)?|k|yeah|yea|ya|yes|alright|all right|oh well|meh|ugh)[\s,.!-]+)*(?:whatever|w\/e|wtv|whatevs)(?:\s+then)?\b[\s,.!;:-]*/i;

/** "just cancel it already": impatience after the instruction, no word against it. */
const ALREADY = /[\s,]+already\s*[.!]*\s*$/i;

/** The words after a leading shrug, or null when the message has no shrug or nothing after it. */
export function afterShrug(text: string): string | null {
  const rest = text.replace(SHRUG_LEAD, "");
  return rest === text || rest.trim() === "" ? null : rest.replace(ALREADY, "");
}

/** Words that tell us to make whatever change waits ("just do it", "go ahead"), not a mere yes. */
export const GO_ON = /\b(?:do it|do that|go ahead|go for it|proceed|get it done)\b/i;
