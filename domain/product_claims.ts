/**
 * Product grounding: what a reply says about a product's stock and price must be what the
 * store said this turn. "The Espresso Machine is in stock" about a sold-out machine, "only 2
 * left" when the store counts 40, the mixer's price said of the kettle, or stock claimed for
 * a product nobody looked up are caught here; the guardrail blocks such a reply and the LLM
 * path falls back on its template. Pure.
 */
import type { Message, ProductView } from "../shared/protocol.ts";
import { amountValues } from "./facts.ts";

/** A stock or price claim about a product that the context does not support. */
export interface ProductClaimIssue {
  /** The product's name as the reply wrote it. */
  product: string;
  claim: "in_stock" | "sold_out" | "count" | "price";
  /** The words that make the claim. */
  raw: string;
  /** What the store said instead. */
  actual: string;
}

/** The products a turn knows of: those looked up, and names it saw without a lookup. */
export interface KnownProducts {
  /** The catalogue products fetched this turn, with their stock and price. */
  looked: readonly ProductView[];
  /** Products the customer named in the message, not looked up. */
  named: readonly string[];
  /** Items of the customer's orders, not looked up: only the words of stock claim stock. */
  ordered?: readonly string[];
}

/** The products `msg` knows of (see `KnownProducts`). */
export function knownProducts(msg: Message): KnownProducts {
  const c = msg.payload.context;
  const looked = c?.catalogue?.products ?? [];
  const lookedNames = new Set(looked.map((p) => p.name));
  const named = new Set<string>();
  for (const p of msg.payload.intent?.entities.products ?? []) named.add(p.name);
  const ordered = new Set<string>();
  for (const o of [...(c?.orders ?? []), ...(c?.order ? [c.order] : [])]) {
    for (const it of o.items) if (!named.has(it.name)) ordered.add(it.name);
  }
  const not = (n: string) => !lookedNames.has(n);
  return { looked, named: [...named].filter(not), ordered: [...ordered].filter(not) };
}

const IN_STOCK =
  /\b(?:in stock|available(?! (?:in|on|from|as|for)\b)|have (?:it|them|some|plenty|one) in stock)\b/i;
const SOLD_OUT =
  /\b(?:out of stock|sold out|unavailable|not (?:currently |yet )?(?:in stock|available)|no longer (?:in stock|available)|none left)\b/i;
const COUNT =
  /\b(?:only\s+)?(\d{1,6})\s+(?:(?:units?|pieces?|items?|of them)\s+)?(?:left|in stock|available|remaining)\b|\bonly\s+(\d{1,6})\b/i;
/** Words that can only be about stock. */
const STOCK_WORDS = /\b(?:in stock|out of stock|sold out|back in stock)\b/i;
const PRICE_WORDS = /\b(?:costs?|price[ds]?|priced|sells? for|retails? (?:at|for)|is|at)\b/i;
/** A clause that only supposes the claim ("when something is sold out", "whether it's in stock"). */
const HYPOTHETICAL = /\b(?:if|when|whenever|once|whether|until|as soon as|in case)\b/i;
const NEGATED_BEFORE = /\b(?:not|isn't|isnt|no longer|never)\s*$/i;
/** A pronoun that points at the product talked of. */
const PRONOUN = /\b(?:it|it's|its|they|they're|this one|that one)\b/i;

/** Every stock or price claim in `text` that the known products do not support. */
export function productClaimIssues(text: string, known: KnownProducts): ProductClaimIssue[] {
  const out: ProductClaimIssue[] = [];
  const names: Named[] = [
    ...known.looked.map((p) => ({ name: p.name, product: p, strict: false })),
    ...known.named.map((name) => ({ name, product: null, strict: false })),
    ...(known.ordered ?? []).map((name) => ({ name, product: null, strict: true })),
  ].filter((n) => n.name.length >= 3);
  // "It" is the product talked of last, or the one product looked up.
  let current: Named | null = known.looked.length === 1
    ? { name: known.looked[0].name, product: known.looked[0], strict: false }
    : null;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const hits = occurrences(sentence, names);
    if (hits.length === 0) {
      if (current && PRONOUN.test(sentence)) out.push(...claimsOf(sentence, current));
      continue;
    }
    hits.forEach((h, i) => {
      const from = i === 0 ? 0 : h.at;
      const to = i + 1 < hits.length ? hits[i + 1].at : sentence.length;
      out.push(...claimsOf(sentence.slice(from, to), h.entry));
    });
    current = hits[hits.length - 1].entry;
  }
  return out;
}

interface Named {
  name: string;
  product: ProductView | null;
  /** An item of their order: only the words of stock make a stock claim about it. */
  strict: boolean;
}

function occurrences(sentence: string, names: readonly Named[]): { at: number; entry: Named }[] {
  const lower = sentence.toLowerCase();
  const hits: { at: number; end: number; entry: Named }[] = [];
  for (const entry of names) {
    const n = entry.name.toLowerCase();
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
      const end = at + n.length;
      // The longest name wins where two overlap ("Studio Monitor Headphones" over "Headphones").
      if (hits.some((h) => at < h.end && end > h.at && h.end - h.at >= n.length)) continue;
      for (let i = hits.length - 1; i >= 0; i--) {
        if (at < hits[i].end && end > hits[i].at) hits.splice(i, 1);
      }
      hits.push({ at, end, entry });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** The unsupported claims of one stretch of a sentence about `entry`. */
function claimsOf(part: string, entry: Named): ProductClaimIssue[] {
  if (HYPOTHETICAL.test(part)) return [];
  const out: ProductClaimIssue[] = [];
  const p = entry.product;
  const issue = (claim: ProductClaimIssue["claim"], raw: string, actual: string) =>
    out.push({ product: entry.name, claim, raw: raw.trim(), actual });
  const sold = SOLD_OUT.exec(part);
  const stocked = sold ? null : IN_STOCK.exec(part);
  const positive = stocked && !NEGATED_BEFORE.test(part.slice(0, stocked.index));
  if (!p) {
    // Stock nobody looked up this turn is a guess, whichever way it goes. Beside an item of
    // their order only the words of stock count: "a label is available" claims none.
    const why = "the store was not asked about it this turn";
    if (entry.strict) {
      const guess = STOCK_WORDS.exec(part);
      if (guess && !NEGATED_BEFORE.test(part.slice(0, guess.index))) {
        issue(/sold|out of/i.test(guess[0]) ? "sold_out" : "in_stock", guess[0], why);
      }
    } else if (sold) issue("sold_out", sold[0], why);
    else if (positive) issue("in_stock", stocked![0], why);
    return out;
  }
  const actual = p.in_stock ? `the store has ${p.stock} in stock` : "the store has none in stock";
  if (sold && p.in_stock) issue("sold_out", sold[0], actual);
  if (positive && !p.in_stock) issue("in_stock", stocked![0], actual);
  const count = COUNT.exec(part);
  if (count) {
    const n = Number(count[1] ?? count[2]);
    if (n !== p.stock) issue("count", count[0], actual);
  }
  if (PRICE_WORDS.test(part) || /\(\s*[$€£]?\d/.test(part)) {
    for (const a of amountValues(part)) {
      if (Math.abs(a - p.price) >= 0.005) {
        issue("price", String(a), `it costs ${p.price.toFixed(2)} ${p.currency}`);
      }
    }
  }
  return out;
}
