/**
 * Questions about the store's rules that the classifier reads as a request: "can you deliver
 * to a PO box?", "can i ship to a second address, like my office?" (read as changing an
 * address, so a guest was asked to sign in), a service the store does not offer, its price
 * rule. Each is read as the question it is, for the FAQ or the policy to answer. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { faqFor } from "../../domain/faq.ts";
import { asGiftServiceQuestion } from "./gift_wrap.ts";
import { asPriceQuestion } from "./price_asked.ts";
import { asRuleFollowUp, type RuleFollowUpState } from "./rule_follow_up_reading.ts";
import { readAsRule, RULE_CONFIDENCE } from "./read_as_rule.ts";

/** FAQ answers about where an order can go, asked before any order is named. */
const DELIVERY_RULES: ReadonlySet<string> = new Set(["po_box", "several_addresses"]);

/** A question rather than a request: "can I…", "do you…", "is it possible…", a "?". */
const ASKS =
  /\?|^\s*(?:(?:hi|hey|hello|quick question)[\s,.!-]+)?(?:can|could|do|does|is|are|will|would|may)\b/i;

/** Readings a delivery rule question gets: changing an address, or an order's news. */
const ASKED_AS: ReadonlySet<string> = new Set(["change_address", "order_status"]);

/** A parcel of theirs redirected ("could my package be amended to a parcel locker?"). */
const OWN_PARCEL =
  /\b(?:my|our|the) (?:package|parcel|order|delivery|shipment)\b|\b(?:amend|redirect|reroute|re-route)/i;

/**
 * "Can I ship to a second address?" read as changing an address, "can you deliver to a p.o.
 * box?" as an order's news: a question about where an
 * order can go (shipping options, which the FAQ answers) when no order is named nor an
 * address given; the reading as it was otherwise.
 */
export function asDeliveryRuleQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  if (!ASKED_AS.has(r.intent) || r.entities.order_ids.length > 0) return r;
  if (!ASKS.test(text) || /\d/.test(text) || OWN_PARCEL.test(text)) return r;
  const hit = faqFor(text);
  if (!hit || !DELIVERY_RULES.has(hit.entry.id)) return r;
  return readAsRule(r, "shipping_options", text);
}

/**
 * "What if I refuse the delivery?", "can I just refuse the parcel when it comes": what
 * refusing a parcel does is the store's rule, whatever order it is about — not the parcel's
 * news, the speeds, nor a cancellation. A statement ("I'll refuse it") stays as it was read.
 */
/** A word of the refused-delivery entry's phrases: the FAQ is looked up only then. */
const REFUSAL_WORDS = /\b(?:refuse|reject|accept|return to sender)\b/i;

export function asRefusalQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  if (r.intent === "policy_question" || !REFUSAL_WORDS.test(text) || !ASKS.test(text)) return r;
  if (faqFor(text)?.entry.id !== "refused_delivery") return r;
  return readAsRule(r, "policy_question", text);
}

/** "If I order today", "ordering it now", "if i buy it tonight": a purchase not made yet. */
const ORDER_SOON =
  /\bif (?:i|we) (?:order|buy|purchase|place (?:the|an|my) order(?: for it)?)(?: (?:it|one|them|this|that))?(?: (?:today|now|tonight|tomorrow|this (?:week|morning|afternoon|evening)|right now))?\b|\b(?:order|buy)(?:ing)? (?:it|one|them) (?:today|now|tonight|right now)\b/i;
/** When it would come: "get it by", "arrive", "be delivered", "be here". */
const COMES =
  /\b(?:get (?:it|one|them) by|arriv\w*|deliver\w*|be here|come|ship\w*|how long|how soon|in time)\b/i;

/**
 * "Can I get it by next week if I order today?", "if I order now when will it arrive?": how
 * long delivery takes, asked before buying — the speeds, not an order's news nor a product's
 * details. Pure.
 */
export function asDeliveryTimeQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  if (!["place_order", "order_status", "product_question", "other"].includes(r.intent)) return r;
  if (r.entities.order_ids.length > 0 || !ORDER_SOON.test(text) || !COMES.test(text)) return r;
  return readAsRule(r, "shipping_options", text);
}

/** FAQ answers about the store itself. */
const ABOUT_STORE: ReadonlySet<string> = new Set(["about_store"]);

/**
 * "Where are you located?" read as an order's news (a guest was asked to sign in), "are you a
 * us company" as a complaint, "where do you ship from" as the speeds: a question about the
 * store itself, for the FAQ to answer, when it is the message's one request and names no order.
 */
export function asAboutStoreQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  const about = (t: string) => !/\d/.test(t) && ABOUT_STORE.has(faqFor(t)?.entry.id ?? "");
  if ((r.requests?.length ?? 1) > 1 || (r.requests?.length === 1 && !about(r.requests[0].text))) {
    return withAboutStorePart(r, text, about);
  }
  if (r.intent === "policy_question" || r.entities.order_ids.length > 0) return r;
  if (!about(text)) return r;
  return readAsRule(r, "policy_question", text);
}

/**
 * Several requests, one of them about the store: "where are you located? also where is my
 * order ORD-1001" (both read as an order's news) or "hi where r u guys based? and do u ship
 * to france" (the first part left out as a greeting): that part becomes the question it is.
 */
function withAboutStorePart(
  r: IntentEnrichment,
  text: string,
  about: (t: string) => boolean,
): IntentEnrichment {
  const asked = { intent: "policy_question" as const, confidence: RULE_CONFIDENCE };
  const requests = (r.requests ?? []).map((q) =>
    q.intent !== "policy_question" && about(q.text) ? { ...q, ...asked } : q
  );
  if (!requests.some((q) => q.intent === "policy_question")) {
    // The sentence that asks it, when no request covers it.
    for (const m of text.matchAll(/[^.?!\n]+[.?!]*/g)) {
      const start = m.index, end = m.index + m[0].length;
      const covered = requests.some((q) => q.start < end && q.end > start);
      if (!covered && about(m[0])) {
        requests.push({ ...asked, text: m[0].trim(), start, end });
        requests.sort((a, b) => a.start - b.start);
        break;
      }
    }
  }
  const changed = requests.length !== r.requests?.length ||
    requests.some((q, i) => q !== r.requests![i]);
  return changed ? { ...r, requests } : r;
}

/**
 * A service the store does not offer, its price rule or its delivery rules, asked about; and
 * a short follow-up on the rule answered just before (`state`, when given).
 */
export function asStoreRuleQuestion(
  r: IntentEnrichment,
  text: string,
  state?: RuleFollowUpState,
): IntentEnrichment {
  const read = asRefusalQuestion(
    asDeliveryTimeQuestion(
      asAboutStoreQuestion(
        asDeliveryRuleQuestion(asPriceQuestion(asGiftServiceQuestion(r, text), text), text),
        text,
      ),
      text,
    ),
    text,
  );
  return state ? asRuleFollowUp(read, text, state) : read;
}
