/**
 * "Overnight then", "make it overnight", "express is fine" while a speed-up waits for a yes:
 * the speed named is the answer. The one proposed is a yes; another speed is that speed-up
 * asked for instead (the reply proposes it, in the waiting one's place; a "yes" to the first
 * would have booked the wrong one); "standard is fine" keeps the order as it is. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import type { ConfirmationReading } from "./confirmation.ts";

/** The speeds, by the words that name them. */
const SPEEDS: readonly [string, RegExp][] = [
  ["overnight", /\b(?:overnight|next[- ]day|fastest)\b/i],
  ["express", /\bexpress\b/i],
  ["standard", /\b(?:standard|normal|regular)\b/i],
];
/** Words besides the speed that change nothing: a lead-in, courtesy, "then", "is fine". */
const FILLER =
  /\b(?:ok(?:ay)?|sure|yes|yeah|yep|fine|then|please|pls|make|it|that|one|shipping|delivery|instead|is|will|do|go|with|the|let'?s|lets|i'?ll|take|i|want|prefer|rather|would|like|'d|good|great|perfect|thanks|thank|you|actually|no|nah)\b|[^\p{L}\p{N}]+/giu;
/** The most words such an answer has. */
const MAX_WORDS = 8;

/** The reading of a speed named while a speed-up waits, or null. */
export function methodSwitch(
  reading: ConfirmationReading,
  text: string,
  pending: PendingAction["action"],
): ConfirmationReading | null {
  if (pending.type !== "expedite_order" && pending.type !== "expedite_delivery") return null;
  if (reading.label === "deny" || text.trim().split(/\s+/).length > MAX_WORDS) return null;
  if (/\b(?:not|don'?t|never|no)\s+(?:\w+\s+)?(?:express|overnight)\b|\?/i.test(text)) return null;
  const named = SPEEDS.filter(([, re]) => re.test(text)).map(([speed]) => speed);
  if (named.length !== 1) return null;
  let rest = text;
  for (const [, re] of SPEEDS) rest = rest.replace(re, " ");
  if (rest.replace(FILLER, " ").trim() !== "") return null;
  const speed = named[0];
  if (speed === "standard") {
    return { label: "deny", reason: "the standard speed kept", request: null };
  }
  const proposed = typeof pending.params.method === "string" ? pending.params.method : "express";
  if (speed === proposed) {
    return { label: "affirm", reason: "names the speed proposed", request: null };
  }
  return {
    label: "new_request",
    reason: "another speed asked for",
    request: { intent: "shipping_options", confidence: 0.85 },
  };
}
