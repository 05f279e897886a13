/**
 * A guest asking how the store does something that sounds like an order of theirs — "I need
 * an invoice with my company's VAT number on it", "can I ship to a second address?" — is
 * told the rule first (the FAQ's answer), then how to sign in if it is about an order already
 * placed, rather than only being asked to sign in.
 */
import { faqFor, faqParagraphs } from "../../domain/faq.ts";
import { opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** FAQ answers a guest gets before being asked to sign in. */
const RULES_BEFORE_SIGN_IN: ReadonlySet<string> = new Set([
  "business_invoice",
  "several_addresses",
  "po_box",
]);

/** The rule a guest asked about, with the way to sign in for an order; null otherwise. */
export function guestRuleReply(v: TurnView, tone: Tone): Draft | null {
  if (!v.guest || v.entities.order_ids.length > 0 || v.signInCodeSent) return null;
  const hit = faqFor(v.text);
  if (!hit || !RULES_BEFORE_SIGN_IN.has(hit.entry.id)) return null;
  const open = opener(v, tone === "friendly" ? "neutral" : tone);
  const body = faqParagraphs(hit.entry, null).flatMap((p, i) => (i === 0 ? [p] : [PARAGRAPH, p]));
  return draft(`faq_${hit.entry.id}`, tone, [
    open,
    ...(open ? [PARAGRAPH] : []),
    ...body,
    PARAGRAPH,
    "If it's about an order you've placed, sign in or tell me the email address you ordered " +
    "with, and I'll look it up.",
  ]);
}
