/**
 * "When do I get the label?", "I didn't get the return label", "can you send the label
 * again", "i lost the label": the label of a return already opened, asked for — not the
 * rules about labels ("is the return label free?" is the policy's question). Pure.
 */

/** The label named. */
const LABEL = /\blabels?\b/i;
/** Asked for, missed or lost. */
const WANTED =
  /\b(?:when|where|get|got|send|sent|resend|re-send|again|didn'?t|did not|haven'?t|have not|never|not|no|lost|lose|email(?:ed)?|find|download|print|link|copy|another|new)\b|\?/i;
/** What the policy answers: the label's cost. */
const RULES = /\b(?:free|cost|costs|pay|pays|paid|charge|fee|prepaid\s+or)\b/i;

/** Whether the message asks for the label of a return. */
export function asksLabel(text: string): boolean {
  return text.length <= 200 && LABEL.test(text) && WANTED.test(text) && !RULES.test(text);
}
