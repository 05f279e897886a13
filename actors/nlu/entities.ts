/**
 * Facts in a customer's text: order ids, tracking numbers, emails, money, dates,
 * quantities and catalogue products. Pure: the clock and the catalogue are passed in.
 */
import type { Entities } from "../../shared/protocol.ts";
import { extractDates } from "./dates.ts";
import { extractAmounts } from "./money.ts";
import type { ProductIndex } from "./products.ts";
import { extractQuantities } from "./quantities.ts";

/** What entity extraction needs besides the text. */
export interface EntityOptions {
  now: Date;
  products?: ProductIndex | null;
}

/** Most entities of one kind kept from one message. */
export const MAX_PER_KIND = 10;

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const TRACKING = /\bTRK\d{10}\b/gi;
/** "ORD-1001", "ord 1001", "order #1001", "order no. 1001", "order number 1001", "#1001". */
const ORDER_IDS = [
  /\bORD[- ]?(\d{3,})\b/gi,
  /\border(?:\s+(?:number|no\.?|nr\.?|id|num))?\s*[:#]?\s*#?\s*(\d{3,})\b/gi,
  /(?<![\w&])#\s?(\d{3,})\b/g,
];

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
  const orderIds: { id: string; at: number }[] = [];
  for (const re of ORDER_IDS) {
    for (const m of text.matchAll(re)) {
      if (inSpans(spans, m.index!)) continue;
      mark(m.index!, m.index! + m[0].length);
      orderIds.push({ id: `ORD-${m[1]}`, at: m.index! });
    }
  }
  const amounts = extractAmounts(masked(text, spans));
  for (const a of amounts) mark(a.start, a.end);
  const dates = extractDates(masked(text, spans), opts.now);
  for (const d of dates) mark(d.start, d.end);
  const quantities = extractQuantities(masked(text, spans));
  // A flood of numbers is no list of facts; keep the first few of each kind.
  const cap = <T>(xs: T[]) => xs.slice(0, MAX_PER_KIND);
  return {
    order_ids: cap(unique(orderIds.sort((a, b) => a.at - b.at).map((o) => o.id))),
    tracking_numbers: cap(tracking),
    emails: cap(emails),
    amounts: cap(amounts.map((a) => ({ value: a.value, currency: a.currency }))),
    dates: cap(dates.map((d) => ({ text: d.text, iso: d.iso }))),
    quantities: cap(quantities),
    products: opts.products ? cap(opts.products.match(text)) : [],
  };
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
