/**
 * General questions about how the store works — "how do returns work?", "what's your refund
 * policy", "can I return something I bought 2 months ago?", "do you refund shipping?" — told
 * apart from requests to change an order, and answered from the policy (its numbers from
 * policy.ts) and the FAQ operators edit.
 *
 * The rule, by the words: a message is a general question when it is asked as a question
 * (it opens with how / what / when / can I / do you / is… or ends with "?", or asks about a
 * "policy"), names a policy topic, wishes for nothing in the first person ("I want", "I'd
 * like", "please", "can you…") and points at no order of theirs (no order id, no product of
 * theirs, no "my order", "it", "this one"). Why: a customer who wants a change says so or
 * points at what to change; one who asks how something works, in general terms, wants to
 * know the rule before deciding, and a change proposed to them (or a sign-in demanded of a
 * guest) answers a question they did not ask.
 */
import { CARDINALS } from "./numbers.ts";
import { FAQ, type FaqBook, faqFor, faqParagraphs } from "./faq.ts";
import {
  MIN_WARRANTY_MONTHS,
  policyAnswer,
  type PolicyTopic,
  policyTopicFor,
  REFUND_PROCESSING_DAYS,
  RETURN_SEND_DAYS,
  RETURN_WINDOW_DAYS,
} from "./policy.ts";
import { destinationAnswer, destinationAsked, returnFromAbroad } from "./destinations.ts";
import type { Tier } from "../shared/protocol.ts";
import { openedForQuestion } from "./yes_no_asked.ts";
import { priceRuleAnswer } from "./price_questions.ts";
import { asksAboutDuties, dutiesAnswer } from "./duties.ts";
import { ruleDetail } from "./rule_details.ts";

/** What a message names besides its words: ids and products the understanding found. */
export interface Named {
  /** Order ids or tracking numbers the message names. */
  orders: number;
  /** Products of the catalogue the message names. */
  products: number;
}

const QUESTION_OPENING =
  /^(?:(?:hi|hello|hey|ok|okay|k+|cool|great|fine|whatever|alright|thanks|thank you|thx|ty|cheers|right|so|and|also|quick question|just wondering|um+|hmm+|one more (?:thing|question)|another (?:thing|question)|last (?:thing|question)|btw|by the way|oh and|oh also)[ ,.!:;-]+)*(?:how|what|whats|when|which|why|where|is|are|do|does|did|can|could|may|will|would|should|am|any|if)\b/;
const ASKS_ABOUT = /\b(?:polic(?:y|ies)|rules|terms and conditions)\b/;
/** Asking in so many words: "I'd like to know…", "can you tell me…", "I was wondering…". */
const ASKING =
  /^(?:(?:hi|hello|hey|ok|okay|so|sure|yes|yeah|yep|but|first|wait)[ ,]+)*(?:(?:id|i would|i d) like to (?:know|ask|understand)|i (?:want|wanted|need) to (?:know|ask|understand)|(?:can|could) you (?:tell me|explain)|i (?:was|am|m) wondering|im wondering|wondering|tell me|explain)\b/;
/** A wish of their own or a request to us: a request, not a question ("do I need…" asks). */
const WISH =
  /\b(?:(?<!\b(?:do|would|will|should|must) )i (?:want|wanna|need|would like|d like|am trying|m trying|d love|will|ll)(?! (?:to )?(?:know|ask|understand|check)\b)|id like(?! to (?:know|ask|understand|check)\b)|im trying|please|pls|plz|(?:can|could|would|will) you (?!tell|explain|let me know|say)|help me|lets|let me|go ahead|set (?:it|that|one) up|start (?:a|the|my) (?:return|refund)|do it)\b/;
/** "Can I …" with nothing general to do it to is about the order in focus: "can I cancel?". */
const CAN_I = /\b(?:can|could|may) (?:i|we)\b/;
const GENERIC =
  /\b(?:something|anything|an item|items|an order|orders|things|stuff|a product|products|a purchase|purchases|goods|sale items)\b/;
/**
 * A particular order or item described: its state ("an order that is still processing"),
 * its tracking, one they are sending back now, or "the gift", "the original box" (a
 * definite thing that is no part of the rules).
 */
const PARTICULAR =
  /\b(?:status|on (?:its|the) way|arrived?|arrives|track(?:ing)?|where(?:s| is) my|that (?:is|s|has|was|hasnt|isnt)|i (?:just )?(?:placed|received|got)|i (?:am|m) (?:returning|sending|cancell?ing)|im (?:returning|sending|cancell?ing))\b|\bthe (?!(?:refund|return|exchange)s? (?:take|takes|usually|normally|cost|costs|work|works)\b)(?!(?:return |refund |shipping |exchange |delivery )?(?:polic(?:y|ies)|labels?|window|process|rules?|warranty|fees?|costs?|deadline|time|same|store|shop|postage|shipping|uk|us|usa|eu|united|netherlands|czech|states|typical|receipt|original receipt|tags?)\b)[a-z]+/;
/** "…go back to my card, right?": a statement asked back for a yes. */
const TAG_QUESTION =
  /\b(?:right|correct|yes|yeah|isnt it|is it|dont they|do they|wont it)\s*\?\s*$/;
/** A pointer at one order of theirs. */
// "Refunds go back to my card, right?": the card or PayPal money goes back to is no order.
const POINTS_AT =
  /\b(?:my(?! (?:card|credit card|debit card|payment method|paypal)\b)|mine|this|that one|these|those|them|the one|the order|the parcel|the package|it(?! (?:take|takes|cost|costs|work|works|usually|normally|be)\b))\b/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’`´]/g, "'").replace(/'/g, "").replace(/\s+/g, " ")
    .trim();
}

/** True when the message is asked as a question (the words or a question mark say so). */
export function askedAsQuestion(text: string): boolean {
  const t = normalise(text);
  return /\?\s*$/.test(text.trim()) || QUESTION_OPENING.test(t) || ASKING.test(t);
}

/** True when the message is a general question about how the store works (see the rule above). */
export function isGeneralQuestion(text: string, named: Named): boolean {
  if (named.orders > 0 || named.products > 0) return false;
  const t = normalise(text);
  if (WISH.test(t) || POINTS_AT.test(t)) return false;
  if (destinationAsked(text)) return true;
  if (PARTICULAR.test(t)) return false;
  if (
    !QUESTION_OPENING.test(t) && !ASKING.test(t) && !ASKS_ABOUT.test(t) && !TAG_QUESTION.test(t)
  ) {
    return false;
  }
  if (CAN_I.test(t) && !GENERIC.test(t) && spanDays(text) === null) return false;
  return answerPolicyQuestion(text) !== null;
}

/** The answer to a policy question: what it is about and its paragraphs. */
export interface PolicyReply {
  /** A name for the audit trail: the FAQ entry, the policy detail or the section. */
  id: string;
  /** The policy section it is about, or null for an FAQ entry of no section. */
  topic: PolicyTopic | null;
  paragraphs: string[];
  /** The FAQ entry's closing line, when the answer is one. */
  followUp: string | null;
}

/** Days a stated span ("2 months", "three weeks", "a year", "45 days") covers, or null. */
export function spanDays(text: string): number | null {
  const words: Record<string, number> = { ...CARDINALS, a: 1, an: 1, few: 3, couple: 2 };
  const m = normalise(text).match(
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple)(?: of)? (day|week|month|year)s?\b/,
  );
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : words[m[1]];
  const unit = { day: 1, week: 7, month: 30, year: 365 }[m[2] as "day" | "week" | "month" | "year"];
  return n * unit;
}

const TIMING =
  /\b(?:how long|how soon|how quick(?:ly)?|when (?:will|do|does|would|can)|how many days)\b/;
const COST = /\b(?:free|cost|costs|pays? for|who pays|charge|charged|fee|fees|price)\b/;

/** Sending goods back, in the words shoppers use. */
const RETURNS =
  /\b(?:returns?|returning|send(?:ing)? (?:it |them |something |things |stuff |items? )?back)\b/;

/** Swapping an item for another (not a rate of exchange). */
/** A receipt or proof of purchase asked about: "do I need the receipt", "lost my receipt". */
const RECEIPT =
  /\b(?:need|needs|required?|without|lost|have|keep|bring|show)\s+(?:a |an |the |my |any |the original |a paper )?(?:receipt|proof of purchase)\b/;
/** Bought in a sale: "sale items", "discounted", "clearance". */
const SALE = /\b(?:sale|discounted|clearance|reduced|on offer|marked down)\b/;
/** Opened, used or tried: "opened", "worn", "tried it on", "tags off". */
const OPENED =
  /\b(?:opened|used|worn|tried (?:it |them )?on|unboxed|without (?:the )?tags|tags off|removed the tags)\b/;
const EXCHANGE = /\bexchang(?:es|ing)\b|\bexchange (?:an?|it|them|something|items?|for|policy)\b/;

/** "After 30 days", "more than a month": past the span named, not within it. */
const BEYOND =
  /\b(?:after|past|beyond|more than|over|later than|longer than)\s+(?:the\s+)?(?:\d+|a|an|one|two|three|four|five|six|thirty)\b/;
/** Asking whether goods may go back at all: "returnable", "final sale", "refundable". */
const RETURNABLE = /\b(?:returnable|non-?returnable|final sale|refundable|non-?refundable)\b/;
/** Goods in general, as a follow-up names them: "what about opened items". */
const GOODS = /\b(?:items?|things|stuff|products?|goods|purchases?|clothes|ones)\b/;
/** A follow-up asking the same of other goods: "and opened ones?", "what about sale items". */
const AND_ABOUT = /^(?:(?:ok|okay|thanks|cool)[\s,.!]+)?(?:and|what about|how about|wh?at about)\b/;
/** A question leaning to "they can't": "final sale?", "non-returnable?", "excluded?". */
const EXCLUDED = /\b(?:final sale|non-?returnable|non-?refundable|excluded|exempt)\b/;

/** A detail of the policy a question asks for precisely, before its whole section. */
function detail(t: string, text: string, probe = text): PolicyReply | null {
  const reply = (id: string, topic: PolicyTopic, paragraphs: string[]): PolicyReply => ({
    id,
    topic,
    paragraphs,
    followUp: null,
  });
  const price = priceRuleAnswer(probe);
  if (price) return reply(price.id, "prices", price.paragraphs);
  if (asksAboutDuties(probe)) return reply("duties", "shipping", dutiesAnswer());
  // "Do I get the shipping back?": a refund of the shipping, in other words.
  const refund = /\b(?:refunds?|refunded|money back|my money)\b/.test(t) ||
    /\b(?:get|have|be) (?:the |my )?(?:shipping|postage|delivery (?:fee|cost)) (?:back|refunded)\b/
      .test(t);
  const ret = RETURNS.test(t);
  if (/\bshipping\b|\bpostage\b|\bdelivery (?:fee|cost|charge)/.test(t) && refund) {
    return reply("shipping_refund", "refunds", [
      openedForQuestion(
        text,
        "a refund covers everything you paid, the shipping fee included. And the return " +
          "label is prepaid, so sending an item back costs you nothing.",
      ),
    ]);
  }
  if (/\blabels?\b/.test(t) || (ret && COST.test(t))) {
    return reply("return_label", "returns", [
      "The return label is free: we email you a prepaid label, and you send the parcel within " +
      `${RETURN_SEND_DAYS} days of getting it.`,
    ]);
  }
  if (refund && /\b(?:card|paypal|apple pay|bank|payment method|same way|original)\b/.test(t)) {
    // "And to a gift card?": another way than the one paid with leans to a no.
    const other = /\b(?:gift ?card|store credit|voucher|another|different|other)\b/.test(t);
    return reply("refund_method", "refunds", [
      openedForQuestion(
        text,
        "a refund goes back to the way you paid (the same card, PayPal, Apple Pay or bank " +
          `account) and arrives within ${REFUND_PROCESSING_DAYS} business days of being issued.`,
        other ? "No" : "Yes",
      ),
    ]);
  }
  if (refund && TIMING.test(t)) {
    return reply("refund_time", "refunds", [
      `A refund reaches your original payment method within ${REFUND_PROCESSING_DAYS} business ` +
      "days of being issued — for a return, once the parcel is back with us.",
    ]);
  }
  const span = ret || refund ? spanDays(text) : null;
  if (span !== null && (ret || refund)) {
    const months = span >= 60 ? `${Math.round(span / 30)} months` : `${span} days`;
    return reply(
      "return_window",
      "returns",
      span > RETURN_WINDOW_DAYS || (span === RETURN_WINDOW_DAYS && BEYOND.test(t))
        ? [
          `Not after ${months}, I'm afraid: returns and refunds are accepted within ` +
          `${RETURN_WINDOW_DAYS} days of delivery.`,
          `If it has a fault, the manufacturer's warranty (at least ${MIN_WARRANTY_MONTHS} ` +
          "months) still covers it, and we arrange the repair or a replacement.",
        ]
        : [
          openedForQuestion(
            text,
            `anything delivered within the last ${RETURN_WINDOW_DAYS} days can be returned; ` +
              "we email a prepaid label and refund you once the parcel is back with us.",
          ),
        ],
    );
  }
  // "Do I need the receipt?", "can I return sale items?", "what if I've worn them?": the
  // returns policy's own answer to what is asked, not the whole policy again.
  if (RECEIPT.test(t)) {
    return reply("receipt", "invoices", [
      "No receipt is needed: a return, a refund or a warranty repair is started from the order " +
      "itself (in your account, or here with me), and the order is your proof of purchase. The " +
      "invoice is on the order's page if you'd like a copy.",
    ]);
  }
  // "Sale items returnable?", "what's your policy on sale items?", "what about opened ones".
  const rule = ret || RETURNABLE.test(t) || /\b(?:polic(?:y|ies)|rules)\b/.test(t) ||
    (AND_ABOUT.test(t) && GOODS.test(t) && !refund);
  if (rule && SALE.test(t)) {
    // "Are sale items final sale?" leans to a no: they can be returned, so "No —".
    return reply("sale_items", "returns", [
      openedForQuestion(
        text,
        "items bought in a sale can be returned like any other, within " +
          `${RETURN_WINDOW_DAYS} days of delivery, and the refund is what you paid for them.`,
        EXCLUDED.test(t) ? "No" : "Yes",
      ),
    ]);
  }
  if (rule && OPENED.test(t)) {
    return reply("opened_items", "returns", [
      openedForQuestion(
        text,
        `you can return an item you've opened or tried within ${RETURN_WINDOW_DAYS} days ` +
          "of delivery, as long as it's complete with its parts; if it's faulty, tell me and " +
          "it's treated as a fault, not a change of mind.",
        EXCLUDED.test(t) ? "No" : "Yes",
      ),
    ]);
  }
  if (EXCHANGE.test(t)) {
    return reply("exchanges", "returns", [
      "We don't swap items directly: return the one you have (free, within " +
      `${RETURN_WINDOW_DAYS} days of delivery) and order the one you'd like instead. An item ` +
      "that arrived damaged or wrong is replaced for you.",
    ]);
  }
  return null;
}

/**
 * The refund of a cancelled order, for a question about money asked while a cancellation
 * waits: the refunds section is about delivered orders, which this one is not.
 */
export function refundOnCancelReply(): PolicyReply {
  return {
    id: "cancel_refund",
    topic: "cancellation",
    paragraphs: [
      "When an order is cancelled, any payment is refunded in full; it reaches your original " +
      `payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    ],
    followUp: null,
  };
}

/** Rules a destination's own answer covers already (speeds, fees, duties, delays). */
const SHIPPING_TOPICS: ReadonlySet<PolicyTopic> = new Set<PolicyTopic>([
  "shipping",
  "expedite",
  "delivery_problems",
]);

/**
 * The answer to a policy question from the FAQ operators edit (its entry wins when one
 * matches), a precise detail of the policy, a destination, or the policy section it names;
 * null when none has an answer. Two rules asked in one message ("whats the warranty and do
 * you price match") are both answered, in the order asked.
 */
export function answerPolicyQuestion(
  text: string,
  opts: { tier?: Tier | null; book?: FaqBook; about?: string } = {},
): PolicyReply | null {
  const whole = answerOne(text, opts);
  if (opts.about) return whole;
  const parts = questionParts(text).map((part) => answerOne(part, opts))
    .filter((a): a is PolicyReply => a !== null);
  const distinct = parts.filter((a, i) => parts.findIndex((b) => b.id === a.id) === i);
  if (distinct.length < 2) return whole;
  return {
    id: distinct[0].id,
    topic: distinct[0].topic,
    paragraphs: distinct.flatMap((a) => a.paragraphs),
    followUp: null,
  };
}

/** A second question of a message: after "?", a full stop, or "and"/"also" before a question word. */
const NEXT_QUESTION =
  /\?\s+|[.;!]\s+|,?\s+(?:and|also|plus|oh and|btw)\s+(?=(?:how|what|whats|what's|when|which|is|are|do|does|did|can|could|will|would|any|if|who)\b)/i;

/** The questions of a message, each of two words or more (one part when it asks one). */
export function questionParts(text: string): string[] {
  return text.split(NEXT_QUESTION).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 2);
}

function answerOne(
  text: string,
  opts: { tier?: Tier | null; book?: FaqBook; about?: string } = {},
): PolicyReply | null {
  // A follow-up's words are read with those of the rule it follows ("even after 30 days?").
  const probe = opts.about ? `${opts.about} ${text}` : text;
  const own = opts.about ? null : ruleDetail(text);
  if (own) return { ...own, followUp: null };
  const hit = opts.about ? null : faqFor(text, null, opts.book ?? FAQ);
  if (hit) {
    return {
      id: `faq_${hit.entry.id}`,
      topic: (hit.entry.policy as PolicyTopic | undefined) ?? null,
      paragraphs: faqParagraphs(hit.entry, opts.tier ?? null),
      followUp: hit.entry.follow_up ?? null,
    };
  }
  const t = normalise(probe);
  const place = destinationAsked(probe);
  // "Can I send it back from Germany?": a return asked about, from a place we ship to.
  const from = place && RETURNS.test(t) ? returnFromAbroad(place) : null;
  if (from) {
    return {
      id: "return_abroad",
      topic: "returns",
      paragraphs: [policyAnswer("returns", { tier: opts.tier ?? null }), from],
      followUp: null,
    };
  }
  if (place) {
    // "Do you ship to canada and how long is the warranty?": the other rule asked too.
    const also = policyTopicFor(probe);
    const other = also && !SHIPPING_TOPICS.has(also) ? [policyAnswer(also, opts)] : [];
    return {
      id: "shipping_destination",
      topic: "shipping",
      paragraphs: [...destinationAnswer(place), ...other],
      followUp: null,
    };
  }
  const precise = detail(t, text, probe);
  if (precise) return precise;
  const topic = policyTopicFor(probe) ?? (RETURNS.test(t) ? "returns" : null);
  if (!topic) return null;
  return {
    id: `policy_${topic}`,
    topic,
    paragraphs: [policyAnswer(topic, { tier: opts.tier ?? null })],
    followUp: null,
  };
}
