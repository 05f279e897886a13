/**
 * Answers that only say which order, read after the conversation's other readings: "the $192
 * one" of the orders we listed (by its total), "the one i asked about before" (the order
 * talked of before the one in focus), "the one that hasn't shipped" after we asked for a new
 * address (the address is still asked, now for that order), and "2001" or "the mixer one"
 * while a change of another order waits (that change, asked for the order now named). The
 * classifier reads such a message alone — a price question, "other", a delivery problem —
 * and the request the conversation was on was lost. Pure.
 */
import type { Dialogue, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { REQUEST_OF } from "./pending_correction.ts";
import { relabelled } from "./relabel.ts";
import { picksOnly } from "./follow_up.ts";
import { carriedRequest } from "./carried_request.ts";
import { openingChange } from "./change_verb.ts";
import { nearOwnOrder } from "../../domain/near_number.ts";

/** An order of a list, with its total. */
interface Listed {
  id: string;
  total: number;
}

/** "The $192 one", "the 89 dollar order", "the one for $428". */
const BY_AMOUNT = new RegExp(
  String.raw`\b(?:the|that)\s+(\$|usd\s?)?(\d{1,5}(?:\.\d{1,2})?)\s*(\$|usd|dollars?|bucks)?` +
    String.raw`(?:\s+|-)(?:one|order|1)\b|\bthe\s+(?:one|order)\s+(?:for|of|that (?:cost|was)|` +
    String.raw`costing|worth)\s+(\$|usd\s?)?(\d{1,5}(?:\.\d{1,2})?)\s*(\$|usd|dollars?|bucks)?`,
  "i",
);

/** The order of `listed` whose total the text names ("the $192 one"), or null. */
export function pickedByAmount(text: string, listed: readonly Listed[]): string | null {
  const m = BY_AMOUNT.exec(text.replace(/(\d),(\d{3})\b/g, "$1$2"));
  if (!m) return null;
  const [amount, before, after] = m[2] ? [m[2], m[1], m[3]] : [m[5], m[4], m[6]];
  // "The 1002 one" is an order's number, not a price: a price says its currency or "for".
  if (!before && !after && m[2]) return null;
  const value = Number(amount);
  const hits = listed.filter((o) => Math.abs(o.total - value) < 1);
  return hits.length === 1 ? hits[0].id : null;
}

/** "The one i asked about before", "the order we talked about earlier", "the earlier one". */
const EARLIER =
  /\b(?:the|that)\s+(?:(first|earlier|original)\s+)?(?:one|order)\s+(?:(?:i|we)\s+(?:asked|was asking|were asking|talked|was talking|were talking|enquired|inquired|spoke|mentioned)\s+(?:you\s+)?about(?:\s+(before|earlier|previously|at first|first|originally|a (?:minute|moment|sec|second) ago))?|from (?:before|earlier))\b|\bthe earlier (?:one|order)\b/i;

/**
 * The order the text names as the one talked of before the one in focus: the latest other
 * order mentioned, or the first one mentioned when the text says "first". Null when it names
 * none or the conversation has talked of no other.
 */
export function earlierOrder(text: string, dialogue: Partial<Dialogue> | null | undefined) {
  const m = EARLIER.exec(text);
  if (!m) return null;
  const focus = dialogue?.focus?.order_id ?? null;
  const others = (dialogue?.mentioned ?? []).filter((id) => id !== focus);
  if (others.length === 0) return null;
  const first = /first|original/i.test(`${m[1] ?? ""} ${m[2] ?? ""}`);
  return first ? others[0] : others[others.length - 1];
}

/** A message that is an order's number and little else: "2001", "#1003 please", "no, 1002". */
const BARE_NUMBER =
  /^(?:(?:no|nope|sorry|oh|ah|i meant|i mean|it'?s|its|it is|order|the|number|#)[\s,.!]*)*(?:ord-?\s?|#)?\d{4,7}(?:[\s,.!]*(?:please|pls|plz|one|order))*[\s.!]*$/i;

/** "The vacuum", "no the headphones", "what about my keyboard?": goods named, nothing asked. */
const GOODS_ONLY =
  /^(?:(?:no+|nope|nah|sorry|oh|ah|actually|wait|i meant|i mean|and|what about|how about|ok(?:ay)?|not that one)[\s,.!-]+)*(?:the|my)\s+(?!(?:one|order|other|refund|return|cancellation|replacement|same)\b)[a-z][a-z -]{1,30}?(?:\s+(?:one|order|instead|please|pls|then))*\s*[?.!]*$/i;

/** A no that opens a message naming goods: "no the headphones", "nope, my keyboard". */
const NO_THEN = /^\s*(?:no+|nope|nah)\b[\s,.!-]*(?:the|my)\b/i;

/** What the reading of a pick needs beside the message. */
export interface PickInput {
  text: string;
  dialogue: Partial<Dialogue> | null | undefined;
  pending: PendingAction | null;
}

/** The reading with the order the message picks, when it only picks one; else unchanged. */
export function withOrderPicked(reading: IntentEnrichment, input: PickInput): IntentEnrichment {
  const still = input.pending ? null : askedStill(reading, input);
  if (still) return still;
  if (reading.source === "conversation" && !input.pending) {
    // "The $192 one" to our "which order?": read as its answer, with no order found in it.
    if (reading.entities.order_ids.length > 0) return reading;
    return withAmount(reading, input) ?? withEarlier(reading, input);
  }
  if (input.pending) return overPending(reading, input) ?? reading;
  const meant = meantNumber(reading, input);
  if (meant) return meant;
  return withAmount(reading, input) ?? withEarlier(reading, input);
}

/**
 * "Yes" after "could you check the number — did you mean ORD-1002?": the request of the turn
 * that named the number, for the order we offered (theirs, one slip from the number typed).
 */
function meantNumber(reading: IntentEnrichment, input: PickInput): IntentEnrichment | null {
  const missing = input.dialogue?.missing_order;
  if (!missing || reading.intent !== "affirm") return null;
  const e = reading.entities;
  if (e.order_ids.length > 0 || (e.order_refs ?? []).length > 0) return null;
  const own = new Set([
    ...(input.dialogue?.mentioned ?? []),
    ...(input.dialogue?.orders_listed ?? []).map((o) => o.id),
  ]);
  const near = nearOwnOrder(missing, [...own]);
  if (!near) return null;
  const intent = input.dialogue?.topic ?? "order_status";
  const entities = { ...e, order_ids: [near] };
  return { ...relabelled(reading, intent, 0.85), entities, source: "conversation" };
}

/** "The $192 one" of the orders our reply listed: that order, its status or the change said. */
function withAmount(reading: IntentEnrichment, input: PickInput): IntentEnrichment | null {
  const e = reading.entities;
  if (e.order_ids.length > 0 || (e.order_refs ?? []).length > 0) return null;
  const id = pickedByAmount(input.text, input.dialogue?.orders_listed ?? []);
  if (!id) return null;
  return pointed(reading, input, id);
}

/** "And the one i asked about before?": the order talked of before the one in focus. */
function withEarlier(reading: IntentEnrichment, input: PickInput): IntentEnrichment {
  const e = reading.entities;
  if (e.order_ids.length > 0 || (e.order_refs ?? []).length > 0) return reading;
  const id = earlierOrder(input.text, input.dialogue);
  return id ? pointed(reading, input, id) : reading;
}

/** "Ok, so …": an acknowledgement before the verb. */
const ACK_LEAD = /^(?:(?:ok(?:ay)?|so|then|fine|alright|right)[\s,.!]+)+/i;
/** Readings that leave the request open: a pick alone carries on the conversation's. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "product_question",
  "place_order",
  "feedback",
  "complaint",
  "affirm",
  "deny",
]);

/** The reading about order `id`: the change its verb says, else the request carried on. */
function pointed(reading: IntentEnrichment, input: PickInput, id: string): IntentEnrichment {
  const entities = { ...reading.entities, order_ids: [id], state_refs: [] };
  const verb = openingChange(input.text.trim().replace(ACK_LEAD, ""));
  const own = !OPEN.has(reading.intent) && reading.confidence >= 0.5 ? reading.intent : null;
  const intent = verb ?? own ?? carriedRequest({
    topic: input.dialogue?.topic ?? null,
    rule: input.dialogue?.rule ?? null,
    product: false,
    change: false,
  });
  return { ...relabelled(reading, intent, 0.85), entities, source: "conversation" };
}

/**
 * "The one that hasn't shipped" after we asked for the new address (or the items to change):
 * the same question, for the order now named — not that order's status.
 */
function askedStill(reading: IntentEnrichment, input: PickInput): IntentEnrichment | null {
  const asked = input.dialogue?.asked;
  if (!asked || (asked.slot !== "address" && asked.slot !== "items")) return null;
  if (!picksOnly(input.text, reading.entities)) return null;
  return { ...relabelled(reading, asked.intent, 0.85), source: "conversation" };
}

/**
 * "2001" or "the mixer one" while a change of another order waits for a yes: that change,
 * asked for the order now named (proposed afresh, or refused with the reason); the waiting
 * one is withdrawn. A pick of the waiting order itself is left to the confirmation reader.
 */
function overPending(reading: IntentEnrichment, input: PickInput): IntentEnrichment | null {
  const pending = input.pending!;
  const request = REQUEST_OF[pending.action.type];
  if (!request || reading.confirmation === "affirm") return null;
  const e = reading.entities;
  const waiting = pending.action.order_id;
  // The reading may carry the waiting order without the text naming it.
  const named = [...e.order_ids, ...(e.order_refs ?? []).map((r) => r.id)];
  const other = [...new Set(named)].filter((id) => id !== waiting);
  const byNumber = reading.source !== "conversation" && other.length === 1 &&
    BARE_NUMBER.test(input.text.trim());
  // Goods named alone ("the vacuum", "no the headphones"): the context finds which order of
  // theirs holds them. Readings the conversation made of them (a narrower return) stand.
  const byGoods = other.length === 0 && (e.order_refs ?? []).length === 0 &&
    e.products.length > 0 &&
    ((reading.confirmation === "unclear" && picksOnly(input.text, e)) ||
      // "No the headphones": the no is to the goods proposed, not to a change of the others.
      ((reading.source !== "conversation" || NO_THEN.test(input.text)) &&
        GOODS_ONLY.test(input.text.trim())));
  if (!byNumber && !byGoods) return null;
  return {
    ...relabelled(reading, request, 0.9),
    entities: { ...e, order_ids: byNumber ? other : [] },
    confirmation: "new_request",
    withdraws_pending: true,
    source: "conversation",
  };
}
