/**
 * Mood said in chat words the model of words misreads (the talk11 round): profanity masked
 * with stars ("WHERE IS MY F***ING ORDER", "what the f*** is going on") read neutral; an
 * angry emoji alone ("😡", "🙄") neutral; slang praise ("this shop is fire", "the headphones
 * are sick", "killing it with the fast shipping", "10/10 would order again") negative or
 * neutral; and a payment told as a plain fact ("i paid by paypal yesterday") negative, which
 * raised a waiting customer's priority as if they were upset. Each reading here turns the
 * label only when the words leave no doubt, and names itself in the signals. Pure.
 */
import { paymentStated } from "../../domain/paid_by.ts";
import { wantsItSorted } from "../../domain/wants_sorted.ts";
import { reliefTold } from "../../domain/relief.ts";
import { lukewarmReview, mixedFeedback } from "../../domain/mixed_feedback.ts";
import { onlyPraises } from "./praised_parts.ts";

/** Profanity masked with stars or shortened: "f***", "f**king", "sh*t", "ffs", "wtf". */
const MASKED_PROFANITY =
  /(?:^|[^\p{L}])(?:f[*#@$!]{2,}(?:ing|in|ed|k|king)?|f[*#@$!]?ck\w*|fu[*#@$!]+\w*|sh[*#@$!]t\w*|bs|ffs|fml|wtf|wth|smh|omfg|stfu)(?=$|[^\p{L}])/iu;

/** Emoji of anger, annoyance or contempt. */
const ANGRY_EMOJI = /[😡🤬😤😠🙄👎💩😒😾🖕]/u;

/** Whether the message is angry faces and nothing else ("😡", "🤬🤬"). */
export function angryFaceAlone(text: string): boolean {
  return ANGRY_EMOJI.test(text) && !/[\p{L}\p{N}]/u.test(text);
}

/** Emoji of sadness or despair. */
const SAD_EMOJI = /[😭😢😞😔☹🙁😩😫🥺💔😿]/u;

/** Whether the message is sad faces and nothing else ("😭😭", "😢"). */
export function sadFaceAlone(text: string): boolean {
  return SAD_EMOJI.test(text) && !/[\p{L}\p{N}]/u.test(text) && !DELIGHT.test(text);
}

/** Emoji or words of delight: with these beside, an angry-looking word is no anger. */
const DELIGHT =
  /[😍🥰😊😁😀😃😄🤩🙌👏❤💯🔥👍]|\b(?:love|loved|loving|amazing|awesome|great|thanks?|thank you|thx|ty|fast|quick|early|perfect|best|brilliant|fantastic|excellent|wow)\b/iu;

/** Trouble told in the words: slang praise beside it is irony or about something else. */
const TROUBLE =
  /\b(?:late|delay(?:ed)?|lost|broken|damaged|missing|wrong|never (?:came|arrived|showed)|still (?:not|isn'?t|hasn'?t|waiting)|not (?:here|arrived|working)|hasn'?t (?:arrived|come)|refund|return|cancel|problem|issue|sick of|tired of|fed up|where(?:'s| is))\b/i;

/**
 * Slang praise: "is fire", "are sick", "this shop slaps", "u guys rock", "killing it", "nailed it", "10/10", "5
 * stars", "goated", "chef's kiss" — never "sick of", "on fire" of a device, or "fire" alone.
 */
const SLANG_PRAISE =
  /\b(?:(?:is|are|was|were|'s|looks?|sounds?)\s+(?:so\s+|soo+\s+|really\s+|actually\s+|straight\s+|absolute\s+)?(?:fire|sick|lit|dope|goated|elite|bussin)\b(?!\s+(?:of|with|from|hazard|alarm))|(?:this|that|it|they|(?:this|that|the|ur|your|you|u)\s+(?:\w+\s+)?\w+)\s+(?:slaps|slap|rocks|rock|bangs)\b(?!\s+(?:on|back|about|around|side|from side|when|slightly|a bit|a little)\b)|(?:so |totally |literally |lowkey |kinda )?obsessed with (?:my|the|this|these|it|them)\b|killing it|killed it|nailed it|crushing it|smashed it|(?:10|11)\s*\/\s*10|(?:5|five) stars?\b|chef'?s kiss|no cap\b|a banger\b|goated\b)/i;

/**
 * Whether the message praises in slang ("this shop is fire", "the mixer slaps", "10/10")
 * with no trouble told beside it.
 */
export function praisesInSlang(text: string): boolean {
  return (SLANG_PRAISE.test(text) || PRAISE_MISSPELT.test(text)) && !TROUBLE.test(text) &&
    !/\?/.test(text);
}

/** Praise and thanks typed fast: "so hapy", "luv it", "tysm", "awsome", "gr8". */
const PRAISE_MISSPELT =
  /\b(?:(?:so|soo+|rly|really|very)\s+(?:hapy|happpy+|hapyy+|happi)|hapy with|luv+|lovee+|tysm|tyvm|thx so much|awsome|awesum|amazin|gr8|fab+)\b/i;

export { mixedFeedback };

/** The label a message's chat words give it, with the signal, or null when they say nothing. */
export function moodInWords(
  text: string,
  label: "negative" | "neutral" | "positive",
): { label: "negative" | "neutral" | "positive"; signal: string } | null {
  // Mixed feedback is no thanks alone: never positive, and the reply says both.
  // (Read negative, it stays so: what follows "but" weighs more, as the model has it.)
  if (mixedFeedback(text)) {
    return { label: label === "negative" ? label : "neutral", signal: "mixed" };
  }
  // "The espresso machine is okay i guess. a bit loud": lukewarm, never praise.
  if (label === "positive" && lukewarmReview(text)) return { label: "neutral", signal: "lukewarm" };
  // "Phew, it turned up, all good": the worry's words ("lost", "ignore") are over.
  if (reliefTold(text)) {
    return { label: label === "negative" ? "neutral" : label, signal: "relief" };
  }
  const delight = DELIGHT.test(text);
  if (label !== "negative" && MASKED_PROFANITY.test(text) && !delight) {
    return { label: "negative", signal: "profanity" };
  }
  if (label === "neutral" && ANGRY_EMOJI.test(text) && !delight) {
    return { label: "negative", signal: "angry_emoji" };
  }
  // "😭😭", "😢" alone: upset with nothing told yet — asked what happened, not "off-topic".
  if (label !== "negative" && sadFaceAlone(text)) return { label: "negative", signal: "sad_emoji" };
  // "I just want it sorted": no praise in it, whatever "just" and "want" weigh in the model.
  if (label === "positive" && wantsItSorted(text)) {
    return { label: "neutral", signal: "wants_sorted" };
  }
  if (label !== "positive" && praisesInSlang(text)) {
    return { label: "positive", signal: "slang_praise" };
  }
  // "Ur a legend, the investigation thing worked, keyboard arrived!!": praise and nothing else
  // (`onlyPraises`) is no grievance, whatever "investigation" weighs in the model.
  if (label === "negative" && onlyPraises(text)) return { label: "positive", signal: "praise" };
  // "I paid by PayPal yesterday": a fact about the order's payment, not a grievance. (Told
  // with trouble — "and it still says pending" — the model's reading stands.)
  if (
    label === "negative" && paymentStated(text) && !TROUBLE.test(text) && !/\bstill\b/i.test(text)
  ) {
    return { label: "neutral", signal: "payment_told" };
  }
  return null;
}
