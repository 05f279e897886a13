/**
 * "Yes to the refund only", "just the refund" while the cancellation of ORD-1003 waits and
 * the refund of ORD-1002 was put off behind it: of the two changes asked in one message, the
 * customer wants the one put off and not the one waiting. The waiting change is dropped
 * (`withdraws_pending`) and the one put off is asked for, about its own order, for its own yes
 * — a "yes" would otherwise have cancelled the order they meant to keep. Pure.
 */
import type { DeferredRequest, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import type { Dialogue, PendingAction } from "../../shared/protocol.ts";
import { narrowedPending } from "./narrowed_pending.ts";
import { yesOverDeferred } from "./both_yes.ts";
import { deferredAsked } from "./deferred_asked.ts";
import { pickedByOrder } from "../../domain/picked_by_order.ts";

/** The words that name each kind of change put off. */
const NAMED: Partial<Record<Intent, RegExp>> = {
  refund_request: /\b(?:refund|money back)\b/i,
  return_item: /\breturn\b/i,
  cancel_order: /\bcancel(?:lation|ling|ing)?\b/i,
  shipping_options: /\b(?:speed(?:ing)? up|express|expedite|faster|upgrade)\b/i,
  change_address: /\baddress\b/i,
  delivery_problem: /\b(?:replacement|new one)\b/i,
};
/** "Only", "just": the one named and not the other. */
const ONLY = /\b(?:only|just)\b/i;
/** A question, a no or a doubt: never a pick. */
const DOUBT = /[?]|\b(?:not|don'?t|dont|never|both|and also|too|as well)\b/i;
/** The most words such a pick has. */
const MAX_WORDS = 10;

/** The reading of a reply that picks the change put off over the one waiting, or null. */
export function deferredPick(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment | null {
  if (!pending || reading.confirmation === "deny") return null;
  const deferred: readonly DeferredRequest[] = dialogue?.deferred ?? [];
  // "Yes for 1003 not 1002", "only 1003": the change put off picked by its order's number.
  const byOrder = pickedByOrder(text, pending.action.order_id, deferred) === "put_off";
  if (!byOrder && (DOUBT.test(text) || !ONLY.test(text))) return null;
  if (text.trim().split(/\s+/).length > MAX_WORDS) return null;
  const picked = byOrder
    ? deferred.filter((d) => !d.raised)
    : deferred.filter((d) => NAMED[d.intent]?.test(text));
  if (picked.length !== 1) return null;
  const [d] = picked;
  // The waiting change named too ("just the cancellation, not the refund") is no such pick.
  const waiting = !byOrder && Object.entries(NAMED).find(([intent]) =>
    intent !== d.intent &&
    NAMED[intent as Intent]?.test(text)
  );
  if (waiting) return null;
  const alternatives = [{ intent: reading.intent, confidence: reading.confidence }]
    .concat(reading.alternatives).filter((a) => a.intent !== d.intent).slice(0, 3);
  return {
    ...reading,
    intent: d.intent,
    confidence: 0.9,
    alternatives,
    source: "conversation",
    confirmation: "new_request",
    withdraws_pending: true,
    entities: { ...reading.entities, order_ids: d.order_id ? [d.order_id] : [] },
  };
}

/** What the two readings of a reply that keeps part of what was asked need. */
interface PickInput {
  reading: IntentEnrichment;
  text: string;
  dialogue: Partial<Dialogue> | null | undefined;
  pending: PendingAction | null;
}

/**
 * A yes to the change waiting over the one put off, else the change put off picked over the
 * one waiting, else the waiting change narrowed.
 */
export function pickedOrNarrowed(input: PickInput): IntentEnrichment | null {
  // "Yes to both", "just the first one": a yes to the change waiting, before any pick.
  // "And the second matter?" after the change put off was raised again: its yes.
  return deferredAsked(input.reading, input.text, input.dialogue, input.pending) ??
    yesOverDeferred(input.reading, input.text, input.dialogue, input.pending) ??
    deferredPick(input.reading, input.text, input.dialogue, input.pending) ??
    narrowedPending(input.reading, input.text, input.pending);
}
