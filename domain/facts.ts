/**
 * Grounding facts: the order ids, tracking numbers, amounts and dates a reply states, and
 * those the turn allows (the context, the policy, the customer's own words). The response
 * actor uses the same check on LLM replies before the guardrail sees them.
 */
import { neededBy } from "./needed_by.ts";
import { awayDays } from "./away_days.ts";
import { arrivalCondition } from "./arrival_condition.ts";
import type { Message } from "../shared/protocol.ts";
import {
  BANK_TRANSFER_HOLD_DAYS,
  policyAmounts,
  REFUND_WINDOW_DAYS,
  RETURN_WINDOW_DAYS,
} from "./policy.ts";
import { addDaysIso, MONTHS } from "./format.ts";
import { faqAmounts } from "./faq.ts";
import { spentOn } from "./orders_spent.ts";
import {
  contradictedClaims,
  type FoundClaim,
  type OrderState,
  orderStateOf,
  stateWords,
} from "./status_claims.ts";

/** What a turn allows a reply to state. */
export interface Facts {
  /** The customer's own orders in the context. */
  orderIds: Set<string>;
  /** Order ids the customer wrote (echoing them back is fine; stating facts is not). */
  mentionedOrderIds: Set<string>;
  trackingNumbers: Set<string>;
  amounts: number[];
  /** Allowed days as `YYYY-MM-DD` (UTC). */
  days: Set<string>;
  /** The customer's own email addresses, lower-case. */
  emails: Set<string>;
  /** What the context knows of each of the customer's orders: status, parcel, lateness. */
  states: Map<string, OrderState>;
  /** The order the turn is about ("it" in a reply), when there is one. */
  focus: string | null;
}

/** A fact found in a reply. */
export interface Found {
  kind: "order_id" | "tracking_number" | "amount" | "date";
  /** As written. */
  raw: string;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** A UTC time as `toISOString` (and the store) writes it: 6–10× faster to read than a parse. */
const UTC_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** The amounts the policy and the FAQ state: fixed for the process, read once. */
let stated: readonly number[] | null = null;
function statedAmounts(): readonly number[] {
  stated ??= [...new Set([...policyAmounts(), ...faqAmounts()])];
  return stated;
}

/** The facts a reply to `msg` may state, at `now`. */
export function factsOf(msg: Message, now: Date): Facts {
  const c = msg.payload.context;
  const entities = msg.payload.intent?.entities;
  const orders = [
    ...(c?.orders ?? []),
    ...(c?.order_lookup === "found" && c.order ? [c.order] : []),
  ];
  const amounts = new Set<number>(statedAmounts());
  const tracking = new Set<string>();
  for (const o of orders) {
    const subtotal = o.items.reduce((s, it) => s + it.price * it.quantity, 0);
    const refunded = o.refunded_amount ?? 0;
    for (const a of [o.total, subtotal, o.total - subtotal, refunded, o.total - refunded]) {
      amounts.add(round(a));
    }
    for (const it of o.items) amounts.add(round(it.price)).add(round(it.price * it.quantity));
    // The store's money of the order: what was paid, its shipping fee, each refund.
    for (const a of [o.paid_amount, o.shipping_fee, ...(o.refunds ?? []).map((r) => r.amount)]) {
      if (typeof a === "number") amounts.add(round(a));
    }
    if (o.tracking_number) tracking.add(o.tracking_number);
  }
  // "The total I spent": the sum of their orders that took money (domain/orders_spent.ts).
  amounts.add(spentOn(c?.orders ?? []).amount);
  // The parcel of the order in question, and those of the other orders the message is about.
  const parcels = [...(c?.tracking ? [c.tracking] : []), ...(c?.other_tracking ?? [])];
  for (const t of parcels) tracking.add(t.number);
  // The prices of the catalogue products looked up this turn (domain/product_claims.ts checks
  // each is said of its own product).
  for (const p of c?.catalogue?.products ?? []) amounts.add(round(p.price));
  for (const a of entities?.amounts ?? []) amounts.add(round(a.value));
  // The pending change's own amount and time were checked when it was proposed; asking
  // about it again states them.
  const pa = msg.session.pending_action;
  const pendingActions = pa ? [pa.action, ...(pa.also ?? []).map((x) => x.action)] : [];
  for (const a of pendingActions) {
    const amount = a.params?.amount;
    if (typeof amount === "number") amounts.add(round(amount));
  }
  /** The days a reply may name; read only when a reply names one (most name none). */
  const allowedDays = (): Set<string> => {
    const days = new Set<string>([ymd(now)]);
    const addDay = (iso: string | null | undefined) => {
      if (!iso) return;
      // The store's times are UTC ISO strings: their day is their first ten characters.
      if (UTC_ISO.test(iso)) return void days.add(iso.slice(0, 10));
      const d = new Date(iso);
      if (!Number.isNaN(d.getTime())) days.add(ymd(d));
    };
    for (const o of orders) {
      for (const d of [o.placed_at, o.shipped_at, o.delivered_at, o.eta, o.replacement_eta]) {
        addDay(d);
      }
      for (const r of o.refunds ?? []) [r.created_at, r.expected_by].forEach(addDay);
      // An order waiting for its payment is held so many days from when it was placed.
      if (o.payment_status === "pending") {
        addDay(addDaysIso(o.placed_at, BANK_TRANSFER_HOLD_DAYS));
      }
      if (o.delivered_at) {
        addDay(addDaysIso(o.delivered_at, RETURN_WINDOW_DAYS));
        addDay(addDaysIso(o.delivered_at, REFUND_WINDOW_DAYS));
      }
    }
    for (const t of parcels) {
      addDay(t.eta);
      addDay(t.last_event?.at);
    }
    for (const h of c?.history ?? []) addDay(h.at);
    for (const d of entities?.dates ?? []) addDay(d.iso);
    // "I need it by Friday": the day the customer needs the goods by, which the reply names.
    addDay(neededBy(msg.payload.customer_message.text, now)?.by.toISOString());
    // "If it isn't here by Friday, refund it": the day a change waits on, named back.
    addDay(arrivalCondition(msg.payload.customer_message.text, now)?.by.toISOString());
    // "I'm away from Thursday to Sunday": the days nobody is in, named back.
    const away = awayDays(msg.payload.customer_message.text, now);
    for (const d of away ? [away.from, away.to] : []) addDay(d.toISOString());
    addDay(pa?.expires_at);
    for (const a of pendingActions) {
      if (typeof a.params?.at === "string") addDay(a.params.at);
    }
    return days;
  };
  const emails = new Set<string>();
  for (const e of [c?.customer?.email, msg.session.email, msg.customer]) {
    if (e && e.includes("@")) emails.add(e.toLowerCase());
  }
  const pendingOrders = pendingActions.map((a) => a.order_id ?? "").filter(Boolean);
  let days: Set<string> | undefined;
  const states = new Map<string, OrderState>();
  // Later entries win: the order in question (with its tracking) over the list's copy.
  const parcelOf = (o: { tracking_number: string | null }) =>
    parcels.find((t) => t.number === o.tracking_number) ?? null;
  for (const o of orders) states.set(o.id, orderStateOf(o, parcelOf(o), now));
  const focus = c?.order_lookup === "found" && c.order
    ? c.order.id
    : c?.orders.length === 1
    ? c.orders[0].id
    : null;
  return {
    // A pending action's order was checked when it was proposed; an acknowledgement names it.
    orderIds: new Set([...orders.map((o) => o.id), ...pendingOrders]),
    // The customer's own numbers, however written ("cancel 2002 and 2003"): said back to them.
    mentionedOrderIds: new Set(
      [...(entities?.order_ids ?? []), ...(entities?.order_refs ?? []).map((r) => r.id)]
        .map((id) => id.toUpperCase()),
    ),
    trackingNumbers: tracking,
    amounts: [...amounts],
    get days() {
      return days ??= allowedDays();
    },
    emails,
    states,
    focus,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const MONTH_RE = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" +
  "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ORDER_RE = /\bORD-\d+\b/gi;
const TRACKING_RE = /\bTRK\d{10}\b/gi;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)`;
const AMOUNT_BEFORE = new RegExp(String.raw`(?:USD|EUR|GBP|US\$|\$|€|£)\s?${NUM}`, "g");
const AMOUNT_AFTER = new RegExp(
  String.raw`${NUM}\s?(?:USD|EUR|GBP|dollars?|euros?|pounds?)\b`,
  "gi",
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?\b/g;
const MONTH_DAY = new RegExp(
  `\\b${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`,
  "g",
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\b(?:,? (\\d{4}))?`,
  "g",
);
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g;

function monthIndex(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
}

/** A date found in text: the year (if written), month (1–12) and day. */
interface DateFound {
  raw: string;
  year: number | null;
  candidates: [number, number][];
}

function datesIn(text: string): DateFound[] {
  const out: DateFound[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    out.push({ raw: m[0], year: Number(m[1]), candidates: [[Number(m[2]), Number(m[3])]] });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    out.push({
      raw: m[0],
      year: m[3] ? Number(m[3]) : null,
      candidates: [[monthIndex(m[1]) + 1, Number(m[2])]],
    });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    out.push({
      raw: m[0],
      year: m[3] ? Number(m[3]) : null,
      candidates: [[monthIndex(m[2]) + 1, Number(m[1])]],
    });
  }
  for (const m of text.matchAll(SLASH_DATE)) {
    const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    const a = Number(m[1]);
    const b = Number(m[2]);
    // 06/17 (US) or 17/06 (elsewhere): either reading may be the context's.
    out.push({ raw: m[0], year: y, candidates: [[a, b], [b, a]] });
  }
  return out;
}

function amountsIn(text: string): { raw: string; value: number }[] {
  const out: { raw: string; value: number }[] = [];
  for (const re of [AMOUNT_BEFORE, AMOUNT_AFTER]) {
    for (const m of text.matchAll(re)) {
      out.push({ raw: m[0], value: Number(m[1].replace(/,/g, "")) });
    }
  }
  return out;
}

/** The order ids in a text, upper-case. */
export function orderIdsIn(text: string): string[] {
  return [...new Set((text.match(ORDER_RE) ?? []).map((s) => s.toUpperCase()))];
}

/** The allowed days of each `Facts` without their year (`MM-DD`): a reply is checked clause by clause. */
const monthDays = new WeakMap<Facts, Set<string>>();
function allowedMonthDays(facts: Facts): Set<string> {
  let keys = monthDays.get(facts);
  if (!keys) {
    keys = new Set();
    for (const day of facts.days) keys.add(day.slice(5));
    monthDays.set(facts, keys);
  }
  return keys;
}

const pad2 = (n: number) => n < 10 ? `0${n}` : String(n);

/** Every order id, tracking number, amount and date in `text` that `facts` do not allow. */
export function ungrounded(text: string, facts: Facts): Found[] {
  const out: Found[] = [];
  for (const id of orderIdsIn(text)) {
    if (!facts.orderIds.has(id) && !facts.mentionedOrderIds.has(id)) {
      out.push({ kind: "order_id", raw: id });
    }
  }
  for (const t of new Set((text.match(TRACKING_RE) ?? []).map((s) => s.toUpperCase()))) {
    if (!facts.trackingNumbers.has(t)) out.push({ kind: "tracking_number", raw: t });
  }
  for (const a of amountsIn(text)) {
    if (!facts.amounts.some((x) => Math.abs(x - a.value) < 0.005)) {
      out.push({ kind: "amount", raw: a.raw });
    }
  }
  const dates = datesIn(text);
  if (dates.length === 0) return out;
  for (const d of dates) {
    const ok = d.candidates.some(([mo, day]) => {
      const md = `${pad2(mo)}-${pad2(day)}`;
      return d.year === null ? allowedMonthDays(facts).has(md) : facts.days.has(`${d.year}-${md}`);
    });
    if (!ok) out.push({ kind: "date", raw: d.raw });
  }
  return out;
}

/** The amounts of money written in `text`. */
export function amountValues(text: string): number[] {
  return amountsIn(text).map((a) => a.value);
}

/** A status a reply states that the order's own state contradicts. */
export interface Contradiction extends FoundClaim {
  /** What the context says instead, in words. */
  actual: string;
}

/**
 * Every status in `text` ("ORD-3001 is still on its way") that contradicts what `facts`
 * know of that order (the carrier reports it lost).
 */
export function statusContradictions(text: string, facts: Facts): Contradiction[] {
  const out: Contradiction[] = [];
  // "Order ORD-3001 … was lost. Since the carrier has lost it, …": "it" is the order named last.
  let focus = facts.focus;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    for (const c of contradictedClaims(sentence, facts.states, focus)) {
      out.push({ orderId: c.orderId, claim: c.claim, raw: c.raw, actual: stateWords(c.state) });
    }
    focus = orderIdsIn(sentence).at(-1) ?? focus;
  }
  return out;
}
