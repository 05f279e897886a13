/**
 * Which of the customer's orders a message means, by the strongest reference it makes: an
 * explicit id (in any written form) > a product named > a state named ("the one that
 * shipped", "my latest order") > the order already in focus. When two orders fit a
 * reference equally the answer is "ambiguous" with both, so the reply asks instead of
 * guessing. Pure: the orders and the references come in, a verdict goes out.
 */
import type { FocusWhy, ItemReference, OrderView, StateReference } from "../../shared/protocol.ts";
import { ordersMentioned } from "./order_mentions.ts";
import { withoutMissingPart } from "./missing_part.ts";
import { besideByAge, type RelativeOrder } from "../../domain/relative_order.ts";
import { placedOn } from "../../domain/placed_days.ts";

/** What a message says about the order it means. */
export interface References {
  /** Order ids written out ("ORD-1001", "#1001", "order 1001"): the customer's own words. */
  explicit: readonly string[];
  /** Numbers alone ("is 1001 here"): an order's id only when it is one of theirs. */
  bare: readonly string[];
  /** Things named ("the keyboard"). */
  items: readonly ItemReference[];
  /** The whole message, for item words without an article ("where are my headphones"). */
  text: string;
  /** Catalogue products found in the message. */
  skus: readonly string[];
  /** States or ages named ("the one that shipped", "my latest order"). */
  states: readonly StateReference[];
  /** "The other one": an order of theirs other than the one in focus. */
  other?: boolean;
  /** "The one before that": the order placed just before (or after) the one in focus. */
  relative?: RelativeOrder | null;
  /** The orders our last list named, in its order: "the other one" is among them first. */
  listed?: readonly string[];
  /** Our reply before asked which order: an answer naming none is not the one that fits. */
  askedWhich?: boolean;
  /** The orders the conversation has talked of (the dialogue's `mentioned`). */
  mentioned?: readonly string[];
}

/** True when the references name no order in any way. */
export function namesNoOrder(r: References): boolean {
  return r.explicit.length === 0 && r.bare.length === 0 && r.items.length === 0 &&
    r.skus.length === 0 && r.states.length === 0 && !r.other && !r.relative;
}

/** What a message's references resolve to. */
export type Resolution =
  /** One order, and which rule chose it. */
  | { kind: "order"; id: string; why: FocusWhy }
  /** Several of their orders fit equally: ask which, naming these. */
  | { kind: "ambiguous"; ids: string[]; why: "product" | "state" }
  /** A catalogue product in none of their orders: about no order of theirs. */
  | { kind: "elsewhere" }
  /** No reference at all, and no order in focus. */
  | { kind: "none" };

/**
 * Resolves the references against the customer's `orders`. `focus` is the order the
 * conversation is about, when this message carries on about it; it breaks a tie between
 * orders that fit a product or a state equally, and is the answer when nothing is named.
 */
export function resolveReference(
  refs: References,
  orders: readonly OrderView[],
  focus: string | null,
): Resolution {
  if (refs.explicit.length > 0) return { kind: "order", id: refs.explicit[0], why: "explicit" };
  const bare = orders.find((o) => refs.bare.includes(o.id));
  if (bare) return { kind: "order", id: bare.id, why: "explicit" };

  // "And the one before that?": the order placed next to the one in focus, by age.
  if (refs.relative && focus !== null) {
    const next = besideByAge(orders, focus, refs.relative);
    if (next) return { kind: "order", id: next.id, why: "state" };
  }

  // "No the other one, the frother" while the espresso machine of that order is talked of:
  // the other item of the order in focus, not another order.
  const inFocus = orders.filter((o) => o.id === focus);
  // "My other router order", "the other one with the router": the goods are the other order's.
  const othersToo = OTHER_OF_GOODS.test(refs.text) &&
    mentioned(orders.filter((o) => o.id !== focus), refs.text, refs.items, refs.skus).length > 0;
  if (
    refs.other && !othersToo && inFocus.length > 0 &&
    mentioned(inFocus, refs.text, refs.items, refs.skus).length
  ) {
    return { kind: "order", id: focus!, why: "product" };
  }
  // "The other one (that hasn't shipped)": every other reference narrows the orders beside
  // the one in focus, never the focus itself.
  const beside = refs.other === true && focus !== null && orders.some((o) => o.id === focus);
  const pool = beside ? orders.filter((o) => o.id !== focus) : orders;
  const tieBreak = beside ? null : focus;

  // "And the other one?" after two orders answered together (none in focus): the one order
  // of theirs not talked of yet.
  if (refs.other && focus === null && !refs.items.length && !refs.states.length) {
    const untold = orders.filter((o) => !(refs.mentioned ?? []).includes(o.id));
    if ((refs.mentioned ?? []).length > 0 && untold.length === 1) {
      return { kind: "order", id: untold[0].id, why: "state" };
    }
  }

  // "The first one I asked about": the conversation's order, not the oldest placed.
  const told = ASKED_ABOUT.exec(refs.text);
  const talked = refs.mentioned ?? [];
  if (told && talked.length >= 2 && !refs.items.length) {
    const id = /first|earl/i.test(told[1]) ? talked[0] : talked[talked.length - 1];
    if (orders.some((o) => o.id === id)) return { kind: "order", id, why: "state" };
  }

  // "Came without the water tank": the goods named besides the part, when they name an order.
  const partless = withoutMissingPart(refs.text, refs.items);
  const byGoods = partless && mentioned(pool, partless.text, partless.items, refs.skus);
  const byItem = byGoods?.length ? byGoods : mentioned(pool, refs.text, refs.items, refs.skus);
  if (byItem.length > 0) {
    // "the keyboard that shipped": the state narrows the product's orders.
    const narrowed = refs.states.length > 0 ? fitState(byItem, refs.states) : byItem;
    const fit = narrowed.length > 0 ? narrowed : byItem;
    // "The headphones one" after "do you mean ORD-10681 or ORD-10522?": of those we named.
    const inList = fit.filter((o) => refs.listed?.includes(o.id));
    if (fit.length > 1 && refs.askedWhich && inList.length > 0) {
      return pick(inList, "product", tieBreak);
    }
    return pick(fit, "product", tieBreak);
  }
  // "Where are my headphones" (a word of several catalogue products) from a customer with
  // none in their orders: elsewhere too, not the order that fits the request.
  const goodsNamed = refs.skus.length > 0 || (refs.items.length > 0 && !partless);
  if (goodsNamed && !beside) return { kind: "elsewhere" };

  if (refs.states.length > 0) {
    const byState = fitState(pool, refs.states);
    // "Why was it cancelled?" right after we listed three orders, one cancelled: of the
    // orders that fit, those our last reply named (it is one of them they read about).
    const inList = byState.filter((o) => refs.listed?.includes(o.id));
    if (byState.length > 1 && inList.length > 0) return pick(inList, "state", tieBreak);
    if (byState.length > 0) return pick(byState, "state", tieBreak);
  }
  if (beside) {
    // Named by how it stands to the order in focus; several others are asked about.
    if (pool.length === 1) return { kind: "order", id: pool[0].id, why: "state" };
    // "Which one, 1003 or 1001?" → "the headphones" → "and the other one?": the other of the
    // two we named, not every other order of theirs.
    const named = pool.filter((o) => refs.listed?.includes(o.id));
    if (named.length === 1 && refs.listed?.includes(focus!)) {
      return { kind: "order", id: named[0].id, why: "state" };
    }
    // "Where is 1002" → "same for 1001" → "and the other one?": of three, the one not talked of.
    const untold = pool.filter((o) => !(refs.mentioned ?? []).includes(o.id));
    if (untold.length === 1 && pool.length > 1) {
      return { kind: "order", id: untold[0].id, why: "state" };
    }
    if (pool.length > 1) {
      return { kind: "ambiguous", ids: pool.slice(0, 3).map((o) => o.id), why: "state" };
    }
  }
  return focus ? { kind: "order", id: focus, why: "focus" } : { kind: "none" };
}

/** The orders a text and its item references name by their goods. */
function mentioned(
  pool: readonly OrderView[],
  text: string,
  items: readonly ItemReference[],
  skus: readonly string[],
): OrderView[] {
  const itemText = items.map((i) => i.name).join(" ");
  return ordersMentioned(pool, `${text} ${itemText}`, skus, itemText);
}

/** "The first one I asked about", "the one we talked about earlier": by the conversation. */
const ASKED_ABOUT =
  /\bthe\s+(first|earlier|last|latest)\s+(?:one|order)\s+(?:(?:that|which)\s+)?(?:i|we|you)\s+(?:asked|talked|spoke|mentioned|checked|told)\b/i;

/**
 * "The other one", "my other order", "my other router order", "the other one with the
 * router": an order beside the one talked about (its goods, when named, narrow it).
 */
// "And the other?": the bare word, ending the message, means the other order too.
const OTHER =
  /\b(?:the|my|your)\s+other\s+(?:[\w-]+\s+){0,2}?(?:one|order|parcel|package|shipment|delivery)\b|\b(?:the|my|your)\s+other\s*[?!.]*\s*$/i;

/** "The other router order", "the other one with the router": an order of those goods. */
const OTHER_OF_GOODS =
  /\bother\s+(?!one\b|order\b)[\w-]+(?:\s+[\w-]+)?\s+(?:order|one|parcel|package)\b|\bother\s+(?:one|order)\s+(?:with|that has|containing)\b/i;

/** True when the text points at "the other" order. */
export function saysOther(text: string): boolean {
  return OTHER.test(text);
}

/** One order, or the focus among several, or a question naming them. */
function pick(
  fit: readonly OrderView[],
  why: "product" | "state",
  focus: string | null,
): Resolution {
  if (fit.length === 1) return { kind: "order", id: fit[0].id, why };
  // Of several that fit, the one the conversation is already about is the one they mean.
  if (focus && fit.some((o) => o.id === focus)) return { kind: "order", id: focus, why };
  return { kind: "ambiguous", ids: fit.map((o) => o.id), why };
}

/** Orders not yet on their way: what "the one that hasn't shipped" means. */
const NOT_SHIPPED = new Set(["pending", "processing"]);

/** The orders that fit every state reference (each narrowing the last). */
export function fitState(
  orders: readonly OrderView[],
  states: readonly StateReference[],
): OrderView[] {
  let fit = [...orders];
  for (const s of states) {
    if (s.status) fit = fit.filter((o) => hasStatus(o, s.status!, s.negated));
    // "The one from last week": the orders placed then (the looser days when none was).
    if (s.placed) fit = placedOn(fit, s.placed);
    if (s.recency && fit.length > 1) {
      const sorted = [...fit].sort((a, b) => Date.parse(b.placed_at) - Date.parse(a.placed_at));
      fit = [s.recency === "latest" ? sorted[0] : sorted[sorted.length - 1]];
    }
  }
  return fit;
}

function hasStatus(o: OrderView, status: NonNullable<StateReference["status"]>, negated: boolean) {
  if (negated) {
    // "hasn't shipped" is an order still being prepared, not a cancelled one.
    if (status === "shipped") return NOT_SHIPPED.has(o.status);
    if (status === "delivered") return NOT_SHIPPED.has(o.status) || o.status === "shipped";
    if (status === "pending") return o.status !== "pending" && o.status !== "cancelled";
    return o.status !== status;
  }
  // "The one that shipped" is the one on its way; once delivered they say so.
  if (status === "processing") return NOT_SHIPPED.has(o.status);
  if (status === "refunded") return o.status === "refunded" || (o.refunded_amount ?? 0) > 0;
  return o.status === status;
}
