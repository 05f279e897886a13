/**
 * A bare reaction to news, with nothing asked: "wow thanks a lot", "oh wonderful. just
 * wonderful.", "great, just great 🙄", "perfect". Right after bad news of their parcel (late,
 * lost) it is displeasure said in irony — the reply had said "Happy to help!" or asked whether
 * they wanted to sort out a delivery problem; after good news it is thanks. Plain "thanks",
 * "ok thanks" and "thank you" are not such a reaction: they close a turn. Pure.
 */

/** Words of praise that a reaction is made of, and irony turns around (`actors/nlu/sarcasm.ts`). */
export const PRAISE_WORD =
  "(?:great|wonderful|perfect|fantastic|brilliant|lovely|awesome|marvell?ous|terrific|super|amazing|excellent|nice)";
const WORD = PRAISE_WORD;
/** The reaction, whole: intensifiers, then thanks in so many words or a word of praise. */
const REACTION = new RegExp(
  String.raw`^\s*(?:(?:oh|wow|well|just|gee|so|really|yeah|ok(?:ay)?|ah|ha|haha)[\s,.!]+)*` +
    String
      .raw`(?:thanks? a lot|thanks? so much|thank you (?:so|very) much|thanks for (?:nothing|that|the update)|` +
    String.raw`(?:just |how |that'?s |thats |this is )?${WORD})` +
    String.raw`(?:[\s,.!]+(?:just |really |so )?(?:${WORD}|thanks|then|news))*` +
    String.raw`[\s.!…]*[\p{Extended_Pictographic}\s]*$`,
  "iu",
);

/** True when the message is only a reaction to news (see above). */
export function bareReaction(text: string): boolean {
  return text.length <= 60 && REACTION.test(text);
}
