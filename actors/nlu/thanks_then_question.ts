/**
 * "Thanks! one more thing, where are my headphones" while the cancellation of ORD-1003 waits:
 * a thanks (no yes) and a question of its own. Read whole, the thanks made the classifier
 * unsure and the reply thanked back ("You're welcome!") with the question unanswered; read
 * past the thanks, the rest is what it is: a request of its own, answered, with the change
 * still waiting. Nothing is done on it. Pure.
 */
import type { ConfirmationOptions, ConfirmationReading } from "./confirmation.ts";

/** A thanks or a nod, then maybe "one more thing", "also", "btw", before the rest. */
const THANKS_LEAD =
  /^\s*(?:thanks|thank you|thank u|thx|ty|tysm|cheers|great|cool|perfect|ok(?:ay)?|alright)\b[\s,.!]*(?:(?:and|also|plus|btw|by the way|oh|one more thing|one more question|another thing|quick question|before that)\b[\s,.:;!-]*)+/i;

/** The least number of words the rest has to be read alone. */
const MIN_WORDS = 2;

/** The reading of the rest after a thanks and a joining word, when it is a request of its own. */
export function thanksThenQuestion(
  reading: ConfirmationReading,
  text: string,
  opts: ConfirmationOptions & {
    read: (text: string, opts: ConfirmationOptions) => ConfirmationReading;
  },
): ConfirmationReading {
  if (reading.label !== "unclear") return reading;
  const lead = THANKS_LEAD.exec(text);
  if (!lead) return reading;
  const rest = text.slice(lead[0].length).trim();
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return reading;
  const own = opts.read(rest, opts);
  return own.label === "new_request" ? own : reading;
}
