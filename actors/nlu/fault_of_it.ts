/**
 * "It doesn't froth anymore", "its making a weird noise", "one of them doesnt work", "they
 * havent come yet": a fault (or the goods not come) told of goods the conversation already named ("the milk frother" a turn before, after "Hi, I
 * have an issue"). Without a product or an order in the words, the fault reader
 * (`defect_reported.ts`) left it to the classifier, which read an order's status or a sign-in
 * that stopped working. In a conversation about an order it is a problem with that order
 * (with none in focus, the words alone are read as they were). Never while a change waits
 * for a yes ("it stopped working" to a proposed refund is read against that). Pure.
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
  "refund_status",
]);

/** "They havent come yet", "it still hasn't arrived": the goods in focus not come. */
const NOT_COME =
  /\b(?:hasn'?t|hasnt|haven'?t|havent|has not|have not|didn'?t|didnt|did not|never|still not|not)\s+(?:yet\s+|even\s+)?(?:come|came|arrived?|turned up|shown up|showed up|got here|been delivered|reached me)\b/i;
/** Money spoken of: "my refund hasn't come" is the refund's news, not the goods'. */
const MONEY = /\b(?:refund\w*|money|payment|paid|charge\w*|credit)\b/i;

/** How sure a fault told of goods named before is a problem with the order. */
const CONFIDENCE = 0.7;

/** The reading of a fault told of goods named before as a problem with their order; else null. */
export function faultOfIt(
  reading: IntentEnrichment,
  text: string,
  o: { focus: string | null; pendingChange: boolean },
): IntentEnrichment | null {
  if (o.pendingChange || !o.focus || !MISREAD.has(reading.intent)) return null;
  if (!toldDefect(text) && !(NOT_COME.test(text) && !MONEY.test(text))) return null;
  const e = reading.entities;
  // Goods or an order named: the fault reader's own case.
  if (e.order_ids.length > 0 || e.products.length > 0 || (e.item_refs?.length ?? 0) > 0) {
    return null;
  }
  const r = relabelled(reading, "delivery_problem", CONFIDENCE);
  return { ...r, source: "conversation", entities: { ...r.entities, order_ids: [o.focus] } };
}
