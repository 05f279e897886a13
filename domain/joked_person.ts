/**
 * A person asked for in jest and taken back at once: "lol let me speak to your manager jk
 * jk, where is 1001", "can I speak to the CEO 😂 kidding, when does it ship?". The ask read
 * as a request for a person and the conversation was handed over for a joke. The clause
 * taken back asks nothing; what the rest of the message asks is read on its own. Pure.
 */

/** "jk", "just kidding", "kidding", "(joking)", "lol no": the words that take a jest back. */
const TAKEN_BACK =
  /(?:^|[\s,.!(])(?:jk|j\/k|jkjk|just (?:kidding|joking)|(?:i'?m |im )?(?:only )?(?:kidding|joking)(?: lol)?|lol no)(?:[\s,.!)]+(?:jk|kidding|lol|haha|😂|🤣|😅))*(?=$|[\s,.!?)]|\p{Extended_Pictographic})/iu;

/** A person asked for: "speak to your manager", "get me a human", "talk to the CEO". */
const PERSON_ASKED =
  /\b(?:speak|talk|chat)\s+(?:to|with)\s+(?:a |an |the |your |ur )?(?:manager|supervisor|human|person|real person|boss|ceo|owner|someone)\b|\b(?:get|give|put) me (?:a |an |the |your )?(?:manager|supervisor|human|real person|boss|ceo)\b|\b(?:i want|i demand) (?:a |an |the |your )?(?:manager|supervisor|human|boss|ceo)\b/i;

/**
 * The words of the message after a person asked for in jest and taken back, or null when
 * no person is asked for and taken back right after ("I want a manager, no kidding" asks).
 */
export function restAfterJokedPerson(text: string): string | null {
  const asked = PERSON_ASKED.exec(text);
  if (!asked) return null;
  const after = text.slice(asked.index + asked[0].length);
  const back = TAKEN_BACK.exec(after);
  // Taken back right after the ask, before anything else is said.
  if (!back || after.slice(0, back.index).replace(/[\s,.!😂🤣😅]/gu, "").length > 12) return null;
  if (/\bno (?:kidding|joke)\b|\bnot (?:kidding|joking)\b/i.test(text)) return null;
  return after.slice(back.index + back[0].length).replace(/^[\s,.!;:)\-]+/u, "").trim();
}
