/**
 * An ask to speed an order up ("can you expedite my order that's in transit", "please rush
 * the one on its way") is a shipping request, however much of the order it describes: the
 * classifier hears the order's state ("in transit", "shipped") and reads, unsurely, where
 * the order is. This reading makes such an unsure status (or out-of-scope) reading a
 * shipping one, in the whole message and in each of its requests; the response then offers
 * the upgrade for the order. A question about an order already sped up ("when will my
 * expedited order come?") is not an ask and is left alone.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { neededBy } from "../../domain/needed_by.ts";
import { asksDeliveryDay } from "../../domain/delivery_day.ts";
import { looksLikeAddress } from "../../domain/address.ts";

/** Readings an ask to speed up may be misheard as, below this confidence. */
// Or as a shipping question too unsure to answer ("can u rush my espresso machine order").
const MISHEARD: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "other",
  "shipping_options",
]);
const UNSURE_BELOW = 0.7;
/** How sure the reading is once the words said it. */
const ASKED_CONFIDENCE = 0.8;

/** Speeding up, as a verb (whole words: "expedited" or "rushed" describing an order is not). */
const SPEED_UP =
  /\b(?:expedite|rush|hurry(?: up)?|overnight (?:it|them|this|that|my|the)|(?:send|ship|deliver) (?:it |them |my [\w-]+ (?:order )?)?(?:overnight|express)|speed (?:up|(?:it|this|that|them|(?:my|the) (?:order|parcel|package|delivery|shipment|one)) up)|upgrade (?:the |my )?(?:shipping|delivery))\b/i;
/** Asked: a request's opening, or the verb first. */
const ASK =
  /(?:^\s*(?:please |pls |plz |kindly )?(?:expedite|rush|hurry|speed|upgrade|overnight)\b|\b(?:can|could|would|will) (?:you|u|ya|i|we)\b|\bplease\b|\bpls\b|\bplz\b|\bi (?:need|want|would like|'d like)\b|\bis (?:it|there) (?:possible|a way)\b)/i;

/**
 * Readings a day the goods are needed by is misheard as ("I need my shoes by thursday" is out
 * of scope alone; "…can you make that happen?" a change of items). A delivery problem or a
 * complaint stays: the day is said beside what went wrong.
 */
const NEEDED_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "other",
  "modify_order",
  "small_talk",
  "feedback",
  "place_order",
  "product_question",
]);

/** An order of ours, in words. */
const ORDER_WORD = /\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?)\b|\bORD-?\d+/i;

/** "Overnight my monitor", "can u overnight it": a speed used as the verb, an ask of its own. */
const OVERNIGHT_IT =
  /^\s*(?:(?:please|pls|plz|can (?:you|u)|could (?:you|u)) )?overnight (?:it|them|this|that|my [\w-]+(?: order)?)\b/i;

/** "How much to overnight the monitor?", "what would it cost to expedite my order": the fee asked. */
const FEE_OF_SPEED =
  /\b(?:how much|what(?:'s| is| would| does)?(?: it)? (?:the )?(?:cost|fee|price))\b[^.?!]{0,25}?\bto (?:overnight|expedite|rush|speed up|upgrade)\b/i;
/** Readings such a question is taken for: the goods named read as a question about them. */
const FEE_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "place_order",
  "order_status",
  "other",
]);
/** "Do i pay for it?", "will i have to pay extra?" beside an upgrade: its fee. */
const PAY_FOR_IT =
  /^\s*(?:and |so )?(?:do|will|would|must) i (?:have to |need to )?pay (?:for (?:it|that|this)|extra|anything(?: extra)?|more)\s*\??\s*$/i;

/** True when the words ask for an order to come faster. */
export function asksToSpeedUp(text: string): boolean {
  return SPEED_UP.test(text) && ASK.test(text);
}

/**
 * Readings a delivery day asked for is taken for: "pls deliver on friday instead" is no
 * address change, "change the delivery date" no account update.
 */
const DAY_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "change_address",
  "account_update",
  "other",
]);

/** The reading with an unsure status question that asks for speed relabelled (see above). */
export function asExpediteAsked(
  reading: IntentEnrichment,
  text: string,
  now: Date | null = null,
): IntentEnrichment {
  if (reading.confirmation) return reading;
  // "I need the headphones by Friday, it's a gift": the order weighed against that day (a
  // faster speed proposed if it would be late); "will it arrive by Friday?" asks its status.
  const need = now && NEEDED_MISREAD.has(reading.intent) ? neededBy(text, now) : null;
  if (need) {
    const intent = need.needed ? "shipping_options" : "order_status";
    if (intent === reading.intent) return reading;
    const whole = relabelled(reading, intent, ASKED_CONFIDENCE);
    return {
      ...whole,
      requests: [{ intent, confidence: ASKED_CONFIDENCE, text, start: 0, end: text.length }],
    };
  }
  // A delivery day asked for: a shipping request (the response says the carrier sets it).
  if (DAY_MISREAD.has(reading.intent) && asksDeliveryDay(text) && !looksLikeAddress(text)) {
    return relabelled(reading, "shipping_options", ASKED_CONFIDENCE);
  }
  // "Overnight my monitor pls": the speed as the verb says nothing else, however sure the misreading;
  // "how much to overnight the monitor?" asks the fee of that order's upgrade.
  if (
    (MISHEARD.has(reading.intent) && OVERNIGHT_IT.test(text)) ||
    (FEE_MISREAD.has(reading.intent) && FEE_OF_SPEED.test(text))
  ) {
    return relabelled(reading, "shipping_options", ASKED_CONFIDENCE);
  }
  // "Upgrade my shoes order to express. do i pay for it?": the upgrade's fee, said with it.
  const fee = reading.requests?.filter((r) =>
    !(r.intent !== "shipping_options" && PAY_FOR_IT.test(r.text))
  );
  if (
    fee && fee.length < reading.requests!.length && fee.some((r) => r.intent === "shipping_options")
  ) {
    return asExpediteAsked({ ...reading, requests: fee }, text, now);
  }
  const misheard = (intent: Intent, confidence: number, words: string) =>
    MISHEARD.has(intent) && confidence < UNSURE_BELOW && asksToSpeedUp(words) &&
    // Out of scope, only about an order of ours ("can I speed up my transfer" is a bank's).
    (intent === "order_status" || ORDER_WORD.test(words));
  const requests = reading.requests?.map((r) =>
    misheard(r.intent, r.confidence, r.text)
      ? { ...r, intent: "shipping_options" as const, confidence: ASKED_CONFIDENCE }
      : r
  );
  const same = requests?.every((r, i) => r === reading.requests![i]) ?? true;
  if (misheard(reading.intent, reading.confidence, text)) {
    const whole = relabelled(reading, "shipping_options", ASKED_CONFIDENCE);
    return requests && requests.length > 1 ? { ...whole, requests } : whole;
  }
  return same ? reading : { ...reading, ...(requests ? { requests } : {}) };
}
