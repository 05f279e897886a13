/**
 * The parts of a message of several requests, read a little wider than the splitter cut
 * them: a remedy asked for in words the splitter kept as no request of its own ("the mixer
 * came with a cracked bowl. can i get a replacement? and where's my other order") belongs
 * to the problem told before it, and "my other order" in one part is the order beside the
 * one the rest of the message is about. Pure.
 */
import { asksForReplacement, ORDER_INTENTS, REPLACEMENT_INTENTS } from "../../domain/intents.ts";
import type { ContextEnrichment, IntentRequest, OrderView } from "../../shared/protocol.ts";
import type { Draft, TurnView } from "./view.ts";
import { CHANGEABLE_STATUSES } from "../../domain/policy.ts";

/**
 * The requests with each stretch of text between them (or after the last) that asks for a
 * replacement joined to the request before it, when that request is one a replacement
 * answers (a delivery problem, a complaint, a return or a refund).
 */
export function withRemedyAsks(
  text: string,
  requests: readonly IntentRequest[] | undefined,
): IntentRequest[] {
  const sorted = [...(requests ?? [])].sort((a, b) => a.start - b.start);
  return sorted.map((r, i) => {
    const gapEnd = i + 1 < sorted.length ? sorted[i + 1].start : text.length;
    if (gapEnd <= r.end || !REPLACEMENT_INTENTS.has(r.intent)) return r;
    const gap = text.slice(r.end, gapEnd);
    if (asksForReplacement(r.text) || !asksForReplacement(gap)) return r;
    const end = r.end + gap.replace(/[\s,;]*(?:and|also|plus|but|oh|btw)?[\s,;]*$/i, "").length;
    return { ...r, text: text.slice(r.start, end).trim(), end };
  });
}

/** "And the headphones too?", "my bottle as well": the request before, for another thing. */
const SAME_AGAIN =
  /^\s*(?:(?:and|also|plus|oh and)\s+)?(?:the|my|your)\s+[\w' -]{2,40}?\s+(?:too|as well|also)\s*[?.!]*\s*$/i;

/**
 * The requests with each part that only names another thing "too" ("can i return the shoes?
 * and the headphones too?") asking what the part before it asks, when that is about an order.
 */
export function withSameAgain(requests: readonly IntentRequest[]): IntentRequest[] {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  return sorted.map((r, i) => {
    const before = sorted[i - 1];
    if (!before || !ORDER_INTENTS.has(before.intent) || !SAME_AGAIN.test(r.text)) return r;
    return { ...r, intent: before.intent, confidence: Math.max(r.confidence, before.confidence) };
  });
}

/** "Also wheres the keyboard", "and where are my shoes": where goods of theirs are. */
const WHERE_GOODS =
  /^\s*(?:(?:also|and|oh|btw|plus|ok)[\s,]+)*wh?ere?(?:'?s|\s+is|\s+are|'?re)?\s+(?:my|the|our)\s+(?!(?:\w+\s+){0,3}(?:refund|money|payment|card|invoice|receipt|code|password|account)\b)(?:[\w-]+\s*){1,4}\??\s*$/i;
/** Readings a part asking where goods are is mistaken for, beside the rest of the message. */
const WHERE_MISREAD: ReadonlySet<string> = new Set([
  "refund_status",
  "refund_request",
  "payment_issue",
  "other",
]);

/** The requests with a part asking where goods of theirs are ("also wheres the keyboard") read so. */
export function withWhereGoods(requests: readonly IntentRequest[]): IntentRequest[] {
  return requests.map((r) =>
    WHERE_MISREAD.has(r.intent) && WHERE_GOODS.test(r.text) ? { ...r, intent: "order_status" } : r
  );
}

/** "My other order", "the other one", "the other parcel": an order beside the one in focus. */
const OTHER = /\b(?:the|my|your)\s+other\s+(?:one|order|parcel|package|shipment|delivery)\b/i;

/**
 * The order a part calling it "the other" one means: the one order of theirs beside the
 * order the other parts of the message name (`namedElsewhere`) — of several beside it, the
 * one order the part's request can be done to ("can i still add something to my other
 * order?" beside the shipped headphones: the one not shipped yet) — or null when the other
 * parts name no single order or no single order is left.
 */
export function otherOrderIn(
  c: ContextEnrichment | null,
  text: string,
  namedElsewhere: readonly string[],
  intent?: string,
): OrderView | null {
  if (!c || !OTHER.test(text)) return null;
  const named = [...new Set(namedElsewhere)];
  if (named.length !== 1) return null;
  const others = c.orders.filter((o) => o.id !== named[0]);
  if (others.length === 1) return others[0];
  const fits = intent === undefined ? [] : others.filter((o) => fitsRequest(o.status, intent));
  return fits.length === 1 ? fits[0] : null;
}

/** Whether a request of `intent` can be done to an order in `status` (unknown: false). */
function fitsRequest(status: string, intent: string): boolean {
  if (BEFORE_SHIPPING.has(intent)) return CHANGEABLE_STATUSES.includes(status);
  if (intent === "return_item" || intent === "refund_request") return status === "delivered";
  return false;
}
/** Requests that can be done only before an order ships. */
const BEFORE_SHIPPING: ReadonlySet<string> = new Set([
  "modify_order",
  "cancel_order",
  "change_address",
]);

/**
 * Whether a question about the refund (`refund_status`) of an order is answered by the
 * cancellation of that order proposed in the same reply, which says what is paid back and
 * when: "I don't see a refund yet" beside it would contradict it.
 */
export function refundToldByChange(
  intent: string,
  sub: TurnView,
  proposed: Draft["proposed_actions"],
): boolean {
  if (intent !== "refund_status") return false;
  const own = sub.context?.order_lookup === "found" ? sub.context.order?.id ?? null : null;
  return proposed.some((a) => a.type === "cancel_order" && (own === null || a.order_id === own));
}
