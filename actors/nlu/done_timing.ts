/**
 * "How long will it take?", "when will the new one arrive?", "when do I get my money?"
 * right after a change was carried out: when that change reaches the customer. The
 * classifier reads them alone as shipping speeds or an order by its age ("the new one");
 * the dialogue state knows what was done, and for which order. Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** A question about when: "how long", "when will it arrive", "how many days". */
const WHEN =
  /\b(?:how long|how many (?:days|weeks)|how soon|when (?:will|would|do|does|should|can|is|are)\b|when'?s|by when|what'?s the eta|eta\b|arriv\w*|get here|be here)/i;
/** About what was done, not another order: "it", "the new one", "the replacement", "my money". */
const ABOUT_IT =
  /\b(?:it|that|this|the new one|a new one|new (?:one|\w+)|the replacement|replacement|my money|the money|my refund|the refund|refund)\b|^\s*how long(?: will it take| does it take)?\s*[?!.]*\s*$/i;

/** Readings the classifier gives such a question alone. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "order_status",
  "refund_status",
  "policy_question",
  "delivery_problem",
  "small_talk",
  "other",
]);

/** The request that tells when a change done reaches the customer. */
const TOLD_BY: Partial<Record<DoneChange["type"], Intent>> = {
  refund: "refund_status",
  cancel_order: "refund_status",
  replacement: "order_status",
  expedite_delivery: "order_status",
  expedite_order: "order_status",
  change_address: "order_status",
  modify_items: "order_status",
};

/** How sure the reading is: it rests on what was just done. */
const CONFIDENCE = 0.85;
/** Longest question read so (longer ones say what they ask about). */
const MAX_WORDS = 12;

/**
 * The reading of a question about when the change just carried out reaches the customer,
 * about that change's order; null when nothing was done, a change waits, another order is
 * named, or the message asks something else.
 */
export function doneTimingReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  const intent = done ? TOLD_BY[done.type] : undefined;
  if (!done?.order_id || !intent || pending || !OPEN.has(reading.intent)) return null;
  if (text.trim().split(/\s+/).length > MAX_WORDS) return null;
  if (!WHEN.test(text) || !ABOUT_IT.test(text)) return null;
  const named = reading.entities.order_ids;
  if (named.length > 0 && !named.includes(done.order_id)) return null;
  const read = relabelled(reading, intent, CONFIDENCE);
  return {
    ...read,
    source: "conversation",
    entities: { ...read.entities, order_ids: [done.order_id], order_refs: [], state_refs: [] },
  };
}
