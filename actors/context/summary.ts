/**
 * The one-line summary of a context: who is asking, about which order, its state, and
 * the risk. Read by the reply, the guardrail and a human taking the conversation over.
 */
import type { ContextEnrichment } from "../../shared/protocol.ts";

type Parts =
  & Pick<
    ContextEnrichment,
    "guest" | "customer" | "orders" | "order" | "order_lookup" | "tracking" | "risk" | "notes"
  >
  & { candidates?: readonly string[] };

/** Writes the one-line summary of a context. */
export function summarize(c: Parts, askedOrderId: string | null): string {
  const who = c.customer
    ? `${c.customer.name} (${c.customer.tier}${since(c.customer.since)}), ${
      count(c.orders.length, "recent order")
    }`
    : "Guest (not signed in)";
  const parts = [who, aboutOrder(c, askedOrderId)];
  if (!c.guest) {
    parts.push(
      `risk ${c.risk.level}${c.risk.reasons.length ? ` (${c.risk.reasons.join(", ")})` : ""}`,
    );
  }
  if (c.notes.length > 0) parts.push(`partial context: ${count(c.notes.length, "note")}`);
  return parts.filter(Boolean).join("; ");
}

function aboutOrder(c: Parts, asked: string | null): string {
  switch (c.order_lookup) {
    case "found": {
      const o = c.order!;
      const bits = [o.status];
      if (c.tracking) {
        const t = c.tracking;
        bits.push(`${t.carrier} ${t.number} ${t.status.replaceAll("_", " ")}`);
        if (t.last_event) bits.push(`last scan ${t.last_event.location}`);
        if (t.days_since_last_scan !== null && t.days_since_last_scan > 0) {
          bits.push(`${count(t.days_since_last_scan, "day")} since the last scan`);
        }
      }
      const eta = c.tracking?.eta ?? o.eta ?? null;
      if (eta && o.status !== "delivered") bits.push(`ETA ${eta.slice(0, 10)}`);
      if (o.delivered_at) bits.push(`delivered ${o.delivered_at.slice(0, 10)}`);
      return `asking about ${o.id}: ${bits.join(", ")}`;
    }
    case "not_yours":
      return `asked about ${asked ?? "an order"}, which is not on their account`;
    case "ambiguous":
      return `asked about an order that could be ${(c.candidates ?? []).join(" or ")}`;
    case "not_found":
      return `asked about ${asked ?? "an order"}, which does not exist`;
    default:
      return asked && c.guest ? `asked about ${asked} (not looked up for a guest)` : "";
  }
}

function since(iso: string | undefined): string {
  return iso ? `, customer since ${iso.slice(0, 4)}` : "";
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
