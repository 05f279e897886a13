/**
 * Money amounts with their currency: "$49.99", "19,99 €", "20 EUR", "USD 40", "25 bucks",
 * and a bare "49.99" where the message talks about money (currency null then).
 */

/** An amount found in the text. */
export interface FoundAmount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
}

const SYMBOLS: Record<string, string> = { "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY" };
const WORDS: Record<string, string> = {
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  bucks: "USD",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  quid: "GBP",
  cad: "CAD",
  aud: "AUD",
  chf: "CHF",
  jpy: "JPY",
};
const NUM = "(\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
const WORD = "(usd|eur|gbp|cad|aud|chf|jpy|dollars?|bucks|euros?|pounds?|quid)";
const MONEY_TALK =
  /\b(charged?|paid|pay|payment|refund\w*|price|cost|amount|fee|total|bill\w*|statement|debited|credit|twice|owe)\b/i;

const PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/([$€£¥])\s?(\d[\d,.]*)/g, (m) => SYMBOLS[m[1]]],
  [new RegExp(`${NUM}\\s?([$€£¥])`, "g"), (m) => SYMBOLS[m[2]]],
  [new RegExp(`\\b${WORD}\\s?${NUM}\\b`, "gi"), (m) => WORDS[m[1].toLowerCase()]],
  [new RegExp(`\\b${NUM}\\s?${WORD}\\b`, "gi"), (m) => WORDS[m[2].toLowerCase()]],
];

/** Finds money amounts in `text`, in order of appearance. */
export function extractAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const [re, currencyOf] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const raw = m.slice(1).find((g) => g && /\d/.test(g));
      const value = raw ? parseNumber(raw.replace(/[.,]$/, "")) : NaN;
      if (Number.isFinite(value)) found.push({ value, currency: currencyOf(m), start, end });
    }
  }
  if (MONEY_TALK.test(text)) {
    // "I see two charges of 49.99": two decimals read as money when money is the topic.
    const bare = /(?<![\w.,/-])(\d{1,6}\.\d{2})(?![\w.,/-]*\d)/g;
    for (let m = bare.exec(text); m; m = bare.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ value: Number(m[1]), currency: null, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads "1,299.99", "1.299,99", "19,99" and "49.99" as numbers. */
export function parseNumber(raw: string): number {
  const lastSep = Math.max(raw.lastIndexOf("."), raw.lastIndexOf(","));
  if (lastSep >= 0 && raw.length - lastSep - 1 <= 2) {
    const int = raw.slice(0, lastSep).replace(/[.,]/g, "");
    return Number(`${int}.${raw.slice(lastSep + 1)}`);
  }
  return Number(raw.replace(/[.,]/g, ""));
}
