/**
 * "Which one?", "which is better", "which would you pick?", "idk which one" right after we
 * asked "a refund or a replacement — which would you prefer?": a question about the choice
 * just offered (each way explained, `choice_explained.ts`) — not a question about paying or a
 * product, which the words alone read as. Pure.
 */

/** A short question of which of the ways offered to take. */
const WHICH_OF_THEM =
  /^(?:(?:hmm+|um+|uh+|ok(?:ay)?|so|well|and|idk|i dunno|not sure|honestly)\b[\s,.!]*)*(?:which(?: one)?|which (?:one |of them |of the two )?(?:is|would be|'?s) (?:better|best|quicker|faster|easier)(?: for me)?|which (?:one |of them )?(?:would|should|do) (?:you|u|i) (?:pick|choose|go for|take|recommend|suggest|do)|(?:i )?(?:don'?t|dont|do not) know which(?: one)?(?: to (?:pick|choose|take))?|(?:what'?s|what is) the difference|which (?:one )?(?:do you mean|are you offering))\s*(?:then|tho|though|lol)?\s*[?!.]*\s*$/i;

/** Whether `text` asks which of the ways just offered to take. */
export function asksWhichOfChoice(text: string): boolean {
  return WHICH_OF_THEM.test(text.trim());
}
