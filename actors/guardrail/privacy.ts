/**
 * Privacy: no other customer's data in a reply. Other people's email addresses are
 * removed with their sentence, card numbers are masked to the last four digits, and full
 * street addresses are masked to the city.
 */
import type { GuardrailIssue } from "../../shared/protocol.ts";
import { type Check, fixed, quote } from "./check.ts";
import { removeSentences } from "./sentences.ts";

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const STREET_WORDS =
  "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Crescent|Terrace|Close|Square|Sq|Parkway|Pkwy|Highway|Hwy";
const ADDRESS = new RegExp(
  String.raw`\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]*\s+){0,4}(?:${STREET_WORDS})\b\.?` +
    String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*[\w-]+)?` +
    String.raw`(?:,\s*([A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){0,2}))?` +
    String
      .raw`(?:,?\s+[A-Z]{2}\b)?(?:,?\s+\d{5}(?:-\d{4})?)?(?:,\s*(?:US|USA|United States|UK|GB)\b)?`,
  "g",
);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Masks card numbers and street addresses; removes sentences with others' emails. */
export const privacyCheck: Check = ({ text, facts, msg }) => {
  const issues: GuardrailIssue[] = [];
  let out = text.replace(CARD, (m) => {
    const digits = m.replace(/\D/g, "");
    if (digits.length < 13 || digits.length > 19 || !luhn(digits)) return m;
    issues.push(fixed("privacy", `Masked a card number ending in ${digits.slice(-4)}`));
    return `•••• ${digits.slice(-4)}`;
  });
  const city = msg.payload.context?.order?.shipping_city ?? null;
  out = out.replace(ADDRESS, (_m, town: string | undefined) => {
    const keep = town ?? city ?? "your address on file";
    issues.push(fixed("privacy", `Masked a street address to ${keep}`));
    return keep;
  });
  const r = removeSentences(out, (s) => {
    const foreign = (s.match(EMAIL) ?? []).filter((e) => !facts.emails.has(e.toLowerCase()));
    return foreign.length > 0 ? `another person's email address (${foreign.length})` : null;
  });
  for (let i = 0; i < r.removed.length; i++) {
    issues.push(
      fixed("privacy", `Removed ${quote(r.removed[i].replace(EMAIL, "[email]"))}: ${r.reasons[i]}`),
    );
  }
  return { text: r.text, issues };
};
