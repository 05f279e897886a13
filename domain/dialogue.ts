/**
 * How a turn moves the conversation's dialogue state on: the order in focus and why, the
 * orders mentioned so far, and the requests still waiting for an answer. Pure; the
 * aggregator writes the result into the session with the rest of the turn.
 */
import type { AskedFor, Dialogue, DoneChange, Intent, Message } from "../shared/protocol.ts";
import { ORDER_INTENTS } from "./intents.ts";
import { deferredAfter } from "./deferred.ts";
import { destinationAsked, placeOf } from "./destinations.ts";
import { paymentMethodsNamed } from "./payment_questions.ts";
import { orderIdsIn } from "./facts.ts";
import { FAQ_INTENTS } from "./faq.ts";
import { reportedAfter } from "./reported_problem.ts";
import { ruleAnswered as ruleOfReply } from "./rule_follow_up.ts";
import { finalReply } from "./reply.ts";
import { asksForBoth } from "./both_asked.ts";

/** How many mentioned orders a conversation remembers. */
export const MENTIONED_MAX = 5;

/** The dialogue state after the turn `msg`, from the one it started with. */
export function dialogueAfter(msg: Message, current: Dialogue): Dialogue {
  const p = msg.payload;
  const c = p.context;
  const pendingOrder = p.execution?.pending?.action.order_id ?? null;
  // "ORD-1003 can still be cancelled" told in reply to a general question: "cancel that one".
  const toldAlone = orderToldAlone(msg);
  const focus = c?.focus ??
    (pendingOrder
      ? { order_id: pendingOrder, why: "focus" as const }
      : toldAlone
      ? { order_id: toldAlone, why: "focus" as const }
      : current.focus);
  // "Refund both": the orders our reply told about, and those a proposal covers, count too.
  const told = orderIdsIn(p.guardrail?.text ?? p.response?.text ?? "");
  const covered = (p.execution?.pending?.also ?? []).map((a) => a.action.order_id ?? "");
  const named = [
    ...(p.intent?.entities.order_refs?.map((r) => r.id) ?? []),
    ...(c?.candidates ?? []),
    ...told.filter((id) => id !== focus?.order_id),
    ...covered,
    ...(focus ? [focus.order_id] : []),
  ].filter((id) => c?.orders.some((o) => o.id === id) ?? false);
  return {
    focus,
    mentioned: remember(current.mentioned, named),
    unanswered: unansweredAfter(msg, current.unanswered),
    asked: askedAfter(msg),
    topic: topicAfter(msg, current.topic ?? null),
    deferred: deferredAfter(msg),
    products: productsAfter(msg, current.products ?? []),
    // The last products we listed to choose from: "the first one" picks among them.
    listed: msg.payload.context?.catalogue?.lookup === "several"
      ? msg.payload.context.catalogue.products.map((p) => p.sku)
      : current.listed ?? [],
    orders_listed: ordersListed(told, c?.orders ?? [], current.orders_listed ?? []),
    missing_order: c?.order_lookup === "not_found" || c?.order_lookup === "not_yours"
      ? p.intent?.entities.order_ids[0] ?? null
      // "It's my friend's order": the privacy rule said, the order not theirs is still the one.
      : p.response?.template === "privacy_other_customer"
      ? current.missing_order ?? null
      : null,
    done: doneAfter(msg, current.done ?? null),
    reported: reportedAfter(msg, current.reported ?? null),
    place: placeAfter(msg, current.place ?? null),
    payment: paymentAfter(msg, current.payment ?? null),
    faq: faqAnswered(msg, current.faq ?? null),
    rule: ruleAnswered(msg),
    said: p.customer_message.text.slice(0, 4000),
    replied: finalReply(msg).reply.slice(0, 4000),
  };
}

/** The store's rule this turn's reply answered about, for a follow-up to carry on; else none. */
function ruleAnswered(msg: Message): string | null {
  const p = msg.payload;
  return ruleOfReply(p.response?.template ?? "", p.customer_message.text);
}

/** A reply drafted from the FAQ (alone or as one part of several): its entry's id. */
const FAQ_TEMPLATE = /(?:^|[:+])faq_([a-z][a-z0-9_]*)/;

/**
 * The FAQ entry this turn's reply answered from; else the one before while the turn only
 * asked for information ("can i use them in store?" answered from elsewhere), else null.
 */
function faqAnswered(msg: Message, before: string | null): string | null {
  const own = FAQ_TEMPLATE.exec(msg.payload.response?.template ?? "")?.[1];
  if (own) return own;
  const intent = msg.payload.intent?.intent;
  return intent && FAQ_INTENTS.has(intent) && !msg.payload.context?.order ? before : null;
}

/**
 * The customer's orders our reply named, in its order and with their totals, when it named
 * several ("the second one", "the cheaper one" pick among them); else those of the reply before.
 */
function ordersListed(
  told: readonly string[],
  orders: readonly { id: string; total: number; placed_at?: string }[],
  before: readonly Listed[],
): Listed[] {
  // When each was placed, for "the newer one" of two listed.
  const own = told.flatMap((id) => orders.filter((o) => o.id === id))
    .map((o) => ({ id: o.id, total: o.total, placed_at: o.placed_at })).slice(0, 10);
  return own.length >= 2 ? own : [...before];
}

/** An order our reply listed: its id, total and when it was placed. */
type Listed = { id: string; total: number; placed_at?: string };

/** Requests that keep shipping the topic ("how much?", "and the return policy there?"). */
const ABOUT_SHIPPING: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "policy_question",
]);

/** The place this turn asked about for shipping, else the one before while still on shipping. */
function placeAfter(msg: Message, before: string | null): string | null {
  const asked = destinationAsked(msg.payload.customer_message.text);
  if (asked) return placeOf(asked);
  const intent = msg.payload.intent?.intent;
  return intent && ABOUT_SHIPPING.has(intent) ? before : null;
}

/** Requests that keep a way to pay the topic ("how?", "ok done, paid"). */
const ABOUT_PAYING: ReadonlySet<Intent> = new Set<Intent>(["payment_methods", "payment_issue"]);

/** Readings of a turn that asks nothing new ("how?"): the way to pay stays the topic. */
const UNPLACED: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "other", "feedback"]);

/** The way to pay this turn asked about, else the one before while still on paying. */
function paymentAfter(msg: Message, before: string | null): string | null {
  const named = paymentMethodsNamed(msg.payload.customer_message.text).filter((m) => m.id);
  const intent = msg.payload.intent?.intent;
  if (named.length === 1 && intent && ABOUT_PAYING.has(intent)) return named[0].id;
  // "How?" (read as small talk) keeps it for the "ok done, paid" that follows.
  return intent && (ABOUT_PAYING.has(intent) || UNPLACED.has(intent)) ? before : null;
}

/** Actions that only read: never "the change we made". */
const READS: ReadonlySet<string> = new Set(["order_status", "tracking_info", "refund_status"]);

/** The last change this turn carried out, else the one before. */
function doneAfter(msg: Message, before: DoneChange | null): DoneChange | null {
  const done = (msg.payload.execution?.results ?? [])
    .filter((r) => r.status === "done" && !READS.has(r.type)).at(-1);
  if (!done) return before;
  const items = done.type === "modify_items" ? itemsChanged(msg, done.order_id) : [];
  const also = (msg.payload.execution?.results ?? [])
    .filter((r) => r.status === "done" && r.type === done.type && r.order_id !== done.order_id)
    .flatMap((r) => r.order_id ? [r.order_id] : []);
  return {
    type: done.type,
    order_id: done.order_id,
    at: msg.created_at,
    ...(items.length > 0 ? { items } : {}),
    ...(scheduledFor(done.data) ? { scheduled_for: scheduledFor(done.data)! } : {}),
    ...(also.length > 0 ? { also: [...new Set(also)].slice(0, 10) } : {}),
  };
}

/** When a call back carried out was booked for, from the store's outcome. */
function scheduledFor(data: Record<string, unknown>): string | null {
  const cb = data.callback as { scheduled_for?: unknown } | undefined;
  return typeof cb?.scheduled_for === "string" ? cb.scheduled_for : null;
}

/**
 * The lines a change of items just carried out set: the counts the confirmed change asked
 * for, and those the order had before (the context read it before the change).
 */
function itemsChanged(msg: Message, orderId: string | null): NonNullable<DoneChange["items"]> {
  const pa = msg.session.pending_action;
  if (!pa || pa.action.type !== "modify_items" || pa.action.order_id !== orderId) return [];
  const c = msg.payload.context;
  const order = [c?.order, ...(c?.orders ?? [])].find((o) => o?.id === orderId) ?? null;
  const asked = Array.isArray(pa.action.params.items) ? pa.action.params.items : [];
  const out: NonNullable<DoneChange["items"]> = [];
  for (const raw of asked) {
    const it = raw as { sku?: unknown; quantity?: unknown };
    if (typeof it.sku !== "string" || typeof it.quantity !== "number") continue;
    const line = order?.items.find((x) => x.sku === it.sku);
    out.push({
      sku: it.sku,
      name: line?.name ?? it.sku,
      from: line ? line.quantity : null,
      to: it.quantity,
    });
  }
  return out;
}

/** The products this turn looked up in the catalogue, else those of the turns before. */
function productsAfter(msg: Message, before: readonly string[]): string[] {
  const looked = msg.payload.context?.catalogue;
  if (looked?.lookup !== "found" && looked?.lookup !== "several") return [...before];
  return looked.products.map((p) => p.sku);
}

/**
 * What this turn's reply asked for — the next message is read as its answer — or null: a
 * question is only open until the next turn. A handed-over turn asks nothing of ours.
 */
function askedAfter(msg: Message): AskedFor | null {
  const p = msg.payload;
  if (p.escalation?.handoff || p.decision?.action === "handoff") return null;
  return p.response?.asks ?? null;
}

/**
 * The request about an order (or a catalogue product) that this turn answered, else the one
 * before: "and the espresso machine?" carries it on. A turn we could not read (we asked what was meant)
 * leaves it as it was.
 */
function topicAfter(msg: Message, before: Intent | null): Intent | null {
  const p = msg.payload;
  const intent = p.intent?.intent;
  if (!intent || p.decision?.action === "clarify") return before;
  if (ORDER_INTENTS.has(intent)) return intent;
  // "Is my keyboard coming this week, and can I pay with paypal?": the order's part answered
  // beside the way to pay is the topic "and if it doesn't come?" carries on.
  const aboutOrder = p.intent?.requests?.find((r) => ORDER_INTENTS.has(r.intent));
  if (aboutOrder) return aboutOrder.intent;
  // Products looked up in the catalogue (found or not): "and the milk frother?" asks the
  // same of another.
  const looked = p.context?.catalogue?.lookup;
  return looked && looked !== "unavailable" ? "product_question" : before;
}

/** The ids mentioned, most recent last, each once, the last `MENTIONED_MAX`. */
function remember(before: readonly string[], now: readonly string[]): string[] {
  const out = before.filter((id) => !now.includes(id));
  for (const id of now) if (!out.includes(id)) out.push(id);
  return out.slice(-MENTIONED_MAX);
}

/** The template of a reply to several requests, one of which asked which order is meant. */
const MULTI_WHICH = /^multi:(?:[^+]*\+)*which_order(?:\+|$)/;

/**
 * A request the turn could not answer — it asked which order, or what was meant — stays
 * open; one it answered (or handed to a person) is closed.
 */
function unansweredAfter(msg: Message, before: readonly Intent[]): Intent[] {
  const p = msg.payload;
  const asked = p.intent?.requests?.map((r) => r.intent) ??
    (p.intent ? [p.intent.intent] : []);
  const open = new Set(before);
  const stillOpen = p.decision?.action === "clarify" || p.context?.order_lookup === "ambiguous" ||
    p.response?.template === "which_order";
  // "I love your shop but where's my order?": the reply answered the praise and asked which
  // order for the rest; that order question stays open ("the headphones" answers it).
  const askedWhich = !stillOpen && MULTI_WHICH.test(p.response?.template ?? "");
  for (const intent of asked) {
    if (intent === "small_talk" || intent === "affirm" || intent === "deny") continue;
    if (stillOpen || (askedWhich && ORDER_INTENTS.has(intent))) open.add(intent);
    else open.delete(intent);
  }
  // The order they were asked for is found: what waited for it has been answered now.
  if (!stillOpen && !askedWhich && p.context?.order_lookup === "found") {
    for (const intent of open) if (ORDER_INTENTS.has(intent)) open.delete(intent);
  }
  return [...open];
}

/**
 * A mildly negative message that answers our own question or proposal ("no actually the
 * refund", "nah make it a replacement"): its "no" is a choice, not an upset customer, so it
 * neither hands a VIP over nor changes the tone of the reply.
 */
export function mildAnswer(msg: Message): boolean {
  const s = msg.payload.sentiment;
  // "Only the frother" to the whole order's refund: read against the change waiting.
  // "Why not both lol" to "a refund or a replacement?": a choice asked about, not upset.
  const answers = msg.payload.intent?.source === "conversation" ||
    (!!msg.session.pending_action && !!msg.payload.intent?.confirmation) ||
    (msg.session.dialogue?.asked?.slot === "choice" &&
      asksForBoth(msg.payload.customer_message.text));
  return answers && s?.label === "negative" &&
    s.urgency === "low" && !s.is_complaint && s.score > -0.4;
}

/**
 * "How much was it?", "what did it cost?": the total of the order talked of, asked; also a
 * bare "how much?" (right after an answer about an order, `actors/nlu/bare_follow_up.ts`).
 */
export const PRICE_ASKED =
  /\b(?:how much (?:was|is|did|were|does|do)|what did (?:it|that|they|i) (?:cost|pay)|what(?:\s+was|\s+is|'s|s)\s+(?:the|my)\s+(?:new\s+|final\s+|updated\s+)?(?:total|price|cost|amount))\b|^\s*(?:(?:and|so|ok(?:ay)?|hmm+|right)[\s,]+)*how much\s*[?!.]*\s*$/i;

/** "How much did I pay for the espresso machine?": what their own order cost, not a price. */
export const PAID_ASKED =
  /\b(?:how much (?:did|have) (?:i|we) (?:pay|paid|spend|spent)|what did (?:i|we) pay|how much was my (?:order|purchase)|what (?:was|did) my (?:order|purchase) (?:cost|come to))\b/i;

/**
 * The one order of theirs this turn's reply told about when the turn had no order in
 * question ("do i have any orders i can still cancel" → "ORD-1003 can still be cancelled"):
 * what "that one" means next. Null when the reply names none, or several.
 */
export function orderToldAlone(msg: Message): string | null {
  const p = msg.payload;
  const c = p.context;
  if (!c || c.guest || c.order || c.focus) return null;
  const told = orderIdsIn(p.guardrail?.text ?? p.response?.text ?? "")
    .filter((id) => c.orders.some((o) => o.id === id));
  return told.length === 1 ? told[0] : null;
}
