/**
 * The store's API, continued: the change requests it takes and the results it gives
 * (the resources they name are `store_api.ts`).
 */
import { z } from "zod";
import {
  Address,
  Callback,
  Credit,
  Currency,
  Customer,
  Fee,
  Investigation,
  Note,
  Order,
  OrderItem,
  Refund,
  Replacement,
  ReturnRequest,
  Tier,
  Tracking,
} from "./store_api.ts";

const Iso = z.string().min(1).meta({ description: "ISO 8601 date-time", format: "date-time" });
const Money = z.number().min(0).meta({ description: "Amount with two decimals" });

// ---------------------------------------------------------------------------
// Changes: request bodies, results, refusals and the ledger.

/** The changes the store can make; each lands in the ledger. */
export const STORE_ACTIONS = [
  "cancel_order",
  "modify_items",
  "change_address",
  "return_item",
  "return_label",
  "refund",
  "replacement",
  "expedite_order",
  "expedite_tracking",
  "carrier_investigation",
  "order_note",
  "customer_note",
  "schedule_callback",
  "goodwill_credit",
  "change_tier",
] as const;
/** One change the store can make. */
export const StoreAction = z.enum(STORE_ACTIONS).meta({ id: "StoreAction" });
export type StoreAction = z.infer<typeof StoreAction>;

/** The customer on whose behalf a change is made; the store checks the order is theirs. */
const customerId = z.string().min(1).optional().meta({
  description: "Acting customer; may also come as header X-Customer-Id",
});
const reason = z.string().min(1).max(500);

/** Body of `POST /orders/{id}/cancel`. */
export const CancelRequest = z
  .object({ customer_id: customerId, reason: reason.optional() })
  .meta({ id: "CancelRequest" });
export type CancelRequest = z.infer<typeof CancelRequest>;

/** Body of `POST /orders/{id}/items`: sets each listed sku's quantity (0 removes it). */
export const ItemsRequest = z
  .object({
    customer_id: customerId,
    items: z
      .array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(0).max(20) }))
      .min(1)
      .max(20),
  })
  .meta({ id: "ItemsRequest" });
export type ItemsRequest = z.infer<typeof ItemsRequest>;

/** Body of `POST /orders/{id}/address`. */
export const AddressChangeRequest = z
  .object({ customer_id: customerId, address: Address })
  .meta({ id: "AddressChangeRequest" });
export type AddressChangeRequest = z.input<typeof AddressChangeRequest>;

/** Body of `POST /orders/{id}/return`; no items means every item. */
export const ReturnRequestBody = z
  .object({
    customer_id: customerId,
    reason,
    items: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1) }))
      .optional(),
  })
  .meta({ id: "ReturnRequestBody" });
export type ReturnRequestBody = z.infer<typeof ReturnRequestBody>;

/** Body of `POST /orders/{id}/return-label`. */
export const ReturnLabelRequest = z
  .object({ customer_id: customerId })
  .meta({ id: "ReturnLabelRequest" });
export type ReturnLabelRequest = z.infer<typeof ReturnLabelRequest>;

/** Body of `POST /orders/{id}/refund`; no amount means all that is refundable. */
export const RefundRequest = z
  .object({ customer_id: customerId, amount: z.number().positive().optional(), reason })
  .meta({ id: "RefundRequest" });
export type RefundRequest = z.infer<typeof RefundRequest>;

/**
 * Body of `POST /orders/{id}/replacement`: a lost parcel, or a delivered order whose items
 * arrived damaged, wrong or incomplete (`reported_issue` records the customer's report if the
 * order has none).
 */
export const ReplacementRequest = z
  .object({
    customer_id: customerId,
    reason,
    reported_issue: z.enum(["damaged", "wrong_item", "missing_item"]).optional(),
    /** The items sent again (the one that came wrong of several); absent: all of the order. */
    items: z.array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1) }))
      .optional(),
  })
  .meta({ id: "ReplacementRequest" });
export type ReplacementRequest = z.infer<typeof ReplacementRequest>;

/** Body of `POST /orders/{id}/expedite` and `POST /tracking/{number}/expedite`. */
export const ExpediteRequest = z
  .object({ customer_id: customerId, method: z.enum(["express", "overnight"]).default("express") })
  .meta({ id: "ExpediteRequest" });
export type ExpediteRequest = z.input<typeof ExpediteRequest>;

/** Body of `POST /tracking/{number}/investigation`. */
export const InvestigationRequest = z
  .object({ customer_id: customerId, reason: reason.optional() })
  .meta({ id: "InvestigationRequest" });
export type InvestigationRequest = z.infer<typeof InvestigationRequest>;

/** Body of `POST /orders/{id}/notes` and `POST /customers/{id}/notes`. */
export const NoteRequest = z
  .object({
    customer_id: customerId,
    text: z.string().min(1).max(2000),
    author: z.enum(["agent", "staff", "customer", "system"]).default("agent"),
  })
  .meta({ id: "NoteRequest" });
export type NoteRequest = z.input<typeof NoteRequest>;

/** Body of `POST /customers/{id}/callbacks`; no time means the next free slot. */
export const CallbackRequest = z
  .object({
    customer_id: customerId,
    topic: z.string().min(1).max(500),
    phone: z.string().min(5).max(30).optional(),
    at: Iso.optional(),
  })
  .meta({ id: "CallbackRequest" });
export type CallbackRequest = z.infer<typeof CallbackRequest>;

/** Body of `POST /customers/{id}/credit`: a goodwill credit within the tier's limit. */
export const CreditRequest = z
  .object({
    customer_id: customerId,
    amount: z.number().positive().max(10_000),
    reason,
    order_id: z.string().min(1).optional(),
  })
  .meta({ id: "CreditRequest" });
export type CreditRequest = z.infer<typeof CreditRequest>;

/** Body of `POST /customers/{id}/tier` (staff only: header X-Staff-Token). */
export const TierRequest = z
  .object({ tier: Tier, reason: reason.optional() })
  .meta({ id: "TierRequest" });
export type TierRequest = z.infer<typeof TierRequest>;

/** The result of a change: what was done, plus the changed resource where there is one. */
export const ActionOutcome = z
  .object({
    ledger_id: z.string(),
    action: StoreAction,
    /** The order id, tracking number or customer id changed. */
    target: z.string(),
    customer_id: z.string(),
    at: Iso,
    /** One sentence for the reply, e.g. "Order ORD-1003 was cancelled". */
    detail: z.string(),
    order: Order.nullable().default(null),
    tracking: Tracking.nullable().default(null),
    customer: Customer.nullable().default(null),
    refund: Refund.nullable().default(null),
    return_request: ReturnRequest.nullable().default(null),
    replacement: Replacement.nullable().default(null),
    fee: Fee.nullable().default(null),
    investigation: Investigation.nullable().default(null),
    note: Note.nullable().default(null),
    credit: Credit.nullable().default(null),
    callback: Callback.nullable().default(null),
  })
  .meta({ id: "ActionOutcome" });
export type ActionOutcome = z.infer<typeof ActionOutcome>;

/** One change the store made. */
export const LedgerEntry = z
  .object({
    id: z.string(),
    at: Iso,
    action: StoreAction,
    target: z.string(),
    idempotency_key: z.string(),
    customer_id: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "LedgerEntry" });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** An order's refunds and what can still be refunded. */
export const RefundStatus = z
  .object({
    order_id: z.string(),
    currency: Currency,
    paid_amount: Money,
    refunded_amount: Money,
    refundable_amount: Money,
    refund_deadline: Iso.nullable(),
    refunds: z.array(Refund),
  })
  .meta({ id: "RefundStatus" });
export type RefundStatus = z.infer<typeof RefundStatus>;

/** An order's invoice. */
export const Invoice = z
  .object({
    number: z.string(),
    order_id: z.string(),
    issued_at: Iso,
    billed_to: Address,
    lines: z.array(OrderItem.extend({ line_total: Money })),
    subtotal: Money,
    shipping_fee: Money,
    total: Money,
    currency: Currency,
    url: z.string(),
  })
  .meta({ id: "Invoice" });
export type Invoice = z.infer<typeof Invoice>;

/** A customer's goodwill credits and what the tier still allows this month. */
export const CreditsView = z
  .object({
    customer_id: z.string(),
    currency: Currency,
    balance: Money,
    limit_30d: Money,
    issued_30d: Money,
    credits: z.array(Credit),
  })
  .meta({ id: "CreditsView" });
export type CreditsView = z.infer<typeof CreditsView>;

/** An RFC 9457 problem: every 4xx and 5xx body; `detail` states the rule. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    /** Machine-readable reason, e.g. `already_shipped`. */
    code: z.string().optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

// ---------------------------------------------------------------------------
// Operations of the demo store (`/admin/*`, `/health`).

/** The services of the demo store; faults are set per service. */
export const STORE_SERVICES = ["customers", "orders", "tracking", "products"] as const;

/** Added latency and error rate of one service. */
export const FaultSetting = z
  .object({
    latency_ms: z.number().int().min(0).max(60_000).default(0),
    error_rate: z.number().min(0).max(1).default(0),
  })
  .meta({ id: "FaultSetting" });
export type FaultSetting = z.infer<typeof FaultSetting>;

const FaultPatch = z.object({
  latency_ms: z.number().int().min(0).max(60_000).optional(),
  error_rate: z.number().min(0).max(1).optional(),
});

/** Body of `POST /admin/faults`: settings per service, or `all` for every service. */
export const FaultsUpdate = z
  .object({
    all: FaultPatch.optional(),
    customers: FaultPatch.optional(),
    orders: FaultPatch.optional(),
    tracking: FaultPatch.optional(),
    products: FaultPatch.optional(),
  })
  .strict()
  .meta({ id: "FaultsUpdate" });
export type FaultsUpdate = z.infer<typeof FaultsUpdate>;

/** The faults in force, per service. */
export const FaultsState = z
  .object({
    customers: FaultSetting,
    orders: FaultSetting,
    tracking: FaultSetting,
    products: FaultSetting,
  })
  .meta({ id: "FaultsState" });
export type FaultsState = z.infer<typeof FaultsState>;

/** `GET /health` of the demo store. */
export const StoreHealth = z
  .object({
    status: z.literal("ok"),
    customers: z.number().int(),
    orders: z.number().int(),
    seeded_at: Iso,
    changes: z.number().int(),
  })
  .meta({ id: "StoreHealth" });
export type StoreHealth = z.infer<typeof StoreHealth>;
