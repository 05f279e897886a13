/**
 * An email's reply quotes what we wrote before: "> Order ORD-1001 (Noise-Cancelling
 * Headphones) shipped…", "On Mon, Dec 7, Support wrote:" and all below it, "-----Original
 * Message-----". Those words are ours, not the customer's: read, they asked about the
 * product they name and took its order for the one meant. The message is read without
 * them (the whole when nothing else is left).
 */

/** A line quoting an earlier message. */
const QUOTED_LINE = /^[ \t]*>.*$/gm;
/** Where a quoted earlier message starts: everything from there on is quoted. */
const QUOTE_HEADER =
  /^[ \t]*(?:On\s[^\n]{4,160}\swrote:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}|From:\s[^\n]+\n\s*(?:Sent|Date):)[\s\S]*$/im;

/** The customer's own words of an email, without what it quotes of earlier messages. */
export function withoutQuoted(text: string): string {
  if (!text.includes(">") && !/wrote:|Original Message|Forwarded message|^From:/im.test(text)) {
    return text;
  }
  const own = text.replace(QUOTE_HEADER, "").replace(QUOTED_LINE, "").replace(/\n{3,}/g, "\n\n")
    .trim();
  return own.length > 0 ? own : text;
}

/** Order ids written out ("ORD-1001"). */
const ORDER_ID = /\bORD-\d+\b/gi;

/**
 * The order ids an email quotes when the customer's own words name none: "it still hasn't
 * come" below our quoted "Order ORD-1001 … shipped" is about ORD-1001. Empty when their
 * own words name an order, or nothing is quoted.
 */
export function quotedOrderIds(text: string, own: string): string[] {
  if (
    own === text || /\bORD-?\s?\d+\b|#\d{3,}|\border\s+(?:no\.?\s*|number\s*)?\d{3,}/i.test(own)
  ) {
    return [];
  }
  return [...new Set((text.match(ORDER_ID) ?? []).map((id) => id.toUpperCase()))];
}

/** The entities with the quoted order ids (`quotedOrderIds`) when their own words name none. */
export function withQuotedOrders<E extends { order_ids: string[]; order_refs?: unknown[] }>(
  entities: E,
  text: string,
  own: string,
): E {
  // "Can I add a bottle to 1003?": a number of their own names the order, not the quote.
  if (entities.order_ids.length > 0 || (entities.order_refs?.length ?? 0) > 0) return entities;
  const quoted = quotedOrderIds(text, own);
  return quoted.length > 0 ? { ...entities, order_ids: quoted } : entities;
}

/**
 * The order ids only the quoted part of an email names ("> Order ORD-1001 … shipped"), in
 * the order quoted; empty when nothing is quoted. A request of the customer's own words that
 * names no order is about one of these, even when another request names an order of its own
 * ("it still hasn't come. also add a bottle to 1003").
 */
export function quotedOnlyOrderIds(text: string): string[] {
  const own = withoutQuoted(text);
  if (own === text) return [];
  const ownIds = new Set((own.match(ORDER_ID) ?? []).map((id) => id.toUpperCase()));
  const all = (text.match(ORDER_ID) ?? []).map((id) => id.toUpperCase());
  return [...new Set(all.filter((id) => !ownIds.has(id)))];
}
