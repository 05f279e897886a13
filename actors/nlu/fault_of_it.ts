/**
 * "It doesn't froth anymore", "its making a weird noise", "one of them doesnt work": a fault
 * told of goods the conversation already named ("the milk frother" a turn before, after "Hi, I
 * have an issue"). Without a product or an order in the words, the fault reader
 * (`defect_reported.ts`) left it to the classifier, which read an order's status or a sign-in
 * that stopped working. In a conversation about an order it is a problem with that order; with
 * none in focus still a problem with an order (the reply asks which). Never while a change
 * waits for a yes ("it stopped working" to a proposed refund is read against that). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { toldDefect } from "./defect_reported.ts";
import { relabelled } from "./relabel.ts";

/** Readings a fault told of goods named before is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "product_question",
  "policy_question",
  "payment_issue",
  "account_access",
  "other",
  "feedback",
  "small_talk",
  "place_order",
  "complaint",
]);

/** How sure a fault told of goods named before is a problem with the order. */
const CONFIDENCE = 0.7;

/** The reading of a fault told of goods named before as a problem with their order; else null. */
export function faultOfIt(
  reading: IntentEnrichment,
  text: string,
  o: { focus: string | null; pendingChange: boolean },
): IntentEnrichment | null {
  if (o.pendingChange || !MISREAD.has(reading.intent) || !toldDefect(text)) return null;
  const e = reading.entities;
  // Goods or an order named: the fault reader's own case.
  if (e.order_ids.length > 0 || e.products.length > 0 || (e.item_refs?.length ?? 0) > 0) {
    return null;
  }
  const r = relabelled(reading, "delivery_problem", CONFIDENCE);
  if (!o.focus) return r;
  return { ...r, source: "conversation", entities: { ...r.entities, order_ids: [o.focus] } };
}
