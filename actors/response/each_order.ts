/**
 * One change for several orders in one message: "refund both", "cancel 2002 and 2001",
 * "cancel both of them", "one never showed up and the other came smashed". Each order is
 * drafted as if the customer had named it alone (the single-request templates); the
 * changes the store allows are proposed together — one proposal naming each order, carried
 * out once per order on one yes (`ProposedAction.together`) — and an order the change does
 * not fit is told why beside them. Pure.
 */
import { parcelOf } from "./parcel_of.ts";
import type {
  ContextEnrichment,
  Intent,
  OrderView,
  ProposedAction,
} from "../../shared/protocol.ts";
import { trimmed, unsaid } from "./multi.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { wantsFaster } from "../../domain/expedite.ts";
import { sameKind } from "../../domain/change_kind.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import { askedIn, byOrderParts } from "./order_parts.ts";
import { asksSameForAnother } from "../../domain/same_for.ts";
import { withoutCondition } from "../../domain/condition.ts";
import { ONE_AND_OTHER } from "../../domain/one_and_other.ts";
import { closer, confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, LOOKUP_ACTIONS, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Requests one message can make of several orders at once. */
const EACH_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "cancel_order",
  "refund_request",
  "return_item",
  "delivery_problem",
]);

/** Changes another request of the message may ask for: then it is two changes, not one. */
const OTHER_CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "shipping_options",
]);

/** What a message telling of trouble with two orders may also read as. */
const BESIDE_TROUBLE: ReadonlySet<Intent> = new Set<Intent>(["complaint", "order_status", "other"]);

/** "Both", "both of them", "all of them", "each order", "the two orders", "them all". */
const ALL_OF_THEM =
  /\b(?:both|all (?:of )?(?:them|those|my orders|the orders|(?:my )?(?:two|three|2|3) orders)|each (?:of them|one|order)|(?:the|my|these|those) (?:two|2) orders|them all|both orders)\b/i;
/**
 * "The other two", "the other ones", "my other orders", "the rest of them" — not "the rest of
 * ORD-1003" / "the rest of the order" / "the rest of it", which are the other lines of one order.
 */
const OTHERS =
  /\b(?:the|my) (?:other (?:two|2|three|3|ones|orders|parcels|packages)|rest(?: of (?:them|my orders)\b|(?! of\b)))/i;
/** The word "orders" (or "parcels", "packages"): the customer means orders, not items. */
const ORDERS_WORD = /\b(?:orders|parcels|packages|deliveries)\b/i;
/** "Not both", "just one of them": one order after all. */
const NOT_ALL = /\b(?:not|n't|dont)\s+(?:both|all)\b|\b(?:just|only) one\b/i;

/** The customer's orders the message asks about together, in its order; [] when not several. */
export function ordersAskedTogether(v: TurnView): string[] {
  const c = v.context;
  if (!c || c.guest) return [];
  // "Same for the other one" while 2002's cancellation waits: 2002 and the other, together.
  const first = v.pending?.action.order_id;
  const another = [...v.entities.order_ids, ...(v.entities.order_refs ?? []).map((r) => r.id)]
    .some((id) => id !== first);
  if (first && v.confirmation === "new_request" && asksSameForAnother(v.text, another)) {
    const other = c.order?.id;
    return other && other !== first ? [first, other] : [];
  }
  // "Speed up 1001 and 1003": a faster delivery asked of each, like a cancellation.
  const each = EACH_INTENTS.has(v.intent) ||
    (v.intent === "shipping_options" && wantsFaster(v.text));
  if (!each || NOT_ALL.test(v.text)) return [];
  // "Cancel ORD-1003 and return ORD-1002": two changes, one at a time (multi.ts).
  // "Where are 1001 and 1003, and do you take PayPal?": another question, answered apart.
  const apart = (i: Intent) =>
    i !== v.intent &&
    (OTHER_CHANGES.has(i) || !(v.intent === "delivery_problem" && BESIDE_TROUBLE.has(i)));
  if ((v.requests ?? []).some((r) => apart(r.intent))) return [];
  // The orders the message's own words name (the dialogue may have filled in the one in focus).
  const said = v.text.toUpperCase();
  const named = [
    ...v.entities.order_ids,
    ...(v.entities.order_refs ?? []).map((r) => r.id),
  ].filter((id, i, all) => all.indexOf(id) === i && said.includes(id.replace(/^ORD-/, "")));
  if (named.length >= 2) return named;
  // "Speed up my headphones order and my shoes order": orders named by goods of their own,
  // when the message asks the one thing of each (else each order's request is its own).
  const byGoods = named.length === 0 ? ordersNamedByGoods(c.orders, v.text) : [];
  if (byGoods.length >= 2 && oneAskOfEach(v)) return byGoods.map((o) => o.id);
  // "And the other two?" after one order: every order of theirs but that one.
  const focus = v.told?.order_id ?? c.order?.id;
  const rest = c.orders.filter((o) => o.id !== focus).map((o) => o.id);
  // "Only cancel the shoes if the rest can still ship": a condition names no orders.
  const asked = withoutCondition(v.text);
  if (focus && OTHERS.test(asked) && rest.length >= 2) return rest.slice(0, 3);
  const together = ALL_OF_THEM.test(asked) || ONE_AND_OTHER.test(asked);
  if (!together || named.length > 0) return [];
  const theirs = new Set(c.orders.map((o) => o.id));
  const mentioned = (v.mentioned ?? []).filter((id) => theirs.has(id));
  // "Return both" of an order with two products means its items, unless "orders" is said —
  // or, for a cancellation (of whole orders), the conversation has named two orders.
  const about = v.pending?.action.order_id ?? v.told?.order_id ?? null;
  const aboutOrder = c.orders.find((o) => o.id === about);
  const ordersMeant = ORDERS_WORD.test(v.text) ||
    (v.intent === "cancel_order" && mentioned.length >= 2);
  // A speed-up is of whole orders: "speed up both" never means two items of one.
  const items = v.intent !== "shipping_options" && aboutOrder && aboutOrder.items.length > 1;
  if (items && !ordersMeant) return [];
  const pendingOrders = v.pending
    ? [v.pending.action, ...(v.pending.also ?? []).map((a) => a.action)].map((a) => a.order_id)
    : [];
  if (mentioned.length >= 2 && pendingOrders.length < 2) {
    return /\bboth\b|\bthe other\b|\b(?:two|2) orders\b/i.test(v.text)
      ? mentioned.slice(-2)
      : mentioned.slice(-3);
  }
  if (c.orders.length === 2) return c.orders.map((o) => o.id);
  const open = c.orders.filter((o) => STILL_COMING.has(o.status)).map((o) => o.id);
  const both = /\bboth\b/i.test(v.text);
  // "Both my orders that aren't delivered yet": the two still to come, whatever is asked.
  if (both && open.length === 2 && NOT_DELIVERED.test(v.text)) return open;
  // "Expedite both my orders" with a third delivered: the two still to arrive.
  if (v.intent === "shipping_options") {
    if ((both && open.length === 2) || (!both && open.length >= 2)) return open.slice(0, 5);
  }
  return [];
}

/** Whether the message, cut by the orders its goods name, asks the same of each. */
function oneAskOfEach(v: TurnView): boolean {
  const parts = byOrderParts(v.context, v.text, v.requests) ?? v.requests ?? [];
  // "Check on my headphones, and can i still return the espresso machine?": two asks.
  return new Set(parts.map((p) => askedIn(p.text) ?? p.intent)).size <= 1;
}

/** "That aren't delivered", "still on their way": the orders still to come. */
const NOT_DELIVERED =
  /\b(?:(?:are|is|have|has|were)\s*n[o']?t|not|never|yet to)\s+(?:been\s+|yet\s+)?(?:delivered|arrived|here|come)\b|\b(?:on (?:the|their) way|in transit|still coming)\b/i;

/** Orders a speed-up may still reach: not delivered, cancelled or sent back. */
const STILL_COMING: ReadonlySet<string> = new Set(["pending", "processing", "shipped"]);

/** The view of the request narrowed to one order, as if the customer had named it alone. */
function onOrder(v: TurnView, id: string, order: OrderView | undefined): TurnView {
  const c = v.context as ContextEnrichment;
  const narrowed: ContextEnrichment = order
    ? {
      ...c,
      order,
      order_lookup: "found",
      tracking: parcelOf(c, order),
    }
    : { ...c, order: null, order_lookup: "not_found", tracking: null };
  return {
    ...v,
    firstTurn: false,
    context: narrowed,
    entities: { ...v.entities, order_ids: [id], order_refs: [] },
  };
}

/** The changes a draft proposes (look-ups left out). */
function changesOf(d: Draft): ProposedAction[] {
  return d.proposed_actions.filter((a) => !LOOKUP_ACTIONS.has(a.type));
}

/**
 * The reply to one change asked of several orders, or null when the message asks it of one.
 * `render` drafts one order's request alone.
 */
export function eachOrderAnswer(
  v: TurnView,
  tone: Tone,
  render: (sub: TurnView) => Draft,
): Draft | null {
  const ids = ordersAskedTogether(v);
  if (ids.length < 2) return null;
  const subs = ids.map((id) => ({
    ...onOrder(v, id, v.context!.orders.find((o) => o.id === id)),
    alongside: ids,
  }));
  const drafts = subs.map(render);
  // Two troubles told at once ("one never came, the other came smashed"): each order's
  // remedies are offered, and the customer chooses ("refund both") before anything waits.
  // "Replace both" asks for the remedy itself: proposed for each order.
  const offerOnly = v.intent === "delivery_problem" && !asksForReplacement(v.text) &&
    !/\b(?:refund|money back)\b/i.test(v.text);
  // The change proposed together: the first order's kind of change, once per order.
  const first = offerOnly ? undefined : drafts.flatMap(changesOf)[0];
  const body: string[] = [];
  const actions: ProposedAction[] = [];
  const grouped: string[] = [];
  let asks: Draft["asks"];
  for (const [i, d] of drafts.entries()) {
    const sub = subs[i];
    const changes = changesOf(d);
    const joins = !!first && changes.length > 0 &&
      changes.every((a) => sameKind(a.type, first.type));
    const ask = changes.length > 0 ? confirmPrompt(sub) : "";
    const text = trimmed(d.text, opener(sub, tone), [closer(sub), ask]);
    const fresh = text ? unsaid(offerOnly ? asOffer(text) : text, body) : "";
    // Another kind of change for this order waits its own turn: its offer is left out.
    if (changes.length > 0 && !joins && !offerOnly) continue;
    if (fresh) body.push(fresh);
    for (const a of d.proposed_actions) {
      if (LOOKUP_ACTIONS.has(a.type)) actions.push(a);
      else if (first && sameKind(a.type, first.type) && !grouped.includes(a.order_id ?? "")) {
        actions.push(grouped.length === 0 ? a : { ...a, together: true });
        grouped.push(a.order_id ?? "");
      }
    }
    if (changes.length === 0 && !offerOnly) asks ??= d.asks;
  }
  if (body.length === 0) return null;
  const sentences: string[] = [];
  const greet = opener(v, tone);
  if (greet) sentences.push(greet);
  for (const b of body) sentences.push(b, PARAGRAPH);
  if (offerOnly) {
    // Each paragraph's own "which would you prefer?" becomes one question for all of them.
    for (let i = 0; i < body.length; i++) body[i] = body[i].replace(CHOICE_TAIL, ".");
    sentences.splice(greet ? 1 : 0, sentences.length, ...body.flatMap((b) => [b, PARAGRAPH]));
    sentences.push(
      `Tell me what you'd like for each order — a refund or a replacement (for example ` +
        `"refund both") — and I'll set it up for your yes.`,
    );
  } else if (grouped.length >= 2) {
    sentences.push(
      `One yes covers ${grouped.length === 2 ? "both" : `all ${grouped.length}`}: ` +
        `orders ${listed(grouped)}, each carried out on its own.`,
    );
    sentences.push(confirmPrompt(v));
  } else if (grouped.length === 1) {
    sentences.push(confirmPrompt(v));
  } else if (!asks && !body.at(-1)?.trimEnd().endsWith("?")) {
    sentences.push(closer(v));
  } else sentences.pop();
  const out = draft(`each_order:${v.intent}`, tone, sentences, actions);
  // A change proposed waits for a yes: that is the question asked, not a choice.
  return asks && grouped.length === 0 ? { ...out, asks } : out;
}

function listed(ids: readonly string[]): string {
  return ids.length <= 2
    ? ids.join(" and ")
    : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/** ", or send a replacement free of charge — which would you prefer?": asked once, at the end. */
const CHOICE_TAIL = /\s*[—-]+\s*which would you prefer\?/gi;

/** An offer worded to wait for the customer's choice: "right away" promises nothing yet. */
function asOffer(text: string): string {
  return text.replace(/\s+right away(?=[;,.])/g, "");
}
