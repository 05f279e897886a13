/**
 * "12 Oak Avenue, Portland OR 97201", "new address: 5 Elm Rd, Leeds LS1 4AB": a message that
 * is a full address and little else gives where an order should go — an address change
 * (the gate asks which order, or takes the only one that can still change), not a message
 * the classifier cannot place. Its postcode names no order ("97201" is no ORD-97201). Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { parseAddress, withoutAddress } from "../../domain/address.ts";

/**
 * What may stand beside the address: its lead-in ("ok it's", "sure, that's"), courtesy, the
 * state and the country.
 */
const LEAD =
  /\b(?:my|the|new|address|is|to|ship|send|deliver|it|please|pls|thanks|thank you|now|here|instead|use|this|one|moved|i|i've|ive|we|we've|have|changed|updated|ok|okay|so|sure|yes|yeah|yep|right|its|that|thats|s|[a-z]{2}|usa|us|uk|united states|united kingdom)\b|[^\p{L}\p{N}]+/giu;

/**
 * What may stand beside the address and the order it names: "fine, the shoes one then",
 * "what about my other order", "for 1003 instead", "same for the bottles order".
 */
const ORDER_LEAD =
  /\b(?:fine|then|what|how|about|for|on|order|orders|other|same|also|and|goes|go|ord-?\d+|#?\d{4})\b/gi;

/**
 * Whether the message is a full address and nothing else of note — besides, when `named`
 * gives the words that named an order or its goods ("the shoes"), those and the words around
 * them.
 */
export function isAddressAlone(text: string, named: readonly string[] = []): boolean {
  // A street number and a postcode have digits: most messages are passed over at once.
  if (text.length > 200 || !/\d/.test(text) || !parseAddress(text)) return false;
  let rest = withoutAddress(text);
  if (named.length > 0) {
    for (const words of named) rest = rest.replace(words, " ");
    rest = rest.replace(ORDER_LEAD, " ");
  }
  return rest.replace(LEAD, " ").trim() === "";
}

/** The address change reading of an address given alone, or null. */
export function addressAlone(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.intent === "change_address" || reading.source === "rules") return null;
  const postcode = parseAddress(text)?.postcode ?? "";
  const refs = (reading.entities.order_refs ?? []).filter((r) =>
    !(r.form === "bare" && postcode.includes(r.text))
  );
  // "Fine, the shoes one then, 12 Pine St, Seattle WA 98101": the order it goes on, named.
  const named = [...refs, ...(reading.entities.item_refs ?? [])].map((r) => r.text);
  if (!isAddressAlone(text, named)) return null;
  const ids = new Set(refs.map((r) => r.id));
  return {
    ...reading,
    intent: "change_address",
    confidence: Math.max(reading.confidence, 0.8),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
    entities: {
      ...reading.entities,
      order_refs: refs,
      order_ids: reading.entities.order_ids.filter((id) => ids.has(id)),
      quantities: [],
    },
  };
}
