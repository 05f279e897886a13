/**
 * Tone: no blaming or rude words, no shouting. Rude sentences are removed, words in
 * capitals are lowered, and runs of exclamation marks are calmed.
 */
import type { GuardrailIssue } from "../../shared/protocol.ts";
import { type Check, fixed, quote } from "./check.ts";
import { joinSentences, removeSentences } from "./sentences.ts";

const RUDE =
  /\b(your (own )?fault|you should have|you failed to|you didn'?t (read|bother)|calm down|not our problem|stupid|idiot\w*|dumb|ridiculous|pathetic|shut up|you people|learn to read|as i (already )?(said|told you)|obviously you|deal with it|whatever you want)\b/i;
const CAPS_OK = new Set([
  "USD",
  "EUR",
  "GBP",
  "UPS",
  "DHL",
  "USPS",
  "VIP",
  "FAQ",
  "ETA",
  "PDF",
  "HEPA",
  "LED",
  "USB",
  "SSD",
  "GDPR",
  "VAT",
  "USA",
  "URL",
  "SMS",
  "PIN",
  "ORD",
  "TRK",
  "CUST",
  "API",
  "FEDEX",
  "OK",
  "ID",
]);
const WORD = /\b[A-Z][A-Z']{2,}\b/g;

/** Removes rude sentences and lowers shouting. */
export const toneCheck: Check = ({ text }) => {
  const issues: GuardrailIssue[] = [];
  const r = removeSentences(text, (s) => (RUDE.test(s) ? "blaming or rude wording" : null));
  for (const s of r.removed) {
    issues.push(fixed("tone", `Removed ${quote(s)}: blaming or rude wording`));
  }
  let out = r.text;
  const shouted = (out.match(WORD) ?? []).filter((w) => !CAPS_OK.has(w));
  if (shouted.length >= 2) {
    out = out.replace(WORD, (w) => (CAPS_OK.has(w) ? w : w.toLowerCase()));
    // A lowered word may start a sentence.
    out = joinSentences(
      out.split(/(?<=[.!?])\s+/).map((s) => s.charAt(0).toUpperCase() + s.slice(1)),
    );
    issues.push(fixed("tone", `Lowered ${shouted.length} words written in capitals`));
  }
  if (/!{2,}/.test(out)) {
    out = out.replace(/!{2,}/g, "!");
    issues.push(fixed("tone", "Calmed repeated exclamation marks"));
  }
  return { text: out, issues };
};
