/**
 * Typed client of the store's API (the demo store in `mocks/` or a real shop behind the
 * same contract). Every answer is validated; failures are split into retryable ones
 * (5xx, 429, timeouts, network) and permanent refusals (4xx with the store's rule).
 */
import { z } from "zod";
import { Deadline, deadlineOf } from "./deadline.ts";
import { PermanentError, RetryableError } from "./errors.ts";
import type { Logger } from "./log.ts";
import {
  type CallOptions,
  type ChangeOptions,
  readProblem,
  type RequestSpec,
  retryAfter,
  type StoreClientOptions,
  StoreRefusal,
} from "./store_client_parts.ts";

export { type CallOptions, type ChangeOptions, type StoreClientOptions, StoreRefusal };
import { Customer, HistoryEntry, Order, OrderWithTracking } from "./store_api.ts";
import {
  ActionOutcome,
  type AddressChangeRequest,
  CreditsView,
  FaultsState,
  type FaultsUpdate,
  Invoice,
  LedgerEntry,
  RefundStatus,
  StoreHealth,
} from "./store_api_requests.ts";
import { Product, type Tier, Tracking } from "./store_api.ts";
import type {
  CallbackRequest,
  CreditRequest,
  ExpediteRequest,
  ItemsRequest,
  NoteRequest,
  RefundRequest,
  ReplacementRequest,
} from "./store_api_requests.ts";

const enc = encodeURIComponent;

// Built once: zod compiles a schema on its first use, so one per call would cost each call.
const Orders = z.array(Order);
const Products = z.array(Product);
const HistoryEntries = z.array(HistoryEntry);
const LedgerEntries = z.array(LedgerEntry);

/** Client of the store's API; one instance can be shared by all actors. */
export class StoreClient {
  readonly #base: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #log: Logger | null;
  readonly #staffToken: string | null;

  constructor(opts: StoreClientOptions) {
    this.#base = opts.baseUrl.replace(/\/+$/, "");
    this.#timeoutMs = opts.timeoutMs ?? 1500;
    this.#fetch = opts.fetch ?? fetch;
    this.#log = opts.log ?? null;
    this.#staffToken = opts.staffToken ?? null;
  }

  // -- look-ups: null when the store does not know the id ----------------------------------

  /** The customer with this email, or null. */
  getCustomerByEmail(email: string, o: CallOptions = {}): Promise<Customer | null> {
    return this.#get(`/customers/by-email/${enc(email)}`, Customer, o);
  }
  /** The customer, or null. */
  getCustomer(id: string, o: CallOptions = {}): Promise<Customer | null> {
    return this.#get(`/customers/${enc(id)}`, Customer, o);
  }
  /** The customer's orders, newest first, or null for an unknown customer. */
  listOrders(
    customerId: string,
    o: CallOptions & { status?: string; limit?: number } = {},
  ): Promise<Order[] | null> {
    const query = { status: o.status, limit: o.limit };
    return this.#get(`/customers/${enc(customerId)}/orders`, Orders, o, query);
  }
  /**
   * The order, or null. With `customerId`, an order of another customer is refused
   * (StoreRefusal, status 403).
   */
  getOrder(id: string, o: CallOptions & { customerId?: string } = {}): Promise<Order | null> {
    return this.#get(`/orders/${enc(id)}`, Order, o, undefined, o.customerId);
  }
  /** `getOrder` with the parcel's tracking in the same call (see `OrderWithTracking`). */
  getOrderWithTracking(
    id: string,
    o: CallOptions & { customerId?: string } = {},
  ): Promise<OrderWithTracking | null> {
    const query = { include: "tracking" };
    return this.#get(`/orders/${enc(id)}`, OrderWithTracking, o, query, o.customerId);
  }
  /** The order's invoice, or null. */
  getInvoice(id: string, o: CallOptions & { customerId?: string } = {}): Promise<Invoice | null> {
    return this.#get(`/orders/${enc(id)}/invoice`, Invoice, o, undefined, o.customerId);
  }
  /** The order's refunds and what can still be refunded, or null. */
  getRefundStatus(
    id: string,
    o: CallOptions & { customerId?: string } = {},
  ): Promise<RefundStatus | null> {
    return this.#get(`/orders/${enc(id)}/refund`, RefundStatus, o, undefined, o.customerId);
  }
  /** A parcel's tracking, or null. */
  getTracking(
    number: string,
    o: CallOptions & { customerId?: string } = {},
  ): Promise<Tracking | null> {
    return this.#get(`/tracking/${enc(number)}`, Tracking, o, undefined, o.customerId);
  }
  /** Products matching a free-text query (name, category or sku). */
  async searchProducts(
    q: string,
    o: CallOptions & { category?: string; limit?: number } = {},
  ): Promise<Product[]> {
    const query = { q, category: o.category, limit: o.limit };
    return (await this.#get("/products", Products, o, query)) ?? [];
  }
  /** One product by sku, or null. */
  getProduct(sku: string, o: CallOptions = {}): Promise<Product | null> {
    return this.#get(`/products/${enc(sku)}`, Product, o);
  }
  /** The customer's support history, newest first, or null for an unknown customer. */
  getHistory(
    customerId: string,
    o: CallOptions & { limit?: number } = {},
  ): Promise<HistoryEntry[] | null> {
    const path = `/customers/${enc(customerId)}/history`;
    return this.#get(path, HistoryEntries, o, { limit: o.limit });
  }
  /** The customer's goodwill credits and the tier's remaining allowance, or null. */
  getCredits(customerId: string, o: CallOptions = {}): Promise<CreditsView | null> {
    return this.#get(`/customers/${enc(customerId)}/credits`, CreditsView, o);
  }

  // -- changes: StoreRefusal when a rule forbids them ------------------------------------

  /** Cancels an order that has not shipped. */
  cancelOrder(id: string, o: ChangeOptions & { reason?: string }): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/cancel`, o, { reason: o.reason });
  }
  /** Sets item quantities (0 removes) of an order that has not shipped. */
  modifyItems(
    id: string,
    o: ChangeOptions & { items: ItemsRequest["items"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/items`, o, { items: o.items });
  }
  /** Changes the shipping address of an order that has not shipped. */
  changeAddress(
    id: string,
    o: ChangeOptions & { address: AddressChangeRequest["address"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/address`, o, { address: o.address });
  }
  /** Opens a return (within 30 days of delivery) and issues its label. */
  returnItem(
    id: string,
    o: ChangeOptions & { reason: string; items?: { sku: string; quantity: number }[] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/return`, o, { reason: o.reason, items: o.items });
  }
  /** Re-issues the label of an open return. */
  returnLabel(id: string, o: ChangeOptions): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/return-label`, o, {});
  }
  /** Refunds a delivered order, once, within 30 days; no amount means all that is left. */
  refund(
    id: string,
    o: ChangeOptions & { reason: string; amount?: RefundRequest["amount"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/refund`, o, { reason: o.reason, amount: o.amount });
  }
  /** Sends a replacement for a lost parcel or a delivered order that arrived damaged, once. */
  replacement(
    id: string,
    o: ChangeOptions & {
      reason: string;
      reportedIssue?: ReplacementRequest["reported_issue"];
      items?: ReplacementRequest["items"];
    },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/replacement`, o, {
      reason: o.reason,
      reported_issue: o.reportedIssue,
      items: o.items,
    });
  }
  /** Upgrades shipping of an undelivered order; the fee is in the outcome. */
  expediteOrder(
    id: string,
    o: ChangeOptions & { method?: ExpediteRequest["method"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/expedite`, o, { method: o.method });
  }
  /** Asks the carrier to speed up a parcel on its way; the fee is in the outcome. */
  expediteTracking(
    number: string,
    o: ChangeOptions & { method?: ExpediteRequest["method"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/tracking/${enc(number)}/expedite`, o, { method: o.method });
  }
  /** Opens a carrier investigation (trace) of a shipped or lost parcel. */
  investigation(number: string, o: ChangeOptions & { reason?: string }): Promise<ActionOutcome> {
    return this.#change(`/tracking/${enc(number)}/investigation`, o, { reason: o.reason });
  }
  /** Adds a note to an order. */
  orderNote(
    id: string,
    o: ChangeOptions & { text: string; author?: NoteRequest["author"] },
  ): Promise<ActionOutcome> {
    return this.#change(`/orders/${enc(id)}/notes`, o, { text: o.text, author: o.author });
  }
  /** Adds a note to the customer's account. */
  customerNote(
    o: ChangeOptions & { text: string; author?: NoteRequest["author"] },
  ): Promise<ActionOutcome> {
    const path = `/customers/${enc(o.customerId)}/notes`;
    return this.#change(path, o, { text: o.text, author: o.author });
  }
  /** Schedules a call back by a human; no time means the next free slot. */
  scheduleCallback(
    o: ChangeOptions & Pick<CallbackRequest, "topic" | "phone" | "at">,
  ): Promise<ActionOutcome> {
    const path = `/customers/${enc(o.customerId)}/callbacks`;
    return this.#change(path, o, { topic: o.topic, phone: o.phone, at: o.at });
  }
  /** Issues a goodwill credit within the tier's 30-day limit. */
  goodwillCredit(
    o: ChangeOptions & Pick<CreditRequest, "amount" | "reason" | "order_id">,
  ): Promise<ActionOutcome> {
    const path = `/customers/${enc(o.customerId)}/credit`;
    return this.#change(path, o, { amount: o.amount, reason: o.reason, order_id: o.order_id });
  }
  /** Changes a customer's tier (staff only; needs `staffToken`). */
  changeTier(
    o: Omit<ChangeOptions, "customerId"> & { customerId: string; tier: Tier; reason?: string },
  ): Promise<ActionOutcome> {
    const headers: Record<string, string> = this.#staffToken
      ? { "x-staff-token": this.#staffToken }
      : {};
    return this.#request({
      method: "POST",
      path: `/customers/${enc(o.customerId)}/tier`,
      schema: ActionOutcome,
      body: { tier: o.tier, reason: o.reason },
      headers: { ...headers, "idempotency-key": o.idempotencyKey },
      signal: o.signal,
    });
  }

  // -- operations of the demo store --------------------------------------------------------

  /** The store's health; throws RetryableError when it is down. */
  health(o: CallOptions = {}): Promise<StoreHealth> {
    return this.#request({ method: "GET", path: "/health", schema: StoreHealth, ...o });
  }
  /** Every change the demo store made since its last reset, oldest first. */
  ledger(
    o: CallOptions & { action?: string; target?: string; customerId?: string } = {},
  ): Promise<LedgerEntry[]> {
    const query = { action: o.action, target: o.target, customer_id: o.customerId };
    return this.#request({
      method: "GET",
      path: "/admin/ledger",
      schema: LedgerEntries,
      query,
      signal: o.signal,
    });
  }
  /** Sets the demo store's faults (latency, error rate per service) and returns them. */
  setFaults(update: FaultsUpdate, o: CallOptions = {}): Promise<FaultsState> {
    const path = "/admin/faults";
    return this.#request({ method: "POST", path, schema: FaultsState, body: update, ...o });
  }
  /** Restores the demo store's seeded data; clears its ledger, keys and faults. */
  async reset(o: CallOptions = {}): Promise<void> {
    await this.#request({ method: "POST", path: "/admin/reset", schema: StoreHealth, ...o });
  }

  // -- plumbing ------------------------------------------------------------------------

  async #get<T>(
    path: string,
    schema: z.ZodType<T>,
    o: CallOptions,
    query?: RequestSpec<T>["query"],
    customerId?: string,
  ): Promise<T | null> {
    const headers: Record<string, string> = customerId ? { "x-customer-id": customerId } : {};
    try {
      return await this.#request({ method: "GET", path, schema, query, headers, ...o });
    } catch (err) {
      if (err instanceof StoreRefusal && err.status === 404) return null;
      throw err;
    }
  }

  #change(path: string, o: ChangeOptions, body: Record<string, unknown>) {
    const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    return this.#request({
      method: "POST",
      path,
      schema: ActionOutcome,
      body: { ...clean, customer_id: o.customerId },
      headers: { "idempotency-key": o.idempotencyKey, "x-customer-id": o.customerId },
      signal: o.signal,
    });
  }

  async #request<T>(spec: RequestSpec<T>): Promise<T> {
    let url = this.#base + spec.path;
    if (spec.query) {
      let sep = "?";
      for (const k in spec.query) {
        const v = spec.query[k];
        if (v === undefined) continue;
        url += `${sep}${enc(k)}=${enc(String(v))}`;
        sep = "&";
      }
    }
    const headers: Record<string, string> = { accept: "application/json" };
    if (spec.body !== undefined) headers["content-type"] = "application/json";
    if (spec.headers) Object.assign(headers, spec.headers);
    // Behind a breaker the caller's signal has the same deadline or a closer one already.
    const bound = spec.signal ? deadlineOf(spec.signal) : undefined;
    const ownTimer = bound === undefined || bound > performance.now() + this.#timeoutMs;
    const deadline = new Deadline(spec.signal, ownTimer ? this.#timeoutMs : undefined);
    const started = performance.now();
    let res: Response;
    let text: string;
    try {
      res = await this.#fetch(url, {
        method: spec.method,
        signal: deadline.signal,
        headers,
        body: spec.body !== undefined ? JSON.stringify(spec.body) : undefined,
      });
      text = await res.text();
    } catch (err) {
      const what = `${spec.method} ${spec.path}`;
      // The caller's own abort is theirs to handle; it is not the store's failure.
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (deadline.expired) {
        throw new RetryableError(
          `Cannot ${what}: the store did not answer within ${this.#timeoutMs} ms`,
          { cause: err },
        );
      }
      throw new RetryableError(`Cannot ${what}: the store cannot be reached`, { cause: err });
    } finally {
      deadline.clear();
    }
    if (this.#log) {
      this.#log.debug("store call", {
        method: spec.method,
        path: spec.path,
        status: res.status,
        ms: Math.round(performance.now() - started),
      });
    }
    if (res.ok) return this.#parse(spec, text);
    const what = `${spec.method} ${spec.path}`;
    const problem = readProblem(text, res.status);
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw new RetryableError(`Cannot ${what}: ${problem.detail}`, {
        retryAfterMs: retryAfter(res.headers.get("retry-after")),
      });
    }
    throw new StoreRefusal(problem);
  }

  #parse<T>(spec: RequestSpec<T>, text: string): T {
    const what = () => `${spec.method} ${spec.path}`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new PermanentError(`Cannot read ${what()}: the store answered with no JSON`, {
        cause: err,
      });
    }
    const parsed = spec.schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".") || "body"}: ${first.message}` : "invalid";
    throw new PermanentError(`Cannot read ${what()}: unexpected answer (${where})`, {
      cause: parsed.error,
    });
  }
}
