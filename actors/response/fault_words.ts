/**
 * How a reply names what went wrong with delivered goods: "arrived damaged" only when the
 * customer says it came so; a leak or a fault found in use ("my espresso machine leaks
 * water", "stopped working") is "it's faulty" — never that it arrived damaged. Pure.
 */
import { FAULTY } from "../../domain/problems.ts";

/** Said of the goods as they came: "arrived", "came", "delivered", "in the box". */
const AS_CAME =
  /\b(?:arrived|arrive|came|come|delivered|received|recieved|got it|in the (?:box|parcel|package)|out of the box|opened)\b/i;
/** A fault found in use: a leak, stopped working, does not work, broke after a while. */
const IN_USE =
  /\b(?:leaks?|leaking|leaked|stopped working|noise|sound|smell|overheat\w*|broke after|after (?:a|two|\d+) (?:days?|weeks?|uses?))\b/i;

/** True when the words tell of a fault found in use, not of goods that came damaged. */
export function faultInUse(text: string): boolean {
  return (IN_USE.test(text) || FAULTY.test(text)) && !AS_CAME.test(text);
}

/** "Since it arrived damaged" or "Since it's faulty", as the customer's words tell it. */
export function sinceDamaged(text: string): string {
  return faultInUse(text) ? "Since it's faulty" : "Since it arrived damaged";
}
