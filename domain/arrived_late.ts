/**
 * Goods told to have come, but late: "my espresso machine came a week late", "it arrived
 * three days late", "took forever to get here". A delivered order told so is no parcel
 * missing at the door — the shopper has it. Pure.
 */

/** Came, then late: "came a week late", "arrived 3 days late", "was delivered too late". */
const CAME_LATE =
  /\b(?:came|arrived|got here|turned up|showed up|was delivered|were delivered|got delivered)\s+(?:(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?)\s+|way\s+|so\s+|really\s+|too\s+|very\s+)?(?:late|too late)\b/i;
/** Took long to come: "took forever to arrive", "took 2 weeks to get here". */
const TOOK_LONG =
  /\btook\s+(?:forever|ages|so long|too long|way too long|weeks|(?:a|one|two|three|\d+)\s+(?:days?|weeks?))\s+to\s+(?:arrive|come|get here|be delivered|turn up|show up)\b/i;
/** Not told as past: "will it arrive late?", "if it comes late". */
const SUPPOSED = /\b(?:will|would|if|in case|might|may)\b[^.?!]{0,30}\b(?:late|long)\b/i;

/** Whether the words tell that goods which came were late. */
export function toldArrivedLate(text: string): boolean {
  return (CAME_LATE.test(text) || TOOK_LONG.test(text)) && !SUPPOSED.test(text);
}

/** The reason a return of goods that came too late carries. */
export const ARRIVED_LATE_REASON = "Arrived too late";
