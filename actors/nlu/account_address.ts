/**
 * The address saved on the account ("update my delivery address for future orders", "the
 * saved addresses in my address book") is an account detail, not the address of an order
 * on its way: the customer changes it under their profile, and no order is to be asked
 * about or changed. The classifier hears "address" and reads a change of an order's
 * address; this reading, in the whole message and in each of its requests, makes it an
 * account update (whatever order request it was heard as). "A default shipping address" is
 * left to the classifier: the labelled sets read it as a change of address.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";

/**
 * Readings the account's address may be misheard as: a change or a question about an
 * order ("how might I update my delivery address" reads as where an order is), or nothing.
 */
function misheard(intent: Intent): boolean {
  return ORDER_INTENTS.has(intent) || intent === "other" || intent === "small_talk" ||
    intent === "policy_question";
}

/** Words that put the address on the account rather than on an order. */
const ON_THE_ACCOUNT =
  /\b(?:(?:for|on|with) (?:all |any )?(?:future|later|upcoming|next) (?:orders?|purchases?|deliveries)|(?:for|from) now on|going forward|saved (?:shipping |delivery |billing )?address(?:es)?|address book|address (?:on|in|of) (?:my|the) (?:account|profile)|account'?s address|(?:my|the) account address|profile address)\b/i;

/** A change of the account's saved address, in words; false for an order's address. */
export function speaksOfAccountAddress(text: string): boolean {
  return /\baddress/i.test(text) && ON_THE_ACCOUNT.test(text) && !/\bORD-?\d+/i.test(text);
}

/**
 * The reading with a change of address relabelled as an account update where the words
 * speak of the account's saved address (in the whole and in each request); unchanged
 * otherwise, and for an answer to a pending change.
 */
export function asAccountAddress(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (reading.confirmation || reading.entities.order_ids.length > 0) return reading;
  const requests = reading.requests?.map((r) =>
    misheard(r.intent) && speaksOfAccountAddress(r.text)
      ? { ...r, intent: "account_update" as const }
      : r
  );
  const whole = misheard(reading.intent) && speaksOfAccountAddress(text);
  const same = requests?.every((r, i) => r === reading.requests![i]) ?? true;
  if (!whole && same) return reading;
  const intent = whole ? "account_update" as const : reading.intent;
  return {
    ...reading,
    intent,
    alternatives: whole
      ? [{ intent: reading.intent, confidence: reading.confidence }, ...reading.alternatives]
        .filter((a) => a.intent !== intent).slice(0, 3)
      : reading.alternatives,
    ...(requests ? { requests } : {}),
  };
}
