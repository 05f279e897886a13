/**
 * "Both then", "all of them", "actually both" said to a waiting change that takes some units of
 * a line off ("change the water bottles from 2 to 1"): every unit of that line, not the count
 * waiting. Read by the confirmation side (a correction of the waiting change, not a yes or a
 * no) and by the reply (the line set to none). Pure.
 */

/** The whole of the short reply is "both" or "all of them", with its small words. */
const ALL_OF_THEM =
  /^\s*(?:(?:oh|ok(?:ay)?|actually|no|nah|wait|hmm+|um+|sorry)[\s,.!]+)*(?:both|all|all of them|both of them|the two of them|the lot|every one of them)(?:[\s,]+(?:then|please|pls|plz|actually|instead|of them|of em|sorry))*\s*[.!]*\s*$/i;

/** Whether a reply asks for every unit of a line whose count a waiting change lowers. */
export function asksAllOfThem(text: string, waiting: number, before: number): boolean {
  return waiting > 0 && waiting < before && ALL_OF_THEM.test(text);
}
