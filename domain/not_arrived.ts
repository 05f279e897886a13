/**
 * "I didn't get the email", "still nothing", "no link yet": a short message saying that
 * something we send (a reset link, an invoice, a sign-in code) has not come. Right after the
 * answer that sent it, it is about that, never about a parcel.
 */

/** A leading word that adds nothing: "but", "still", "hmm", "nope". */
const LEAD = String
  .raw`(?:(?:but|and|so|still|hmm+|nope|nah|no|ok(?:ay)?|sorry|um+|uh+)\b[\s,.!]*)*`;

/** The ways of saying it did not come. */
const NOT_COME = String
  .raw`(?:still (?:nothing|no(?:thing)?(?: \w+)?|not(?: \w+)?|waiting|hasn'?t(?: \w+)?|haven'?t(?: \w+)?)|nothing (?:yet|came|arrived|here|still)|(?:i )?(?:still )?(?:didn'?t|didnt|did not|haven'?t|havent|have not|never|can'?t|cant|cannot) (?:get|got|receive[d]?|recieve[d]?|see|seen|find|found)\b.*|(?:(?:it|the \w+) )?(?:didn'?t|didnt|did not|hasn'?t|hasnt|has not|never|still hasn'?t) (?:come|came|arrive[d]?|show(?:n|ed)? up|turn(?:ed)? up)\b.*|no (?:e-?mail|emial|mail|link|code|message|invoice)s?(?: (?:yet|came|arrived))?|not (?:received|arrived|here) yet)`;

const RE = new RegExp(String.raw`^${LEAD}${NOT_COME}[\s.!?]*$`, "i");

/** The most words such a message has. */
const MAX_WORDS = 10;

/** True when the message says only that something we sent has not come. */
export function saysNotArrived(text: string): boolean {
  const t = text.trim().replace(/[‘’]/g, "'");
  return t.split(/\s+/).length <= MAX_WORDS && RE.test(t);
}
