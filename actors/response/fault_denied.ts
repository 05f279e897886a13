/**
 * Praise in the shape of a fault denied or of speed ("I've no issues with it at all", "can't
 * complain, it works"), which the intent reader took for a complaint it was unsure of: asked
 * "would you like to make a complaint, or sort out a payment problem?", the customer who had
 * just said all is well was answered as if something were wrong. The sentiment reader names
 * these shapes (`litotes`, `speed_praise` in `nlu/tone_cues.ts`); read so, the turn is
 * feedback and is thanked. Pure.
 */
import type { TurnView } from "./view.ts";

/** Signals of praise told in a shape the intent reader may take for a complaint. */
const SHAPES = new Set(["litotes", "speed_praise"]);

/** The turn read as feedback when it is praise in such a shape, else null. */
export function faultDenied(v: TurnView): TurnView | null {
  const s = v.sentiment;
  if (v.pending || s?.label !== "positive" || !s.signals?.some((x) => SHAPES.has(x))) return null;
  if (/\?/.test(v.text) || (v.requests?.length ?? 1) > 1) return null;
  return { ...v, intent: "feedback", alternatives: [] };
}
