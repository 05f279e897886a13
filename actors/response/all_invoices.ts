/**
 * "I need invoices for all my orders for taxes": where each order's invoice is, one line an
 * order — not the invoice of the one order the reply happened to pick. An unpaid order's is
 * issued once paid; a cancelled order has none. Null unless every order (or "all of them")
 * is asked for and the customer has two orders or more. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** "All my orders", "every order", "each of my orders", "all of them", "all the invoices". */
const EVERY_ORDER =
  /\b(?:all|every|each)\s+(?:of\s+)?(?:my|our|the|these|those)?\s*(?:orders?|purchases?|invoices|receipts)\b|\b(?:invoices?|receipts?)\s+for\s+(?:all|every|each|both)\b|\ball of them\b/i;

/** One order's invoice, in a sentence. */
function invoiceSentence(o: OrderView): string {
  if (o.status === "cancelled") return `Order ${o.id} was cancelled, so there's no invoice for it.`;
  if (o.payment_status === "pending") {
    return `Order ${o.id} hasn't been paid yet, so its invoice is issued once the payment arrives.`;
  }
  const where = `The invoice for order ${o.id} is on the order's page in your account`;
  return o.status === "shipped" || o.status === "delivered"
    ? `${where}, and we emailed it to you when the order shipped.`
    : `${where}; we email it to you too once the order ships.`;
}

/** The invoices of every order of the customer, or null when not all are asked for. */
export function allInvoices(v: TurnView, tone: Tone): Draft | null {
  const orders = v.context?.orders ?? [];
  if (v.guest || orders.length < 2 || !EVERY_ORDER.test(v.text)) return null;
  return draft("invoice_request", tone, [
    opener(v, tone),
    ...[...orders].sort((a, b) => a.id.localeCompare(b.id)).map(invoiceSentence),
    closer(v),
  ]);
}
