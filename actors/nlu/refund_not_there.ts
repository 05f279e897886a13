/**
 * "It's not there yet", "still nothing", "haven't got it" right after a refund was made or
 * told: the money has not shown up — a question about that refund (`refund_status`), not a
 * parcel that did not come (the classifier's `delivery_problem`, which offered to chase the
 * carrier). Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { saysNotArrived } from "../../domain/not_arrived.ts";
import { relabelled } from "./relabel.ts";

/** "Not there yet", "not in my account", "hasn't shown up", "still waiting". */
const NOT_THERE =
  /^(?:(?:but|and|so|still|hmm+|nope|nah|no|ok(?:ay)?|um+|well)\b[\s,.!]*)*(?:(?:it'?s|its|it is|the money(?: is|'s)?|my refund(?: is|'s)?|refund(?: is|'s)?)\s+)?(?:still\s+)?(?:not|isn'?t|hasn'?t|has not|haven'?t|have not|didn'?t|did not)\s+(?:there|here|in (?:my|the) (?:account|bank)|(?:arrived|come|shown up|showed up|landed|got it|gotten it|received it|seen it|been (?:credited|paid))(?: (?:yet|back))?)(?:\s+yet)?(?:\s+(?:though|tho|either))?\s*[.!?]*\s*$/i;
/** "It was supposed to come last week", "it should have been here by now": late, so not there. */
const SHOULD_BE_THERE =
  /^(?:(?:but|and|so|well|hmm+|ok(?:ay)?)\b[\s,.!]*)*(?:it|that|the money|my refund|the refund)\s+(?:was supposed to|is supposed to|should(?:'ve| have)?)\s+(?:come|arrive|arrived|land|landed|be (?:here|there|back)|been (?:here|there|back))\b[^?]*$/i;
/** Words of goods or a parcel: then it is about the parcel after all. */
const GOODS = /\b(?:parcel|package|box|delivery|item|order|vacuum|mixer|replacement|new one)\b/i;

/** Changes that send money back. */
const MONEY_BACK: ReadonlySet<DoneChange["type"]> = new Set<DoneChange["type"]>([
  "refund",
  "cancel_order",
]);

/** Readings the classifier gives such a message. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "order_status",
  "complaint",
  "other",
  "small_talk",
  "deny",
]);

/** The refund's question, about the refunded order; null when it is not one. */
export function refundNotThereReading(
  reading: IntentEnrichment,
  text: string,
  ctx: { done: DoneChange | null | undefined; topic: Intent | null | undefined; pending: boolean },
): IntentEnrichment | null {
  if (ctx.pending || !OPEN.has(reading.intent)) return null;
  const done = ctx.done && MONEY_BACK.has(ctx.done.type) ? ctx.done : null;
  if (!done && ctx.topic !== "refund_status") return null;
  const t = text.trim();
  if (GOODS.test(t) || !(NOT_THERE.test(t) || SHOULD_BE_THERE.test(t) || saysNotArrived(t))) {
    return null;
  }
  const read = relabelled(reading, "refund_status", 0.85);
  const orderId = done?.order_id ?? null;
  return {
    ...read,
    source: "conversation",
    entities: orderId && read.entities.order_ids.length === 0
      ? { ...read.entities, order_ids: [orderId] }
      : read.entities,
  };
}
