/**
 * Builders of the demo store's records, shared by the demo cast and the seeded generator,
 * so that totals, payments and tracking events are always consistent.
 */
import type {
  Address,
  Currency,
  OrderStatus,
  PaymentStatus,
  Product,
  Refund,
  ReturnRequest,
  ShippingMethod,
  TrackingEvent,
  TrackingStatus,
} from "../shared/store_api.ts";
import { CATALOGUE, FX } from "./catalogue.ts";
import type { Rng } from "./random.ts";
import {
  FREE_SHIPPING_THRESHOLD,
  REFUND_PROCESSING_DAYS,
  SHIPPING_FEES_USD as POLICY_SHIPPING_FEES,
} from "../domain/policy.ts";
import { addDays, addHours, type CustomerRecord, money, type OrderRecord } from "./types.ts";
import type { TrackingRecord } from "./types.ts";

/** Builds the product catalogue; stock and ratings come from the seeded generator. */
export function buildProducts(rng: Rng): Product[] {
  const out: Product[] = [];
  for (const [category, { code, products }] of Object.entries(CATALOGUE)) {
    products.forEach(([name, price, warranty], i) => {
      const stock = rng.chance(0.1) ? 0 : rng.int(3, 250);
      out.push({
        sku: `${code}-${101 + i}`,
        name,
        category,
        description: `${name} from our ${category.toLowerCase()} range, with a ${warranty}-month ` +
          "warranty and 30-day returns.",
        price,
        currency: "USD",
        stock,
        in_stock: stock > 0,
        rating: Math.round((3.4 + rng.float() * 1.6) * 10) / 10,
        warranty_months: warranty,
      });
    });
  }
  return out;
}

/** Shipping fees in USD by method; standard is free from 50 USD. */
export const SHIPPING_FEES_USD: Readonly<Record<ShippingMethod, number>> = POLICY_SHIPPING_FEES;

/** What an order is made of before its amounts are computed. */
export interface OrderSpec {
  id: string;
  customer: CustomerRecord;
  placedAt: Date;
  status: OrderStatus;
  lines: readonly (readonly [Product, number])[];
  paymentStatus: PaymentStatus;
  paymentMethod?: OrderRecord["payment_method"];
  shippingMethod?: ShippingMethod;
  shippedAt?: Date | null;
  deliveredAt?: Date | null;
  eta?: Date | null;
  cancelledAt?: Date | null;
  trackingNumber?: string | null;
  carrier?: string | null;
  reportedIssue?: OrderRecord["reported_issue"];
  refunds?: Refund[];
  returnRequest?: ReturnRequest | null;
  updatedAt?: Date;
}

/** Price of a product in a currency. */
export function priceIn(product: Product, currency: Currency): number {
  return money(product.price * FX[currency]);
}

/** Shipping fee of an order of `subtotal` (in `currency`). */
export function shippingFee(method: ShippingMethod, subtotal: number, currency: Currency): number {
  if (method === "standard" && subtotal >= money(FREE_SHIPPING_THRESHOLD * FX[currency])) return 0;
  return money(SHIPPING_FEES_USD[method] * FX[currency]);
}

/** Builds an order with consistent amounts. */
export function makeOrder(s: OrderSpec): OrderRecord {
  const currency = s.customer.currency;
  const items = s.lines.map(([p, quantity]) => ({
    sku: p.sku,
    name: p.name,
    quantity,
    price: priceIn(p, currency),
  }));
  const subtotal = money(items.reduce((sum, it) => sum + it.price * it.quantity, 0));
  const method = s.shippingMethod ?? "standard";
  const fee = shippingFee(method, subtotal, currency);
  const total = money(subtotal + fee);
  const refunds = s.refunds ?? [];
  const paid = s.paymentStatus === "pending" || s.paymentStatus === "failed" ? 0 : total;
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const updated = s.updatedAt ?? s.deliveredAt ?? s.cancelledAt ?? s.shippedAt ?? s.placedAt;
  return {
    id: s.id,
    customer_id: s.customer.id,
    status: s.status,
    placed_at: s.placedAt.toISOString(),
    updated_at: updated.toISOString(),
    currency,
    items,
    subtotal,
    shipping_fee: fee,
    total,
    payment_method: s.paymentMethod ?? "card",
    payment_status: s.paymentStatus,
    paid_amount: paid,
    refunded_amount: money(refunds.reduce((sum, r) => sum + r.amount, 0)),
    shipping_address: { ...s.customer.address },
    shipping_method: method,
    expedited: method !== "standard",
    tracking_number: s.trackingNumber ?? null,
    carrier: s.carrier ?? null,
    shipped_at: iso(s.shippedAt),
    delivered_at: iso(s.deliveredAt),
    eta: iso(s.eta),
    cancelled_at: iso(s.cancelledAt),
    reported_issue: s.reportedIssue ?? null,
    return_request: s.returnRequest ?? null,
    replacement: null,
    refunds,
    notes: [],
  };
}

/** A refund record. */
export function makeRefund(o: {
  id: string;
  amount: number;
  currency: Currency;
  at: Date;
  reason: string;
  now: Date;
}): Refund {
  const expected = addDays(o.at, REFUND_DAYS);
  return {
    id: o.id,
    amount: money(o.amount),
    currency: o.currency,
    reason: o.reason,
    status: expected <= o.now ? "completed" : "processing",
    created_at: o.at.toISOString(),
    expected_by: expected.toISOString(),
  };
}

/** Days a refund takes to reach the customer's account. */
export const REFUND_DAYS: number = REFUND_PROCESSING_DAYS;

/** A carrier scan. */
export function scan(
  at: Date,
  status: TrackingStatus,
  location: string,
  description: string,
): TrackingEvent {
  return { at: at.toISOString(), status, location, description };
}

/** Builds a parcel from its events (oldest first); the last event gives the status. */
export function makeTracking(o: {
  number: string;
  order: OrderRecord;
  carrier: string;
  events: TrackingEvent[];
  eta: Date | null;
  status?: TrackingStatus;
}): TrackingRecord {
  const last = o.events[o.events.length - 1] ?? null;
  const a: Address = o.order.shipping_address;
  return {
    number: o.number,
    order_id: o.order.id,
    carrier: o.carrier,
    service: o.order.shipping_method,
    status: o.status ?? last?.status ?? "label_created",
    eta: o.eta ? o.eta.toISOString() : null,
    expedited: o.order.expedited,
    events: o.events,
    last_scan_at: last?.at ?? null,
    destination: `${a.city}, ${a.country}`,
    investigation: null,
  };
}

/** Routine scans from shipping until `until` (a scan about every day), oldest first. */
export function transitScans(
  rng: Rng,
  shippedAt: Date,
  until: Date,
  hubs: readonly string[],
): TrackingEvent[] {
  const events = [scan(addHours(shippedAt, -3), "label_created", hubs[0], "Label created")];
  events.push(scan(shippedAt, "in_transit", hubs[0], "Picked up by the carrier"));
  let t = addHours(shippedAt, rng.int(14, 30));
  while (t < until) {
    events.push(scan(t, "in_transit", rng.pick(hubs), "Departed sorting facility"));
    t = addHours(t, rng.int(16, 34));
  }
  return events;
}
