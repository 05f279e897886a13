/**
 * The order in question: which one the customer means, and looking it up scoped to the
 * customer, so that an order of someone else never enters the message (only the verdict
 * "not_yours" does).
 */
import { speaksOfLateOrder } from "../../domain/late_order.ts";
import type {
  ContextEnrichment,
  Intent,
  Message,
  OrderView,
  TrackingView,
} from "../../shared/protocol.ts";
import { StoreRefusal } from "../../shared/store_client.ts";
import type { OrderWithTracking, Tracking } from "../../shared/store_api.ts";
import { call, type Called, type CallEnv } from "./calls.ts";
import { toOrderView, toTrackingView } from "./views.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { relativeOrder } from "../../domain/relative_order.ts";
import type { FocusWhy } from "../../shared/protocol.ts";
import { namesNoOrder, type References, resolveReference, saysOther } from "./resolve_reference.ts";

export { ordersMentioned } from "./order_mentions.ts";

/** What the customer may be asking about, and where we learned it. */
export type Candidate =
  | { kind: "order"; id: string; source: "message" | "session" | "pending" }
  | { kind: "tracking"; number: string; source: "message" };

/** The order in question, its tracking, and what went wrong finding them. */
export interface OrderLookup {
  order: OrderView | null;
  lookup: ContextEnrichment["order_lookup"];
  tracking: TrackingView | null;
  /** The id or number the customer asked about, for the summary. */
  asked: string | null;
  notes: string[];
  /** The orders that fit equally when the lookup is ambiguous. */
  candidates: string[];
  /** Why the order found is the one in question. */
  why: FocusWhy | null;
}

/** Intents about an order in flight: the one open order is the one they mean. */
const OPEN_ORDER_INTENTS: ReadonlySet<Intent> = new Set([
  "order_status",
  "cancel_order",
  "modify_order",
  "change_address",
  "delivery_problem",
  "payment_issue",
]);
/** Intents about after-sales: the one delivered order is the one they mean. */
const DELIVERED_ORDER_INTENTS: ReadonlySet<Intent> = new Set([
  "return_item",
  "refund_request",
  "refund_status",
  "invoice_request",
]);
const OPEN = new Set(["pending", "processing", "shipped"]);

/** Intents that carry on about the order of earlier turns when the message names none. */
const CARRY_ON_INTENTS: ReadonlySet<Intent> = new Set([
  ...OPEN_ORDER_INTENTS,
  ...DELIVERED_ORDER_INTENTS,
  "shipping_options",
  "complaint",
  "affirm",
  "deny",
  "human_agent",
]);

/**
 * The order or parcel named in the message, else — for a message about an order — the
 * session's, else the pending action's. A question about the weather is not about the
 * order talked of before, nor is a product they never ordered.
 */
export function pickCandidate(msg: Message): Candidate | null {
  const entities = msg.payload.intent?.entities;
  const named = explicitOrderIds(msg)[0];
  if (named) return { kind: "order", id: named, source: "message" };
  const parcel = entities?.tracking_numbers[0];
  if (parcel) return { kind: "tracking", number: parcel.toUpperCase(), source: "message" };
  const intent = msg.payload.intent?.intent;
  // "Can you send a replacement instead?" is about the order talked of, whatever its label;
  // so is a follow-up the intent actor already pointed at the order talked of.
  const carryOn = (intent && CARRY_ON_INTENTS.has(intent)) ||
    asksForReplacement(msg.payload.customer_message.text) ||
    saysOther(msg.payload.customer_message.text) ||
    (msg.session.last_order_id !== null &&
      entities?.order_ids.includes(msg.session.last_order_id) === true);
  if (!carryOn) return null;
  const focus = msg.session.dialogue?.focus?.order_id ?? msg.session.last_order_id;
  if (focus) return { kind: "order", id: focus, source: "session" };
  const pending = msg.session.pending_action?.action.order_id;
  if (pending) return { kind: "order", id: pending, source: "pending" };
  return null;
}

/**
 * The order ids the customer wrote out. The intent actor also lists the order talked of
 * before for a follow-up; that one is the focus, not the customer's words, so it only
 * counts when the message itself names it.
 */
export function explicitOrderIds(msg: Message): string[] {
  const entities = msg.payload.intent?.entities;
  if (!entities) return [];
  const refs = entities.order_refs;
  const written = new Set(refs?.filter((r) => r.form !== "bare").map((r) => r.id.toUpperCase()));
  const last = msg.session.last_order_id;
  const ids = entities.order_ids.map((id) => id.toUpperCase()).filter((id) =>
    refs === undefined || written.has(id) || id !== last
  );
  return [...new Set([...ids, ...written])];
}

/** The references of a message to one of the customer's orders, as the resolver takes them. */
export function referencesOf(msg: Message): References {
  const e = msg.payload.intent?.entities;
  return {
    explicit: explicitOrderIds(msg),
    bare: e?.order_refs?.filter((r) => r.form === "bare").map((r) => r.id) ?? [],
    items: e?.item_refs ?? [],
    text: msg.payload.customer_message.text,
    skus: e?.products.map((p) => p.sku) ?? [],
    states: e?.state_refs ?? [],
    other: saysOther(msg.payload.customer_message.text),
    relative: relativeOrder(msg.payload.customer_message.text),
    listed: msg.session.dialogue?.orders_listed?.map((o) => o.id) ?? [],
    askedWhich: msg.session.dialogue?.asked?.slot === "order",
    mentioned: msg.session.dialogue?.mentioned ?? [],
  };
}

/** "It hasn't arrived", "never came": the order meant is not a delivered one. */
const NOT_ARRIVED =
  /\b(?:has ?n[o']?t|have ?n[o']?t|did ?n[o']?t|not|never|still not|yet to)\s+(?:yet\s+)?(?:arrived?|come|came|turned up|shown up|showed up|been delivered|got here|reached me)\b/i;

/**
 * "It came broken", "I received it but the box was crushed", "the wrong size arrived": the
 * goods reached the customer, so the order meant is a delivered one. Damage is seen only
 * once a parcel is opened; "received"/"arrived" count only beside a fault (not "has it
 * arrived?"). Goods that stopped working are in use: they came, whatever the words.
 */
const ARRIVED =
  /\b(?:received|recieved|arrived|came|got (?:it|them|my (?:order|parcel|package))|(?:was|were|got) delivered|turned up|showed up|opened (?:it|the (?:box|package|parcel)))\b/i;

/** Whether the text says goods came and were damaged or wrong (never "hasn't arrived"). */
export function saysArrivedFaulty(text: string): boolean {
  const problem = goodsProblem(text); // "it stopped working", a noise: in use, so it came
  return !NOT_ARRIVED.test(text) && (problem === "faulty" || (!!problem && ARRIVED.test(text)));
}

/**
 * For order-ish intents without a named order: the customer's only matching order, if one.
 * Said not to have arrived, it is their only order sent off and not delivered ("hedphones
 * havent arrived, refund?" is not about the espresso machine delivered last week).
 */
export function onlyMatchingOrder(
  intent: Intent | undefined,
  orders: OrderView[],
  text = "",
): OrderView | null {
  const pool = ordersItMayMean(intent, orders, text);
  return pool?.length === 1 ? pool[0] : null;
}

/**
 * The orders a request naming none may be about (null: a request about no order in
 * particular): said not to have arrived, those on their way; a delivery problem, those sent
 * off (else the open ones); an open-order request, the open ones; a request about delivered
 * goods, the delivered ones.
 */
function ordersItMayMean(
  intent: Intent | undefined,
  orders: OrderView[],
  text: string,
): OrderView[] | null {
  if (!intent) return null;
  const orderish = OPEN_ORDER_INTENTS.has(intent) || DELIVERED_ORDER_INTENTS.has(intent);
  if (orderish && NOT_ARRIVED.test(text)) return orders.filter((o) => o.status === "shipped");
  // "A refund for a late delivery": an order still on its way, not one that came in time.
  if (DELIVERED_ORDER_INTENTS.has(intent) && speaksOfLateOrder(text)) {
    return orders.filter((o) => OPEN.has(o.status));
  }
  if ((orderish || intent === "delivery_problem") && saysArrivedFaulty(text)) {
    const delivered = orders.filter((o) => o.status === "delivered");
    if (delivered.length > 0) return delivered;
  }
  if (intent === "delivery_problem") {
    // A delivery goes wrong on its way or at the door: the one order sent off, if only one.
    const sent = orders.filter((o) => o.status === "shipped" || o.status === "delivered");
    if (sent.length === 1) return sent;
  }
  if (OPEN_ORDER_INTENTS.has(intent)) return orders.filter((o) => OPEN.has(o.status));
  if (!DELIVERED_ORDER_INTENTS.has(intent)) return null;
  const delivered = orders.filter((o) => o.status === "delivered");
  if (intent === "invoice_request" && delivered.length === 0) {
    // None delivered yet: an invoice is there for an order paid for (the reply's rule too).
    return orders.filter((o) => o.payment_status !== "pending" && o.status !== "cancelled");
  }
  return delivered;
}

/**
 * The one order the message's requests point at when it names none: a request's only
 * matching order (`onlyMatchingOrder`), when every other request about an order may mean
 * it too ("cancel my order and return the one that came" points at two orders: none).
 */
export function onlyOrderOfRequests(
  intents: readonly (Intent | undefined)[],
  orders: OrderView[],
  text = "",
): OrderView | null {
  const pools = [...new Set(intents)].map((i) => ordersItMayMean(i, orders, text))
    .filter((p): p is OrderView[] => p !== null);
  const found = new Set(pools.filter((p) => p.length === 1).map((p) => p[0]));
  if (found.size !== 1) return null;
  const order = [...found][0];
  return pools.every((p) => p.includes(order)) ? order : null;
}

/**
 * Looks the candidate up for `customerId`. `orders()` gives the customer's recent orders
 * (a fallback when the orders service fails, and the pool for an implied order).
 */
export async function lookupOrder(
  env: CallEnv,
  o: {
    customerId: string;
    candidate: Candidate | null;
    intent: Intent | undefined;
    /**
     * The intents of the message's other requests ("my order is late. where is it and can
     * you speed it up"): with none named, the one order they all point at is the turn's.
     */
    also?: readonly Intent[];
    orders: () => Promise<OrderView[]>;
    /** The message's references to an order (id, product, state), as `referencesOf` gives. */
    refs?: References;
  },
): Promise<OrderLookup> {
  const { customerId } = o;
  let candidate = o.candidate;
  let why: FocusWhy | null = candidate?.source === "message" ? "explicit" : null;
  let candidates: string[] = [];
  let elsewhere = false;
  if (o.refs && (candidate === null || candidate.source !== "message")) {
    // A product or a state they name outranks the order talked about before.
    const focus = candidate?.kind === "order" ? candidate.id : null;
    const r = resolveReference(o.refs, await o.orders(), focus);
    if (r.kind === "order") {
      const source = r.why === "focus" && candidate?.kind === "order"
        ? candidate.source
        : "message";
      candidate = { kind: "order", id: r.id, source };
      why = r.why;
    } else if (r.kind === "ambiguous") {
      candidate = null;
      candidates = r.ids;
    } else {
      // A catalogue product in none of their orders: not the order talked about before, nor
      // the one order that fits the request ("the espresso machine I got stopped working"
      // is no news of the parcel the carrier lost).
      candidate = null;
      elsewhere = r.kind === "elsewhere";
    }
  }
  const notes: string[] = [];
  let order: OrderView | null = null;
  let tracking: TrackingView | null = null;
  let orderId: string | null = null;

  if (candidate?.kind === "tracking") {
    const got = await call(
      env,
      "tracking",
      (signal) => env.store.getTracking(candidate.number, { signal, customerId }),
      "parcel",
    );
    const verdict = judge(got, notes);
    if (verdict !== "found") return done(verdict, candidate.number);
    const parcel = (got as { value: Tracking }).value;
    orderId = parcel.order_id;
    tracking = toTrackingView(parcel);
  } else if (candidate?.kind === "order") {
    orderId = candidate.id;
  }

  // With the tracking service's breaker closed, the order comes with its parcel's tracking
  // in one call; else (or from a store that does not include it) tracking is its own call.
  let bundled = false;
  if (orderId !== null) {
    const id = orderId;
    const withTracking = tracking === null && env.breakers.get("tracking").state() === "closed";
    const got = await call(
      env,
      "orders",
      (signal) =>
        withTracking
          ? env.store.getOrderWithTracking(id, { signal, customerId })
          : env.store.getOrder(id, { signal, customerId }),
      "order",
    );
    const verdict = judge(got, notes);
    if (verdict === "found") {
      const found = (got as { value: OrderWithTracking }).value;
      // The store scoped the call; refuse anything it let slip rather than leak it.
      if (found.customer_id !== customerId) return done("not_yours", asked());
      order = toOrderView(found);
      if (withTracking && found.tracking !== undefined) {
        bundled = true;
        tracking = bundledTracking(env, found, notes);
      }
    } else if (verdict === "unavailable") {
      order = (await o.orders()).find((x) => x.id === orderId) ?? null;
      if (!order) return done("none", asked());
      notes.push(`order ${orderId} taken from the recent orders list`);
    } else {
      return done(verdict, asked());
    }
  } else {
    if (candidates.length > 0) return done("ambiguous", null);
    // "It won't heat up anymore" after "which order was it?": still none named.
    if (elsewhere || (o.refs?.askedWhich && namesNoOrder(o.refs))) return done("none", null);
    order = onlyOrderOfRequests([o.intent, ...o.also ?? []], await o.orders(), o.refs?.text ?? "");
    if (!order) return done("none", null);
    why = "only_order";
  }

  if (!tracking && !bundled && order.tracking_number) {
    const number = order.tracking_number;
    const got = await call(
      env,
      "tracking",
      (signal) => env.store.getTracking(number, { signal, customerId }),
      "tracking",
    );
    if (got.ok && got.value) tracking = toTrackingView(got.value);
    else if (!got.ok) notes.push(got.note);
  }
  return {
    order,
    lookup: "found",
    tracking,
    asked: order.id,
    notes,
    candidates: [],
    why: why ?? "focus",
  };

  function asked(): string | null {
    return candidate?.kind === "tracking" ? candidate.number : orderId;
  }
  function done(lookup: OrderLookup["lookup"] | "unavailable", what: string | null): OrderLookup {
    return {
      order: null,
      lookup: lookup === "unavailable" ? "none" : lookup,
      tracking: null,
      asked: what,
      notes,
      candidates: lookup === "ambiguous" ? candidates : [],
      why: null,
    };
  }
}

/**
 * The tracking that came with the order: its view, or null with a note when the tracking
 * service failed (counted by that service's breaker, as a call of its own would be).
 */
function bundledTracking(
  env: CallEnv,
  found: OrderWithTracking,
  notes: string[],
): TrackingView | null {
  const breaker = env.breakers.get("tracking");
  if (found.tracking_error) {
    breaker.recordFailure();
    notes.push(`tracking service unavailable (tracking): ${found.tracking_error}`);
    return null;
  }
  if (found.tracking === null || found.tracking === undefined) return null;
  breaker.recordSuccess();
  return toTrackingView(found.tracking);
}

type Verdict = "found" | "not_found" | "not_yours" | "unavailable";

function judge<T>(got: Called<T | null>, notes: string[]): Verdict {
  if (got.ok) return got.value === null ? "not_found" : "found";
  if (got.error instanceof StoreRefusal) {
    if (got.error.status === 403) return "not_yours";
    if (got.error.status === 404 || got.error.status === 400) return "not_found";
  }
  notes.push(got.note);
  return "unavailable";
}
