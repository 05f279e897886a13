/**
 * The words of each kind of change, which restate it in a reply to our proposal ("yes, cancel
 * it", "fine, investigate it"). Read by the confirmation reader (`confirmation.ts`).
 */
import type { ActionType } from "../../shared/protocol.ts";

/** The words of the pending change itself, by kind: "yes, cancel it" restates it. */
export const RESTATING: Readonly<Partial<Record<ActionType, readonly string[]>>> = {
  cancel_order: ["cancel", "cancelled", "canceled", "cancellation", "the cancellation"],
  refund: ["refund", "refunded", "the refund", "a refund", "my money back", "money back"],
  return_item: ["return", "the return", "open", "start", "send", "the label", "the return label"],
  return_label: ["send", "the label", "the return label"],
  change_address: ["change", "update", "ship", "send", "the address", "the new address"],
  modify_items: ["change", "update", "the items"],
  expedite_order: ["expedite", "upgrade", "speed up", "speed", "up", "to express", "express"],
  expedite_delivery: ["expedite", "speed up", "speed", "up", "the delivery"],
  // "fine, investigate it", "sure, chase them": the investigation in the shopper's verb.
  carrier_investigation: [
    "open",
    "start",
    "an investigation",
    "the investigation",
    "look into",
    "investigate",
    "chase",
    "chase up",
  ],
  goodwill_credit: ["add", "apply", "the credit", "to my account"],
  // "ok send the new one pls": the replacement asked for again, in its own words.
  replacement: [
    "send",
    "resend",
    "again",
    "the new one",
    "a new one",
    "new one",
    "the replacement",
  ],
  schedule_callback: ["call", "call me", "back", "book", "schedule", "the call"],
};
