/**
 * Facts in a customer's text: order ids, tracking numbers, emails, money, dates,
 * quantities, catalogue products, and references to orders by number, item, state or age.
 * Pure: the clock and the catalogue are passed in.
 */
import type { Entities } from "../../shared/protocol.ts";
import { extractDates } from "./dates.ts";
import { extractAmounts } from "./money.ts";
import type { ProductIndex } from "./products.ts";
import { extractQuantities } from "./quantities.ts";
import { bareOrderRefs, explicitOrderRefs, itemRefs, stateRefs } from "./references.ts";
import { placedRefs } from "./placed_when.ts";
import { withoutNegated } from "./negated_order.ts";

/** What entity extraction needs besides the text. */
export interface EntityOptions {
  now: Date;
  products?: ProductIndex | null;
}

/** Most entities of one kind kept from one message. */
export const MAX_PER_KIND = 10;

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const TRACKING = /\bTRK\d{10}\b/gi;
/** Extracts every entity of `text`. */
export function extractEntities(text: string, opts: EntityOptions): Entities {
  const spans: [number, number][] = [];
  const mark = (start: number, end: number) => spans.push([start, end]);

  const emails = unique([...text.matchAll(EMAIL)].map((m) => {
    mark(m.index!, m.index! + m[0].length);
    return m[0].toLowerCase();
  }));
  const tracking = unique([...text.matchAll(TRACKING)].map((m) => {
    mark(m.index!, m.index! + m[0].length);
    return m[0].toUpperCase();
  }));
  // "ORD-1001", "ord 1001", "order #1001", "order no. 1001", "#1001".
  const written = explicitOrderRefs(text).filter((r) => !inSpans(spans, r.start));
  for (const r of written) mark(r.start, r.end);
  const amounts = extractAmounts(masked(text, spans));
  for (const a of amounts) mark(a.start, a.end);
  const dates = extractDates(masked(text, spans), opts.now);
  for (const d of dates) mark(d.start, d.end);
  const quantities = extractQuantities(masked(text, spans));
  for (const q of quantitySpans(text, quantities)) mark(q[0], q[1]);
  // A number alone is an order's only when the customer has one of that id (context decides).
  // "The one from last week": an order named by when it was placed, read against the clock.
  const placed = placedRefs(text, opts.now);
  const states = [
    ...placed,
    ...stateRefs(text).filter((s) => !placed.some((p) => s.start < p.end && s.end > p.start)),
  ].sort((a, b) => a.start - b.start);
  const items = itemRefs(text, opts.products ?? null).filter((i) =>
    !states.some((s) => i.start < s.end && i.end > s.start)
  );
  // "Sorry not 1003, the headphones order": the order said not to be meant is left out.
  const goods = items.length > 0 || /\bother\b/i.test(text);
  const numbered = withoutNegated(text, [...written, ...bareOrderRefs(text, spans)], goods);
  const explicit = written.filter((r) => numbered.includes(r));
  const bare = numbered.filter((r) => !written.includes(r));
  // A flood of numbers is no list of facts; keep the first few of each kind.
  const cap = <T>(xs: T[]) => xs.slice(0, MAX_PER_KIND);
  return {
    order_ids: cap(unique(explicit.map((o) => o.ref.id))),
    tracking_numbers: cap(tracking),
    emails: cap(emails),
    amounts: cap(amounts.map((a) => ({ value: a.value, currency: a.currency }))),
    dates: cap(dates.map((d) => ({ text: d.text, iso: d.iso }))),
    quantities: cap(quantities),
    products: opts.products ? cap(opts.products.match(text)) : [],
    order_refs: cap([...explicit, ...bare].sort((a, b) => a.start - b.start).map((r) => r.ref)),
    item_refs: cap(items.map((i) => i.ref)),
    state_refs: cap(states.map((s) => s.ref)),
  };
}

/** Where the numbers of quantities stand ("2 of the mugs"): not order numbers. */
function quantitySpans(text: string, found: readonly { value: number }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const q of found) {
    const re = new RegExp(`(?<!\\d)${q.value}(?!\\d)`, "g");
    for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/** Blanks out spans already taken, keeping offsets. */
function masked(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [s, e] of spans) out = out.slice(0, s) + " ".repeat(e - s) + out.slice(e);
  return out;
}

function inSpans(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
