/**
 * "Sounds good. Also, what's the status of ORD-1001?" while the cancellation of ORD-1003
 * waits: a clear yes to the change, then a question of its own about something else. The
 * yes is carried out and the question answered in the same reply (`confirms_pending` on the
 * intent); before, the question was answered and the yes asked for again. A question about
 * the waiting change or its order ("ok, when will it arrive?", "yes. is there a fee?") stays
 * what it was — asked again, nothing done — so nothing is done on words that may doubt it.
 * Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import type { ConfirmationOptions, ConfirmationReading } from "./confirmation.ts";
import { HEDGES, RELATED_INTENTS, TERMS, TERMS_INTENTS } from "./confirmation_cues.ts";
import { canonical, NEGATION } from "./confirmation_scan.ts";
import { normaliseForRules } from "./rules.ts";
import { wantsFaster } from "../../domain/expedite.ts";
import { thanksThenQuestion } from "./thanks_then_question.ts";

/** The reason a reading carries when it is a yes and a question of its own. */
export const YES_THEN_QUESTION = "a clear yes, then a question of its own";

/** Below this confidence the words after the yes are no question of their own. */
const MIN_CONFIDENCE = 0.5;
/** The same for a status question naming another order. */
const NAMED_STATUS_MIN = 0.35;
const HEDGE_RE = new RegExp(`(?:^| )(?:${HEDGES.join("|")})(?= |$)`);

/** Questions that only look something up: answering one changes nothing. */
const QUESTIONS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "refund_status",
  "shipping_options",
  "payment_methods",
  "invoice_request",
  "policy_question",
  "product_question",
]);
/** Questions that need no order: about the shop's rules, its goods, how to pay. */
const ORDER_FREE: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "payment_methods",
  "policy_question",
  "product_question",
]);

/** Where a yes may end: a stop or comma, or before a joining word. */
const BREAK = /[,.;:!]+\s*|\s+(?=(?:and|also|plus|btw|oh)\b)/gi;
/** Joining words the question may open with: "also", "btw", "oh and", "one more thing". */
const JOINERS =
  /^(?:(?:and|also|plus|btw|by the way|oh|one more thing|quick question)\b[\s,:-]*)+/i;

/**
 * The yes and the question: "yes please, and where is 1001?", "Yes, please go ahead. Also,
 * could you tell me …", "yep go ahead! btw do u take paypal". The longest opening that reads
 * as a clear yes is the yes; the rest, without its joining words, the question.
 */
function split(
  text: string,
  opts: ConfirmationOptions & { read: (t: string, o: ConfirmationOptions) => ConfirmationReading },
): { tail: string } | null {
  const t = text.trim();
  const ends = [...t.matchAll(BREAK)].map((m) => ({ at: m.index!, after: m.index! + m[0].length }));
  for (const end of ends.reverse()) {
    const head = t.slice(0, end.at);
    if (head.length > 60) continue;
    const tail = t.slice(end.after).replace(JOINERS, "").trim();
    if (tail === "") continue;
    const reading = opts.read(head, opts);
    if (reading.label === "affirm" && reading.reason === "a clear yes") return { tail };
  }
  return null;
}

/** Goods named by their noun: "the keyboard", "my headphones". */
const GOODS_NAMED = /\b(?:the|my)\s+(?!order\b|parcel\b|package\b|delivery\b)[a-z]{3,}/i;

/** Words that point back at the waiting change or its order ("when will it arrive?"). */
const POINTS_BACK = /\b(?:it|its|it's|that|this|them|they|those|these|the order|my order)\b/i;

/**
 * The reading of a reply that says a clear yes and asks a question about something else:
 * `new_request` with `YES_THEN_QUESTION` as its reason and the question as its request.
 * The reading as it was otherwise.
 */
export function yesThenQuestion(
  reading: ConfirmationReading,
  text: string,
  opts: ConfirmationOptions & {
    read: (text: string, opts: ConfirmationOptions) => ConfirmationReading;
  },
): ConfirmationReading {
  if (reading.label !== "new_request" && reading.label !== "unclear") return reading;
  const parts = split(text, opts);
  // "Thanks! one more thing, where are my headphones": no yes, a question of its own.
  if (!parts) return thanksThenQuestion(reading, text, opts);
  const tail = parts.tail;
  const words = normaliseForRules(tail).split(" ").filter((w) => w !== "").map(canonical);
  if (words.length < 2) return reading;
  if (words.some((w) => NEGATION.test(w)) || HEDGE_RE.test(words.join(" "))) return reading;
  const asked = opts.classify(tail);
  const pendingOrder = opts.pending.order_id?.toUpperCase() ?? null;
  const named = [...tail.matchAll(/(?:\bord-?\s?|#|\b)(\d{4,})\b/gi)].map((n) => `ORD-${n[1]}`);
  const other = named.length > 0 && named.every((id) => id !== pendingOrder);
  // "wheres 2001 at": where another order is, however unsure the classifier of the slang.
  const least = other && asked.intent === "order_status" ? NAMED_STATUS_MIN : MIN_CONFIDENCE;
  if (!QUESTIONS.has(asked.intent) || asked.confidence < least) return reading;
  // "Yes. How long does the refund take?": a question about the change itself is no yes yet.
  const terms = TERMS.test(words.join(" ")) && TERMS_INTENTS.has(asked.intent);
  if (RELATED_INTENTS[opts.pending.type]?.includes(asked.intent) || terms) return reading;
  // "Yes, and can you make it overnight?" asks more of a change, no question.
  if (asked.intent === "shipping_options" && wantsFaster(tail)) return reading;
  const general = named.length === 0 && ORDER_FREE.has(asked.intent) && !POINTS_BACK.test(tail);
  // "Yes and also where is the keyboard": where goods named are, not the change's order.
  const goods = named.length === 0 && asked.intent === "order_status" &&
    GOODS_NAMED.test(tail) && !POINTS_BACK.test(tail);
  if (!other && !general && !goods) return reading;
  return { label: "new_request", reason: YES_THEN_QUESTION, request: asked, requestText: tail };
}
