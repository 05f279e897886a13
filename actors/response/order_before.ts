/**
 * The order a request naming none is about, in a message of several requests: the one the
 * words just before it name. A long email tells its story first ("I placed order 3001 three
 * weeks ago. The tracking hasn't moved. I would like a full refund please. Also 3002 arrived
 * damaged"): the refund is 3001's, the order the story was about — not the order the
 * context picked for the message as a whole, nor the one named after it.
 */
import type { ContextEnrichment, Entities } from "../../shared/protocol.ts";
import { orderIdsIn } from "../../domain/facts.ts";
import { quotedOnlyOrderIds } from "../../domain/email_quote.ts";

/** Where an order is named in the message: the ids written out and the references read. */
function namings(text: string, entities: Entities | null): { id: string; at: number }[] {
  const out: { id: string; at: number }[] = [];
  for (const m of text.matchAll(/\bORD-\d+\b/gi)) {
    out.push({ id: m[0].toUpperCase(), at: m.index! });
  }
  for (const r of entities?.order_refs ?? []) {
    const escaped = r.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w])`, "gi"))) {
      out.push({ id: r.id, at: m.index! });
    }
  }
  return out;
}

/**
 * The customer's order named last before `start` in `text`, or null when the request's own
 * words name one, none is named before it, or the one named is not theirs.
 */
export function orderNamedBefore(
  text: string,
  request: { text: string; start: number },
  c: ContextEnrichment | null,
  entities: Entities | null,
): string | null {
  if (!c || orderIdsIn(request.text).length > 0) return null;
  const own = namings(request.text, entities);
  if (own.length > 0) return null;
  // Where the request stands in the words as written (its offsets may be of a trimmed text).
  const found = text.indexOf(request.text);
  const start = found >= 0 ? found : request.start;
  const before = namings(text, entities).filter((n) => n.at < start)
    .sort((a, b) => b.at - a.at)[0];
  // "It still hasn't come" above our quoted "> Order ORD-1001 … shipped": the quoted order.
  const id = before?.id ?? quotedOnlyOrderIds(text)[0];
  if (!id) return null;
  return c.orders.some((o) => o.id === id) ? id : null;
}
