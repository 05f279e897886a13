/**
 * "Just to make sure I understand: would you like to change a delivery address?" — the one
 * reading a clarifying question offers is remembered with the customer's words, so that a
 * yes carries on as that request with what they gave (the address, the reason) rather than
 * "what would you like me to help with?". Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import { asking, type Draft, type TurnView } from "./view.ts";

/** Longest words kept for the request (the dialogue state's limit). */
const MAX_TEXT = 4000;

/** `d`, asking whether the one reading it offered is meant; unchanged otherwise. */
export function askingMeaning(v: TurnView, d: Draft, offered: readonly Intent[]): Draft {
  if (offered.length !== 1 || d.asks) return d;
  return asking(d, {
    slot: "meaning",
    intent: offered[0],
    order_id: v.context?.order_lookup === "found" ? v.context.order?.id ?? null : null,
    text: v.text.slice(0, MAX_TEXT),
  });
}
