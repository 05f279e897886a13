/**
 * The store's API: zod schemas of its resources (the change requests and results are
 * `store_api_requests.ts`). The one source of these types for the demo store (`mocks/`) and
 * its client (`store_client.ts`).
 * Dates are ISO 8601 strings; amounts are numbers with two decimals in `currency`.
 */
import { z } from "zod";
import { Tier } from "./protocol.ts";

/** Customer tiers (the same enum as the protocol's). */
export { Tier };

const Iso = z.string().min(1).meta({ description: "ISO 8601 date-time", format: "date-time" });
const Money = z.number().min(0).meta({ description: "Amount with two decimals" });

/** Currencies the store sells in. */
export const Currency = z.enum(["USD", "EUR", "GBP"]).meta({ id: "Currency" });
export type Currency = z.infer<typeof Currency>;

/** A postal address. */
export const Address = z
  .object({
    name: z.string().min(1).max(120),
    line1: z.string().min(1).max(200),
    line2: z.string().max(200).nullable().default(null),
    city: z.string().min(1).max(100),
    region: z.string().max(100).nullable().default(null),
    postcode: z.string().min(1).max(20),
    country: z.string().length(2).meta({ description: "ISO 3166-1 alpha-2" }),
  })
  .meta({ id: "Address" });
export type Address = z.infer<typeof Address>;

/** Counts the agent's risk assessment reads. */
export const CustomerStats = z
  .object({
    orders: z.number().int(),
    refunds: z.number().int(),
    returns: z.number().int(),
    complaints: z.number().int(),
    /** Refunded or returned orders over delivered ones, 0…1. */
    refund_rate: z.number().min(0).max(1),
  })
  .meta({ id: "CustomerStats" });
export type CustomerStats = z.infer<typeof CustomerStats>;

/** A customer of the store. */
export const Customer = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    tier: Tier,
    phone: z.string().nullable(),
    since: Iso,
    currency: Currency,
    address: Address,
    lifetime_value: Money,
    credit_balance: Money,
    stats: CustomerStats,
  })
  .meta({ id: "Customer" });
export type Customer = z.infer<typeof Customer>;

/** Lifecycle of an order: pending → processing → shipped → delivered, or a side exit. */
export const OrderStatus = z
  .enum(["pending", "processing", "shipped", "delivered", "cancelled", "returned", "refunded"])
  .meta({ id: "OrderStatus" });
export type OrderStatus = z.infer<typeof OrderStatus>;

/** State of an order's payment. */
export const PaymentStatus = z
  .enum(["pending", "paid", "failed", "partially_refunded", "refunded"])
  .meta({ id: "PaymentStatus" });
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/** Shipping speeds; express and overnight cost a fee unless the customer is gold or vip. */
export const ShippingMethod = z.enum(["standard", "express", "overnight"]).meta({
  id: "ShippingMethod",
});
export type ShippingMethod = z.infer<typeof ShippingMethod>;

/** One line of an order; `price` is the unit price. */
export const OrderItem = z
  .object({ sku: z.string(), name: z.string(), quantity: z.number().int().min(1), price: Money })
  .meta({ id: "OrderItem" });
export type OrderItem = z.infer<typeof OrderItem>;

/** A note on an order or a customer. */
export const Note = z
  .object({
    id: z.string(),
    at: Iso,
    author: z.enum(["agent", "staff", "customer", "system"]),
    text: z.string(),
  })
  .meta({ id: "Note" });
export type Note = z.infer<typeof Note>;

/** A refund paid back to the customer. */
export const Refund = z
  .object({
    id: z.string(),
    amount: Money,
    currency: Currency,
    reason: z.string(),
    status: z.enum(["processing", "completed"]),
    created_at: Iso,
    expected_by: Iso,
  })
  .meta({ id: "Refund" });
export type Refund = z.infer<typeof Refund>;

/** A return the customer asked for, with its prepaid label. */
export const ReturnRequest = z
  .object({
    id: z.string(),
    requested_at: Iso,
    reason: z.string(),
    items: z.array(z.object({ sku: z.string(), quantity: z.number().int().min(1) })),
    status: z.enum(["label_issued", "in_transit", "received"]),
    label_url: z.string(),
  })
  .meta({ id: "ReturnRequest" });
export type ReturnRequest = z.infer<typeof ReturnRequest>;

/** A replacement sent for an order whose parcel was lost or whose items arrived damaged or wrong. */
export const Replacement = z
  .object({
    id: z.string(),
    created_at: Iso,
    /** Why the order is replaced. */
    issue: z.enum(["lost", "damaged", "wrong_item", "missing_item"]),
    reason: z.string(),
    items: z.array(z.object({ sku: z.string(), quantity: z.number().int().min(1) })),
    status: z.enum(["processing", "shipped"]),
    /** When the replacement is expected to arrive. */
    eta: Iso,
  })
  .meta({ id: "Replacement" });
export type Replacement = z.infer<typeof Replacement>;

/** What can be done with an order now, computed from the rules and the clock. */
export const OrderPolicy = z
  .object({
    can_cancel: z.boolean(),
    can_change_address: z.boolean(),
    can_modify_items: z.boolean(),
    can_expedite: z.boolean(),
    can_return: z.boolean(),
    can_refund: z.boolean(),
    can_replace: z.boolean(),
    return_deadline: Iso.nullable(),
    refund_deadline: Iso.nullable(),
    refundable_amount: Money,
  })
  .meta({ id: "OrderPolicy" });
export type OrderPolicy = z.infer<typeof OrderPolicy>;

/** An order with its lines, payment, shipping and after-sales state. */
export const Order = z
  .object({
    id: z.string(),
    customer_id: z.string(),
    status: OrderStatus,
    placed_at: Iso,
    updated_at: Iso,
    currency: Currency,
    items: z.array(OrderItem),
    subtotal: Money,
    shipping_fee: Money,
    total: Money,
    payment_method: z.enum(["card", "paypal", "apple_pay", "bank_transfer"]),
    payment_status: PaymentStatus,
    paid_amount: Money,
    refunded_amount: Money,
    shipping_address: Address,
    shipping_method: ShippingMethod,
    expedited: z.boolean(),
    tracking_number: z.string().nullable(),
    carrier: z.string().nullable(),
    shipped_at: Iso.nullable(),
    delivered_at: Iso.nullable(),
    eta: Iso.nullable(),
    cancelled_at: Iso.nullable(),
    /** A problem the customer reported about the delivered goods. */
    reported_issue: z.enum(["damaged", "wrong_item", "missing_item"]).nullable(),
    return_request: ReturnRequest.nullable(),
    /** The replacement sent for this order, if any (an order is replaced or refunded once). */
    replacement: Replacement.nullable(),
    refunds: z.array(Refund),
    notes: z.array(Note),
    policy: OrderPolicy,
  })
  .meta({ id: "Order" });
export type Order = z.infer<typeof Order>;

/** Carrier states of a parcel. */
export const TrackingStatus = z
  .enum(["label_created", "in_transit", "exception", "out_for_delivery", "delivered", "lost"])
  .meta({ id: "TrackingStatus" });
export type TrackingStatus = z.infer<typeof TrackingStatus>;

/** One carrier scan. */
export const TrackingEvent = z
  .object({ at: Iso, status: TrackingStatus, location: z.string(), description: z.string() })
  .meta({ id: "TrackingEvent" });
export type TrackingEvent = z.infer<typeof TrackingEvent>;

/** A carrier trace opened for a late or lost parcel. */
export const Investigation = z
  .object({
    id: z.string(),
    opened_at: Iso,
    status: z.enum(["open", "resolved"]),
    reason: z.string(),
    expected_resolution_at: Iso,
  })
  .meta({ id: "Investigation" });
export type Investigation = z.infer<typeof Investigation>;

/** A parcel's tracking, newest event last. */
export const Tracking = z
  .object({
    number: z.string(),
    order_id: z.string(),
    carrier: z.string(),
    service: ShippingMethod,
    status: TrackingStatus,
    eta: Iso.nullable(),
    expedited: z.boolean(),
    events: z.array(TrackingEvent),
    last_scan_at: Iso.nullable(),
    /** Whole days since the last scan, by the store's clock. */
    days_since_last_scan: z.number().int().nullable(),
    destination: z.string(),
    investigation: Investigation.nullable(),
  })
  .meta({ id: "Tracking" });
export type Tracking = z.infer<typeof Tracking>;

/**
 * An order with its parcel's tracking (`GET /orders/{id}?include=tracking`): one call
 * instead of two. `tracking` is null when the order has no parcel (or the tracking service
 * failed: `tracking_error` says so); absent when the store does not know `include`.
 */
export const OrderWithTracking = Order
  .extend({
    tracking: Tracking.nullable().optional(),
    tracking_error: z.string().nullable().optional(),
  })
  .meta({ id: "OrderWithTracking" });
export type OrderWithTracking = z.infer<typeof OrderWithTracking>;

/** A product of the catalogue; prices are in USD. */
export const Product = z
  .object({
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    description: z.string(),
    price: Money,
    currency: Currency,
    stock: z.number().int().min(0),
    in_stock: z.boolean(),
    rating: z.number().min(0).max(5),
    warranty_months: z.number().int().min(0),
  })
  .meta({ id: "Product" });
export type Product = z.infer<typeof Product>;

/** Kinds of support history. */
export const HistoryKind = z
  .enum([
    "inquiry",
    "complaint",
    "refund",
    "return",
    "cancellation",
    "note",
    "callback",
    "credit",
    "expedite",
    "investigation",
    "order_change",
    "tier_change",
  ])
  .meta({ id: "HistoryKind" });
export type HistoryKind = z.infer<typeof HistoryKind>;

/** One past contact or after-sales event of a customer, newest first in lists. */
export const HistoryEntry = z
  .object({
    id: z.string(),
    at: Iso,
    kind: HistoryKind,
    channel: z.enum(["chat", "email", "phone", "system"]),
    summary: z.string(),
    order_id: z.string().nullable(),
  })
  .meta({ id: "HistoryEntry" });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A goodwill credit on the customer's account. */
export const Credit = z
  .object({
    id: z.string(),
    at: Iso,
    amount: Money,
    currency: Currency,
    reason: z.string(),
    order_id: z.string().nullable(),
  })
  .meta({ id: "Credit" });
export type Credit = z.infer<typeof Credit>;

/** A scheduled call back by a human. */
export const Callback = z
  .object({ id: z.string(), scheduled_for: Iso, phone: z.string(), topic: z.string() })
  .meta({ id: "Callback" });
export type Callback = z.infer<typeof Callback>;

/** The fee of an expedite; waived for gold and vip. */
export const Fee = z
  .object({ amount: Money, currency: Currency, waived: z.boolean(), reason: z.string() })
  .meta({ id: "Fee" });
export type Fee = z.infer<typeof Fee>;
