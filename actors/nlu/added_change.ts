/**
 * "Oh and add a water bottle too" while the speed-up of that order waits for a yes: another
 * change asked beside the one waiting — neither a yes nor a no to it, nor a change in its
 * place. The one waiting is asked again, and the one added is kept to be raised once that is
 * settled (`after_yes`, `domain/deferred.ts`), so that nothing asked is dropped and each
 * change still has its own yes. Pure.
 */
import { CHANGE_INTENTS } from "../../domain/intents.ts";
import type { Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { wantsFaster } from "../../domain/expedite.ts";
import { REQUEST_OF } from "./pending_correction.ts";

/** Said as an addition: "oh and …", "also …", "… too", "… as well". */
const ADDED =
  /^\s*(?:(?:oh|ok(?:ay)?|and|also|plus|btw|one more thing)\b[\s,.:!-]*)*(?:and|also|plus)\b|\b(?:too|as well|also|while you'?re at it)\b/i;
/** A turn from the waiting change, which asks another in its place (`instead_of.ts`). */
const NOT_ADDED = /\b(?:instead|rather|not|don'?t|dont|no|nah|nope|never ?mind|nvm)\b/i;

/** A yes word, or a question's opening. */
const YES_OR_ASKED =
  /\b(?:yes|yeah|yep|yup|ya|ok(?:ay)?|sure|fine|go ahead|how|what|when|where|why|which)\b/i;
/** How sure a request of its own must read to be kept for after the waiting change. */
const MIN_CONFIDENCE = 0.6;

/** The change the words ask for, by their verbs. */
const ASKED: readonly [Intent, RegExp][] = [
  ["change_address", /\b(?:address|ship it to|send it to|deliver it to)\b/i],
  ["cancel_order", /\bcancel\b/i],
  ["refund_request", /\brefund\b/i],
  ["return_item", /\breturn\b/i],
  [
    "modify_order",
    /\b(?:add|another|one more|(?:\d+|two|three) more|an? extra|remove|take off|drop)\b/i,
  ],
];

/** The reading with a change added beside the waiting one kept for after it, if one is. */
export function withAddedChange(
  reading: IntentEnrichment,
  text: string,
  pending: PendingAction | null,
): IntentEnrichment {
  if (!pending || reading.after_yes || reading.withdraws_pending) return reading;
  // Read as a request of its own, only a change the classifier is sure of ("and can you also
  // change the address on 1003 to …"): it would have taken the waiting one's place unsaid.
  // "Can you also expedite 1003" while its new address waits: a speed-up is such a change.
  const change = CHANGE_INTENTS.has(reading.intent) ||
    (reading.intent === "shipping_options" && wantsFaster(text));
  const own = reading.confirmation === "new_request" && change &&
    reading.confidence >= MIN_CONFIDENCE;
  if (reading.confirmation !== "unclear" && !own) return reading;
  // "Yes and change the address too", "ok, also how do I return an item?": a yes, or a
  // question, read as they are.
  if (own && (YES_OR_ASKED.test(text) || text.includes("?"))) return reading;
  if (!ADDED.test(text) || NOT_ADDED.test(text)) return reading;
  const intent = own
    ? reading.intent
    : wantsFaster(text)
    ? "shipping_options"
    : ASKED.find(([, re]) => re.test(text))?.[0] ?? null;
  if (!intent || intent === REQUEST_OF[pending.action.type]) return reading;
  const n = /(?:\bord-?\s?|#|\b)(\d{4,})\b/i.exec(text);
  // "Also cancel the kids headphones order" while the shoes' return waits: goods the waiting
  // change is not about name another order, found when it is taken up — never the one waiting.
  const order_id = n
    ? `ORD-${n[1]}`
    : namesOtherGoods(reading, pending)
    ? null
    : pending.action.order_id;
  return {
    ...reading,
    confirmation: "unclear",
    after_yes: { intent, order_id, text, raised: false },
  };
}

/** The skus of the waiting change's goods: its lines, or the whole order's goods. */
function goodsOf(pending: PendingAction): Set<string> {
  const p = pending.action.params;
  const lines = Array.isArray(p.items) ? p.items as { sku?: unknown }[] : [];
  const whole = Array.isArray(p.goods) ? p.goods as unknown[] : [];
  return new Set(
    [...lines.map((l) => l.sku), ...whole]
      .filter((s): s is string => typeof s === "string").map((s) => s.toUpperCase()),
  );
}

/** Whether the words name goods, and none of them the waiting change's own. */
function namesOtherGoods(reading: IntentEnrichment, pending: PendingAction): boolean {
  const own = goodsOf(pending);
  const skus = [
    ...reading.entities.products.map((p) => p.sku),
    ...(reading.entities.item_refs ?? []).flatMap((r) => r.sku ? [r.sku] : []),
  ].map((s) => s.toUpperCase());
  return own.size > 0 && skus.length > 0 && skus.every((s) => !own.has(s));
}
