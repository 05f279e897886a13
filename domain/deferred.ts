/**
 * Changes put off while another is settled: "cancel ORD-1003 and return ORD-1002" proposes
 * the cancellation and puts the return off (one change awaits a yes at a time, so the yes
 * is unambiguous). Once the first is settled — a yes or a no — the reply raises the second
 * again ("You also asked about the return of ORD-1002 …"); a yes to that takes it up (the
 * change is drafted from the customer's own words and proposed, for its own yes), anything
 * else lets it go. Pure; the aggregator stores the result in the dialogue state.
 */
import type { DeferredRequest, Intent, Message } from "../shared/protocol.ts";
import { pendingAfterTurn } from "../shared/pending_after.ts";
import { keepsOnlyProposed, noToBoth, yesToBoth } from "./yes_to_both.ts";
import { pickedByOrder } from "./picked_by_order.ts";
import { asksForReplacement } from "./intents.ts";
import { deferredLetGo } from "./let_go.ts";

/** What each put-off change is called when raised again. */
const NAMES: Partial<Record<Intent, string>> = {
  cancel_order: "cancelling",
  modify_order: "changing",
  change_address: "changing the delivery address of",
  return_item: "returning",
  refund_request: "a refund for",
  delivery_problem: "the delivery problem with",
  shipping_options: "speeding up the delivery of",
  account_update: "updating your account",
};

/** The same, without an order to name. */
const NAMES_ALONE: Partial<Record<Intent, string>> = {
  cancel_order: "the cancellation",
  modify_order: "the change to your order",
  change_address: "the new delivery address",
  return_item: "the return",
  refund_request: "the refund",
  delivery_problem: "the delivery problem",
  shipping_options: "faster delivery",
  account_update: "updating your account",
};

function deferredOf(msg: Message): DeferredRequest[] {
  return msg.session.dialogue?.deferred ?? [];
}

/**
 * The put-off change this turn takes up: the customer says yes to it, once it was raised,
 * with no other change pending. Null otherwise.
 */
export function deferredTakenUp(msg: Message): DeferredRequest | null {
  if (msg.session.pending_action || msg.payload.intent?.intent !== "affirm") return null;
  return deferredOf(msg).find((d) => d.raised) ?? null;
}

/**
 * The put-off change this turn picks over the one waiting ("actually just the refund, keep
 * 1003", read by `actors/nlu/deferred_pick.ts`): drafted from the customer's own words for it
 * ("refund the frother on 1002" — the frother's refund, not the whole order's). Null when the
 * turn names goods of its own, or picks nothing put off.
 */
export function deferredPicked(msg: Message): DeferredRequest | null {
  const i = msg.payload.intent;
  if (!i?.withdraws_pending || i.source !== "conversation" || !msg.session.pending_action) {
    return null;
  }
  const e = i.entities;
  if ((e.item_refs?.length ?? 0) > 0 || e.products.length > 0) return null;
  const id = e.order_ids[0] ?? null;
  return deferredOf(msg).find((d) => d.intent === i.intent && d.order_id === id) ?? null;
}

/**
 * The put-off change this turn's reply raises again: the first not raised yet, once the
 * turn leaves no change pending (the first was settled), puts nothing new off and hands
 * nothing over. Null otherwise.
 */
export function deferredToRaise(msg: Message): DeferredRequest | null {
  const p = msg.payload;
  if (p.escalation) return null;
  // "Yes, and can you also return ORD-1002?": raised as soon as the yes is carried out.
  const afterYes = p.intent?.after_yes;
  if (afterYes) return pendingAfterTurn(msg) === null ? afterYes : null;
  if ((p.response?.deferred?.length ?? 0) > 0) return null;
  if (deferredTakenUp(msg) || keptOnlyProposed(msg)) return null;
  const next = deferredOf(msg).find((d) => !d.raised);
  if (!next || pendingAfterTurn(msg) !== null) return null;
  return next;
}

/** What a put-off change is called: "changing order ORD-1003", "the refund". */
export function deferredWhat(d: DeferredRequest): string {
  // "A replacement for the mixer", put off behind the vacuum's refund: that remedy by name.
  if (d.order_id && REMEDY_ASKED.has(d.intent) && asksForReplacement(d.text)) {
    return `the replacement for order ${d.order_id}`;
  }
  const name = d.order_id ? NAMES[d.intent] : NAMES_ALONE[d.intent];
  return !name
    ? `your other request ("${d.text.slice(0, 80)}")`
    : d.order_id
    ? `${name} order ${d.order_id}`
    : name;
}

/**
 * Whether this turn's yes keeps the change waiting alone ("just the first one", "do the refund
 * but not the replacement"), or its no turns down both ("neither"): the change put off behind
 * it is let go, not raised.
 */
function keptOnlyProposed(msg: Message): boolean {
  const pending = msg.session.pending_action;
  const reading = msg.payload.intent?.confirmation;
  const text = msg.payload.customer_message.text;
  // "No, neither actually": the no covers the one put off too.
  if (pending && reading === "deny") return noToBoth(text);
  if (!pending || reading !== "affirm") return false;
  return keepsOnlyProposed(text, pending.action.type, deferredOf(msg)) ||
    pickedByOrder(text, pending.action.order_id, deferredOf(msg)) === "waiting";
}

/** Intents whose words may ask for a replacement by name. */
const REMEDY_ASKED: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "refund_request",
  "return_item",
]);

/**
 * The sentence that raises a put-off change again; after a yes to both, said plainly that it
 * comes next, one change at a time, for its own yes.
 */
export function deferredLine(d: DeferredRequest, afterBoth = false): string {
  if (afterBoth) {
    return `You said yes to both, and I carry out one change at a time: next is ${
      deferredWhat(d)
    }. Shall I set that up now? Just say yes.`;
  }
  return `You also asked about ${deferredWhat(d)}. Shall I look at that now? Just say yes.`;
}

/** Whether this turn's yes to the change waiting was a yes to both ("proceed with both"). */
export function saidYesToBoth(msg: Message): boolean {
  return msg.payload.intent?.confirmation === "affirm" &&
    yesToBoth(msg.payload.customer_message.text);
}

/** The put-off changes after this turn. */
export function deferredAfter(msg: Message): DeferredRequest[] {
  const afterYes = msg.payload.intent?.after_yes;
  if (afterYes) {
    const raised = deferredToRaise(msg) === afterYes;
    return [{ ...afterYes, raised }, ...deferredOf(msg).filter((d) => !d.raised)];
  }
  const fresh = msg.payload.response?.deferred ?? [];
  if (fresh.length > 0) return fresh.map((d) => ({ ...d, raised: false }));
  // "Yes to the refund only": the one put off, asked for this turn, waits no longer.
  // "Forget the headphones, my nephew wants them": the one put off and let go is dropped.
  const letGo = deferredLetGo(
    msg.payload.customer_message.text,
    msg.session.pending_action ?? null,
    deferredOf(msg),
  );
  const current = deferredOf(msg).filter((d) => !askedNow(msg, d) && d !== letGo);
  const taken = deferredTakenUp(msg);
  if (taken) return current.filter((d) => d !== taken && !d.raised);
  // "Just the first one", "neither": the change put off is let go with the one waiting.
  if (keptOnlyProposed(msg)) return [];
  const raise = deferredToRaise(msg);
  // A raised one not taken up on the next turn is let go: the customer moved on.
  return current.filter((d) => !d.raised).map((d) => d === raise ? { ...d, raised: true } : d);
}

/** Whether this turn itself asks for the change put off, about its order, in its place. */
function askedNow(msg: Message, d: DeferredRequest): boolean {
  const i = msg.payload.intent;
  if (!i?.withdraws_pending || i.intent !== d.intent) return false;
  return d.order_id === null || i.entities.order_ids.includes(d.order_id);
}
