/**
 * "One never showed up and the other came smashed", "I never received my parcel and the
 * other one arrived broken": two orders, each told with its own trouble. Pure.
 */

/** A parcel (or "one") told of, then "the other" in the same sentence. */
export const ONE_AND_OTHER =
  /\b(?:one|(?:my|a|the first)\s+(?:parcel|package|order|delivery|box|shipment))\b[^.?!]{0,80}\b(?:and|but|while)\b[^.?!]{0,20}\bthe other\b/i;

/** Whether `text` tells of one order and then of "the other". */
export function tellsOneAndOther(text: string): boolean {
  return ONE_AND_OTHER.test(text);
}
