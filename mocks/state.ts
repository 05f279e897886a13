/**
 * The demo store's in-memory state: the seeded records, indexes, the views computed on
 * read (order policy, customer stats, days since the last scan) and the action ledger.
 */
import type { Customer, Order, Product, Tracking } from "../shared/store_api.ts";
import type { LedgerEntry, StoreAction } from "../shared/store_api_requests.ts";
import { DEFAULT_SEED, generateDataset } from "./data.ts";
import { notFound, Refusal } from "./problem.ts";
import {
  checkAddress,
  checkCancel,
  checkExpedite,
  checkItems,
  checkRefund,
  checkReplacement,
  checkReturn,
  REFUND_WINDOW_DAYS,
  refundable,
  RETURN_WINDOW_DAYS,
} from "./rules.ts";
import { addDays, daysBetween, money } from "./types.ts";
import type {
  CustomerRecord,
  Dataset,
  HistoryRecord,
  OrderRecord,
  TrackingRecord,
} from "./types.ts";

/** What a change writes to the ledger and the customer's history. */
export interface CommitInput {
  action: StoreAction;
  target: string;
  customerId: string | null;
  idempotencyKey: string;
  details: Record<string, unknown>;
  history?: Pick<HistoryRecord, "kind" | "summary" | "order_id">;
}

/** Hears every change of a `StoreState` (what `persist.ts` saves). */
export interface StateListener {
  /** A change was made and written to the ledger (`c.customerId`'s records may differ). */
  committed(c: CommitInput, entry: LedgerEntry): void;
  /** The state went back to the seeded data. */
  reset(): void;
}

/** What a restart gets back: the records, the ledger and the id counters. */
export interface SavedState {
  data: Dataset;
  ledger: LedgerEntry[];
  counters: Record<string, number>;
}

/** The store's records and ledger; `reset()` goes back to the seeded data. */
export class StoreState {
  readonly #clock: () => Date;
  readonly #seed: number;
  #data!: Dataset;
  #customers = new Map<string, CustomerRecord>();
  #emails = new Map<string, string>();
  #orders = new Map<string, OrderRecord>();
  #byCustomer = new Map<string, OrderRecord[]>();
  #tracking = new Map<string, TrackingRecord>();
  #products = new Map<string, Product>();
  #ledger: LedgerEntry[] = [];
  #counters = new Map<string, number>();
  #listeners: StateListener[] = [];

  constructor(opts: { clock: () => Date; seed?: number }) {
    this.#clock = opts.clock;
    this.#seed = opts.seed ?? DEFAULT_SEED;
    this.reset();
  }

  /** Regenerates the seeded data relative to the clock now and clears the ledger. */
  reset(): void {
    this.#load(generateDataset({ now: this.#clock(), seed: this.#seed }));
    for (const l of this.#listeners) l.reset();
  }

  /** The seed the data was generated from. */
  get seed(): number {
    return this.#seed;
  }

  /** Tells `listener` about every change and reset from now on. */
  listen(listener: StateListener): void {
    this.#listeners.push(listener);
  }

  /** Takes back a saved state (records, ledger, id counters), as after a restart. */
  restore(saved: SavedState): void {
    this.#load(saved.data);
    this.#ledger = [...saved.ledger];
    for (const [prefix, n] of Object.entries(saved.counters)) {
      this.#counters.set(prefix, Math.max(this.#counters.get(prefix) ?? 0, n));
    }
  }

  /** The last number `nextId` gave out, per prefix. */
  get counters(): Record<string, number> {
    return Object.fromEntries(this.#counters);
  }

  /** The records a change for one customer can touch: theirs, their orders and parcels. */
  recordsOf(customerId: string): {
    customer: CustomerRecord | null;
    orders: OrderRecord[];
    tracking: TrackingRecord[];
  } {
    const orders = this.#byCustomer.get(customerId) ?? [];
    return {
      customer: this.#customers.get(customerId) ?? null,
      orders,
      tracking: orders.map((o) => this.parcelOf(o)).filter((t): t is TrackingRecord => t !== null),
    };
  }

  #load(data: Dataset): void {
    this.#data = data;
    this.#customers = new Map(data.customers.map((c) => [c.id, c]));
    this.#emails = new Map(data.customers.map((c) => [c.email.toLowerCase(), c.id]));
    this.#orders = new Map(data.orders.map((o) => [o.id, o]));
    this.#byCustomer = new Map();
    for (const o of data.orders) {
      const list = this.#byCustomer.get(o.customer_id) ?? [];
      list.push(o);
      this.#byCustomer.set(o.customer_id, list);
    }
    this.#tracking = new Map(data.tracking.map((t) => [t.number, t]));
    this.#products = new Map(data.products.map((p) => [p.sku, p]));
    this.#ledger = [];
    this.#counters = new Map();
    const ids = [
      ...data.orders.flatMap((o) => [...o.refunds.map((r) => r.id), o.return_request?.id]),
      ...data.credits.map((c) => c.id),
      ...data.history.map((h) => h.id),
    ];
    for (const id of ids) {
      const m = id?.match(/^([A-Z]+)-(\d+)$/);
      if (m) this.#counters.set(m[1], Math.max(this.#counters.get(m[1]) ?? 0, Number(m[2])));
    }
  }

  /** The clock time now. */
  now(): Date {
    return this.#clock();
  }
  /** The seeded records as they are now (the ledger excluded). */
  get data(): Readonly<Dataset> {
    return this.#data;
  }
  /** Every change made since the last reset, oldest first. */
  get ledger(): readonly LedgerEntry[] {
    return this.#ledger;
  }
  /** A fresh id with a prefix, e.g. `RF-000123`. */
  nextId(prefix: string): string {
    const n = (this.#counters.get(prefix) ?? 0) + 1;
    this.#counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, "0")}`;
  }

  /** The customer record, or a 404 refusal. */
  customer(id: string): CustomerRecord {
    const c = this.#customers.get(id);
    if (!c) throw notFound("customer", id);
    return c;
  }
  /** The customer id of an email (any case), if known. */
  customerIdByEmail(email: string): string | undefined {
    return this.#emails.get(email.trim().toLowerCase());
  }
  /** The order record, or a 404 refusal. */
  order(id: string): OrderRecord {
    const o = this.#orders.get(id.toUpperCase());
    if (!o) throw notFound("order", id);
    return o;
  }
  /** The customer's orders, newest first. */
  ordersOf(customerId: string): OrderRecord[] {
    const list = this.#byCustomer.get(customerId) ?? [];
    return [...list].sort((a, b) => b.placed_at.localeCompare(a.placed_at));
  }
  /** The parcel record, or a 404 refusal. */
  parcel(number: string): TrackingRecord {
    const t = this.#tracking.get(number.toUpperCase());
    if (!t) throw notFound("parcel", number);
    return t;
  }
  /** The parcel record, if the order has one. */
  parcelOf(order: OrderRecord): TrackingRecord | null {
    return order.tracking_number ? this.#tracking.get(order.tracking_number) ?? null : null;
  }
  /** Every product of the catalogue. */
  get products(): readonly Product[] {
    return this.#data.products;
  }
  /** One product, if it exists. */
  product(sku: string): Product | undefined {
    return this.#products.get(sku.toUpperCase());
  }

  /** Refuses with 403 when `customerId` is given and the order is someone else's. */
  assertOwner(order: OrderRecord, customerId: string | null, action: string): void {
    if (customerId && order.customer_id !== customerId) {
      throw new Refusal(403, "not_owner", `${action}: it belongs to another customer`);
    }
  }

  /** Writes a change to the ledger (and the customer's history); returns the entry. */
  commit(c: CommitInput): LedgerEntry {
    const at = this.#clock().toISOString();
    const entry: LedgerEntry = {
      id: this.nextId("LED"),
      at,
      action: c.action,
      target: c.target,
      idempotency_key: c.idempotencyKey,
      customer_id: c.customerId,
      details: c.details,
    };
    this.#ledger.push(entry);
    if (c.history && c.customerId) {
      this.#data.history.push({
        id: this.nextId("HIS"),
        customer_id: c.customerId,
        at,
        channel: "chat",
        ...c.history,
      });
    }
    for (const l of this.#listeners) l.committed(c, entry);
    return entry;
  }

  /** The order as the API shows it, with what can be done now. */
  orderView(o: OrderRecord): Order {
    const now = this.#clock();
    const parcel = this.parcelOf(o);
    const delivered = o.delivered_at ? new Date(o.delivered_at) : null;
    return {
      ...o,
      policy: {
        can_cancel: checkCancel(o) === null,
        can_change_address: checkAddress(o) === null,
        can_modify_items: checkItems(o) === null,
        can_expedite: checkExpedite(o, "express", parcel) === null ||
          checkExpedite(o, "overnight", parcel) === null,
        can_return: checkReturn(o, now) === null,
        can_refund: checkRefund(o, now, { parcel }) === null,
        can_replace: checkReplacement(o, now, { parcel }) === null,
        return_deadline: delivered ? addDays(delivered, RETURN_WINDOW_DAYS).toISOString() : null,
        refund_deadline: delivered ? addDays(delivered, REFUND_WINDOW_DAYS).toISOString() : null,
        refundable_amount: checkRefund(o, now, { parcel }) === null ? refundable(o) : 0,
      },
    };
  }

  /** The parcel as the API shows it. */
  trackingView(t: TrackingRecord): Tracking {
    const days = t.last_scan_at ? Math.max(0, daysBetween(t.last_scan_at, this.#clock())) : null;
    return { ...t, days_since_last_scan: days };
  }

  /** The customer as the API shows it, with stats and balances. */
  customerView(c: CustomerRecord): Customer {
    const orders = this.#byCustomer.get(c.id) ?? [];
    const history = this.historyOf(c.id);
    const after = orders.filter((o) => o.delivered_at !== null);
    const refunded = orders.filter((o) => o.status !== "cancelled" && o.refunded_amount > 0);
    const returned = orders.filter((o) => o.return_request !== null);
    const bad = new Set([...refunded, ...returned].map((o) => o.id)).size;
    const { prior_spend, ...rest } = c;
    const spent = orders.reduce((s, o) => s + o.paid_amount - o.refunded_amount, 0);
    return {
      ...rest,
      lifetime_value: money(prior_spend + spent),
      credit_balance: money(this.creditsOf(c.id).reduce((s, x) => s + x.amount, 0)),
      stats: {
        orders: orders.length,
        refunds: refunded.length,
        returns: returned.length,
        complaints: history.filter((h) => h.kind === "complaint").length,
        refund_rate: after.length === 0
          ? 0
          : Math.min(1, Math.round((bad / after.length) * 100) / 100),
      },
    };
  }

  /** The customer's history, newest first. */
  historyOf(customerId: string): HistoryRecord[] {
    return this.#data.history
      .filter((h) => h.customer_id === customerId)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  }
  /** The customer's goodwill credits, newest first. */
  creditsOf(customerId: string) {
    return this.#data.credits.filter((c) => c.customer_id === customerId).sort((a, b) =>
      b.at.localeCompare(a.at)
    );
  }

  /** A SHA-256 of the records (not the ledger): equal data, equal hash. */
  async hash(): Promise<string> {
    const bytes = new TextEncoder().encode(JSON.stringify(this.#data));
    const digest = await crypto.subtle.digest("SHA-256", bytes);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }
}
