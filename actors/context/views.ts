/**
 * Maps the store's resources onto the views the context carries: only what the reply
 * needs (no payment details, no full address), so less private data travels the mesh.
 */
import type { CustomerView, OrderView, TrackingView } from "../../shared/protocol.ts";
import type {
  Customer,
  CustomerStats,
  HistoryEntry,
  Order,
  Tracking,
} from "../../shared/store_api.ts";

/** One entry of the support history as the context carries it. */
export interface HistoryView {
  at: string;
  kind: string;
  summary: string;
}

/** The customer part of the context: what is cached per customer. */
export interface CustomerPart {
  customer: CustomerView;
  stats: CustomerStats;
  /** Newest first, at most `MAX_ORDERS`. */
  orders: OrderView[];
  /** Newest first, at most `MAX_HISTORY`. */
  history: HistoryView[];
}

/** Recent orders kept in the context. */
export const MAX_ORDERS = 10;
/** Support history entries kept in the context. */
export const MAX_HISTORY = 10;

/** The customer as the context sees it. */
export function toCustomerView(c: Customer): CustomerView {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    tier: c.tier,
    since: c.since,
    lifetime_value: c.lifetime_value,
  };
}

/** An order as the context sees it: its lines, state and dates, only the city of the address. */
export function toOrderView(o: Order): OrderView {
  return {
    id: o.id,
    status: o.status,
    placed_at: o.placed_at,
    total: o.total,
    currency: o.currency,
    items: o.items.map((i) => ({
      sku: i.sku,
      name: i.name,
      quantity: i.quantity,
      price: i.price,
    })),
    tracking_number: o.tracking_number,
    carrier: o.carrier,
    shipped_at: o.shipped_at,
    delivered_at: o.delivered_at,
    eta: o.eta,
    payment_status: o.payment_status,
    refunded_amount: o.refunded_amount,
    payment_method: o.payment_method,
    paid_amount: o.paid_amount,
    shipping_fee: o.shipping_fee,
    refunds: o.refunds.map((r) => ({
      amount: r.amount,
      reason: r.reason,
      status: r.status,
      created_at: r.created_at,
      expected_by: r.expected_by,
    })),
    return_status: o.return_request?.status ?? null,
    shipping_city: o.shipping_address.city,
    reported_issue: o.reported_issue,
    return_id: o.return_request?.id ?? null,
    replacement_id: o.replacement?.id ?? null,
    replacement_eta: o.replacement?.eta ?? null,
  };
}

/** A parcel's tracking as the context sees it: the last scan and how long ago it was. */
export function toTrackingView(t: Tracking): TrackingView {
  const last = t.events.at(-1) ?? null;
  return {
    number: t.number,
    carrier: t.carrier,
    status: t.status,
    eta: t.eta,
    last_event: last
      ? { at: last.at, status: last.status, location: last.location, description: last.description }
      : null,
    days_since_last_scan: t.days_since_last_scan,
  };
}

/** A history entry as the context sees it; the order it concerns is named in the summary. */
export function toHistoryView(h: HistoryEntry): HistoryView {
  const about = h.order_id && !h.summary.includes(h.order_id) ? ` (${h.order_id})` : "";
  return { at: h.at, kind: h.kind, summary: `${h.summary}${about}` };
}

/** Orders newest first. */
export function newestFirst(orders: OrderView[]): OrderView[] {
  return [...orders].sort((a, b) => b.placed_at.localeCompare(a.placed_at));
}
