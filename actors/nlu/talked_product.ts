/**
 * "What sizes do you have?", "which colours?" naming no product: the sizes or colours of the
 * goods the conversation is about — the item whose removal for another size waits, or the
 * product looked up last — not a product called "sizes" (the catalogue was searched for the
 * word, and the reply said the store does not sell it). Pure.
 */
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import type { Dialogue } from "../../shared/dialogue_state.ts";

/** Sizes or colours asked about, with no product named. */
const VERSIONS = /\b(?:sizes?|colou?rs?|colou?r options|what size|which size)\b/i;
/** Longer messages say what they are about themselves. */
const MAX_WORDS = 10;

/** What the reading needs from the conversation. */
export interface TalkedProductInput {
  pending: PendingAction | null;
  dialogue: Partial<Dialogue> | null | undefined;
  catalogue?: readonly { sku: string; name: string }[];
}

/** The goods the conversation is about, as the catalogue names them, or null. */
function talkedProduct(input: TalkedProductInput): { sku: string; name: string } | null {
  const names = new Map((input.catalogue ?? []).map((p) => [p.sku, p.name]));
  // The item of a change that waits: "take the Trail Running Shoes off" for another size.
  const items = input.pending?.action.params?.items;
  if (Array.isArray(items) && items.length === 1) {
    const sku = (items[0] as { sku?: unknown }).sku;
    if (typeof sku === "string" && names.has(sku)) return { sku, name: names.get(sku)! };
  }
  const looked = input.dialogue?.products ?? [];
  const sku = looked.at(-1);
  return sku && names.has(sku) ? { sku, name: names.get(sku)! } : null;
}

/** The reading with the talked-of product named, when sizes or colours are asked of it. */
export function withTalkedProduct(
  reading: IntentEnrichment,
  text: string,
  input: TalkedProductInput,
): IntentEnrichment {
  const e = reading.entities;
  if (e.products.length > 0 || e.order_ids.length > 0 || (e.item_refs?.length ?? 0) > 0) {
    return reading;
  }
  if (!VERSIONS.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return reading;
  if (reading.intent !== "product_question" && reading.intent !== "other") return reading;
  const product = talkedProduct(input);
  if (!product) return reading;
  return {
    ...reading,
    intent: "product_question",
    entities: { ...e, products: [product] },
  };
}
