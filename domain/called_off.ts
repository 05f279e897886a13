/**
 * "Never mind the person, I'm sorted", "no need for an agent anymore": a customer waiting for
 * a person who no longer needs one. Nothing withdraws a handoff once opened (a colleague still
 * picks the conversation up), so the turn joins it as a note for them — without raising its
 * priority — and the reply says so instead of reporting the queue again.
 */

/** Calling the person off, in words. */
const CALLED_OFF =
  /\b(?:never ?mind|nvm|no need|don'?t need|do not need|no longer need|doesn'?t need|cancel|forget)\b[^.!?]*\b(?:person|agent|human|someone|somebody|anyone|colleague|team|operator|rep|representative|them|that)\b|\b(?:i'?m|im|i am|all|it'?s|its) (?:sorted|fixed|resolved|good now|fine now|ok now|okay now)\b|\b(?:figured it out|worked it out|sorted it(?: out)?|got it working|found it)\b|\bno (?:longer|more) (?:need|waiting)\b/i;

/** "Actually never mind, where is my keyboard": a leading never mind, while a person is awaited. */
const LEADING_NEVER_MIND =
  /^\s*(?:(?:actually|oh|ok(?:ay)?|hmm+|wait)\b[\s,.!-]*)*(?:never ?mind|nvm)\b/i;

/** Whether the message says the person asked for is no longer needed. */
export function callsOffPerson(text: string): boolean {
  return CALLED_OFF.test(text) || LEADING_NEVER_MIND.test(text);
}
