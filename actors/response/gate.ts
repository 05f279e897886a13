/**
 * The order gate of order intents: finds the order in question, or answers for the cases
 * where there is none to act on (not found, not the customer's, not named, no orders).
 */
import { CHANGE_INTENTS } from "../../domain/intents.ts";
import type { Intent, OrderView, TrackingView } from "../../shared/protocol.ts";
import { notFoundFacts, ordersList, whichOrder } from "./order_facts.ts";
import { opener } from "./tone.ts";
import { ANOTHER_ACCOUNT, goodsInNoOrder, notInOrdersLine } from "./not_in_orders.ts";
import { placedDaysOf, placedInNoOrder } from "./placed_none.ts";
import { refundsEach } from "./refunds_each.ts";
import { asking, type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/**
 * Changes and questions whose "which order?" keeps the request's words: the answer ("the shoes", "1003")
 * carries the change on, filled with what the request gave (a new address, a reason).
 */
const CHANGES_ASKED: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  // "Refund status?" → "Which order?" → "for the keyboard": the question carried on too.
  "refund_status",
  // "What's going on with my order?" → "Which order?" → "the shoes one", which the
  // classifier alone reads as a delivery problem: the status question carried on.
  "order_status",
  "delivery_problem",
]);

/** "Which order?" for a change: noted, so that the answer carries the change on. */
function whichFor(v: TurnView, d: Draft, named: readonly OrderView[]): Draft {
  if (v.guest || !CHANGES_ASKED.has(v.intent)) return d;
  const orders = named.slice(0, 10).map((o) => o.id);
  return asking(d, { slot: "order", intent: v.intent, order_id: null, text: v.text, orders });
}

/**
 * We asked which order and the answer names none ("it won't heat up anymore", after "I can't
 * see the Espresso Machine in your orders — which order?"): the one order the request fits is
 * no answer, so we ask again rather than speak of it.
 */
function stillUnnamed(v: TurnView): boolean {
  const e = v.entities;
  // "Has my keyboard shipped?" → "which order?" → "ok it's 22 Baker Street, London": a change
  // of its own after a question about where an order is, no answer to it.
  if (v.asked?.intent === "order_status" && CHANGE_INTENTS.has(v.intent)) return false;
  return v.asked?.slot === "order" && e.order_ids.length === 0 && e.products.length === 0 &&
    (e.item_refs?.length ?? 0) === 0 && (e.state_refs?.length ?? 0) === 0 &&
    (e.order_refs?.length ?? 0) === 0;
}

/** How an intent picks its order. */
export interface GateOptions {
  /** Orders the intent can apply to, when none is named. */
  fits?: (o: OrderView) => boolean;
  /** Completes "which order would you like …?". */
  purpose: string;
  /** Said when the customer has orders but none fits. */
  noneFit?: string;
}

/** The order found, or the reply for when there is none. */
export type Gate =
  | { ok: true; order: OrderView; tracking: TrackingView | null; assumed: boolean }
  | { ok: false; draft: Draft };

/** Finds the order a turn is about, or drafts the reply that asks or explains. */
export function gateOrder(v: TurnView, tone: Tone, opts: GateOptions): Gate {
  // A change (it says when none fits) narrows "the other one" to the orders it can apply to.
  const ref = resolveOrder(v, opts.fits, opts.noneFit !== undefined);
  // Goods none of their orders holds: not the one order the request fits, whatever it holds.
  const strange = goodsInNoOrder(v);
  if (strange && ref.kind !== "missing" && !v.lookupFailed) {
    const all = v.context?.orders ?? [];
    return {
      ok: false,
      draft: whichFor(
        v,
        draft("which_order", tone, [
          opener(v, tone),
          notInOrdersLine(strange),
          whichOrder(v, all, opts.purpose),
          ANOTHER_ACCOUNT,
        ]),
        all,
      ),
    };
  }
  // "Cancel yesterday's order" with none placed yesterday: said, and which one asked.
  const unplaced = ref.kind === "missing" || v.lookupFailed ? null : placedInNoOrder(v);
  if (unplaced) {
    const all = v.context?.orders ?? [];
    const asked = [opener(v, tone), unplaced, whichOrder(v, all, opts.purpose)];
    return { ok: false, draft: whichFor(v, draft("which_order", tone, asked), all) };
  }
  if (ref.kind === "found") {
    if (!ref.assumed || !stillUnnamed(v)) {
      return { ok: true, order: ref.order, tracking: ref.tracking, assumed: ref.assumed };
    }
    const all = v.context?.orders ?? [];
    return {
      ok: false,
      draft: whichFor(
        v,
        draft("which_order", tone, [opener(v, tone), whichOrder(v, all, opts.purpose)]),
        all,
      ),
    };
  }
  if (ref.kind === "missing") {
    // Not found and not yours read the same, so the reply tells nothing about the order.
    const template = v.context?.order_lookup === "not_yours"
      ? "order_not_yours"
      : "order_not_found";
    return {
      ok: false,
      draft: draft(template, tone, [opener(v, tone), ...notFoundFacts(v, ref.id)]),
    };
  }
  if (v.lookupFailed) {
    // Orders could not be read: say so rather than "no orders" (which would be untrue).
    const id = v.entities.order_ids[0];
    return {
      ok: false,
      draft: draft("lookup_unavailable", tone, [
        opener(v, tone),
        `I can't reach our order system right now, so I can't look up ${
          id ? `order ${id}` : "your orders"
        }.`,
        "Please try again in a few minutes — nothing on your account has been changed.",
      ]),
    };
  }
  if (ref.all.length === 0) {
    return {
      ok: false,
      draft: draft("no_orders", tone, [
        opener(v, tone),
        "I don't see any orders on your account yet.",
        "If you ordered with another email address, sign in with that one and I'll take a look.",
      ]),
    };
  }
  if (ref.unfit && opts.noneFit) {
    // "Cancel the other one" when none of the orders it may mean can be cancelled: say so.
    const none = ref.unfit.length === 2 ? "neither of them" : "none of them";
    const rule = opts.noneFit.replace(/^None of your orders/, none);
    return {
      ok: false,
      draft: draft("no_order_fits", tone, [
        opener(v, tone),
        rule === opts.noneFit
          ? `That would be ${ordersList(ref.unfit, 3, "or")}. ${rule}`
          : `That would be ${ordersList(ref.unfit, 3, "or")}, and ${rule}`,
      ]),
    };
  }
  if (ref.candidates.length === 0 && opts.noneFit) {
    return {
      ok: false,
      draft: whichFor(
        v,
        draft("no_order_fits", tone, [
          opener(v, tone),
          opts.noneFit,
          whichOrder(v, ref.all, opts.purpose),
        ]),
        ref.all,
      ),
    };
  }
  if (v.context?.order_lookup === "ambiguous" && ref.candidates.length > 1) {
    return {
      ok: false,
      draft: whichFor(
        v,
        draft("which_order", tone, [
          opener(v, tone),
          `Do you mean ${ordersList(ref.candidates, 3, "or")}?`,
          // "The order I placed 2 days ago": the day each of them was placed.
          placedDaysOf(v, ref.candidates.slice(0, 3)),
        ]),
        ref.candidates.slice(0, 3),
      ),
    };
  }
  const list = ref.candidates.length > 0 ? ref.candidates : ref.all;
  // "Did my refund go through?" with refunds on each order it may mean: each one told.
  const each = refundsEach(v, tone, list);
  if (each) return { ok: false, draft: each };
  return {
    ok: false,
    draft: whichFor(
      v,
      draft("which_order", tone, [opener(v, tone), whichOrder(v, list, opts.purpose)]),
      list,
    ),
  };
}

/** "Your order ORD-1003 is the only one that …" when the gate picked the order itself. */
export function assumedNote(assumed: boolean, order: OrderView, what: string): string | null {
  return assumed ? `I've looked at ${order.id}, the ${what}.` : null;
}
