/**
 * The follow-up to a change just carried out, answered about that change from the store's
 * record of the order: taking it back or regretting it ("wait, I didn't mean that", "bring it
 * back"), whether it went through ("did it go through?" was a payment problem), whether a
 * confirmation comes ("will I get an email?" was a menu), and placing a cancelled order again
 * ("just reorder it for me" was the shipping speeds). Null when nothing was carried out, a
 * change waits, or the message asks none of these. Pure.
 */
import type { DoneChange, OrderView } from "../../shared/protocol.ts";
import { undoSentences } from "../../domain/undo.ts";
import {
  asksCost,
  asksForConfirmation,
  asksIfDone,
  asksToReorder,
  asksWhatNext,
  pushesBackOnUndo,
} from "../../domain/done_asked.ts";
import { asksToUndo } from "../../domain/undo.ts";
import { moneyOfClosed } from "../../domain/eligibility.ts";
import { formatMoney } from "../../domain/format.ts";
import {
  FEE_WAIVED_TIERS,
  REFUND_PROCESSING_DAYS,
  REPLACEMENT_DISPATCH_DAYS,
  RETURN_SEND_DAYS,
} from "../../domain/policy.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { opener } from "./tone.ts";
import { replacementFacts } from "./replacement_facts.ts";

/** The changed order as the store shows it now, when the context has it. */
function orderOf(v: TurnView, done: DoneChange): OrderView | null {
  const c = v.context;
  if (!c || !done.order_id) return null;
  if (c.order?.id === done.order_id) return c.order;
  return c.orders.find((o) => o.id === done.order_id) ?? null;
}

/** "Order ORD-1003 is cancelled, and 192.00 USD … went back" or "… nothing was charged". */
function cancelledLine(id: string, order: OrderView | null): string {
  return `order ${id} is cancelled${order ? moneyOfClosed(order) : ""}.`;
}

/** What the store's record shows was done, said as a fact; null for a kind not told here. */
export function doneFact(
  done: DoneChange,
  order: OrderView | null,
  now: Date,
): string | null {
  const id = done.order_id;
  if (!id) return null;
  const money = (n: number) => formatMoney(n, order?.currency);
  switch (done.type) {
    case "cancel_order":
      return capital(cancelledLine(id, order));
    case "refund": {
      const amount = order?.refunded_amount ?? 0;
      const what = amount > 0 ? `${money(amount)} for order ${id}` : `order ${id}`;
      return `I've refunded ${what}: it reaches your original payment method within ` +
        `${REFUND_PROCESSING_DAYS} business days.`;
    }
    case "return_item":
      return `The return for order ${id} is open${
        order?.return_id ? ` (${order.return_id})` : ""
      }` +
        ": the prepaid label is in my message above, and the refund follows once the parcel is " +
        "back with us.";
    case "replacement":
      if (order?.replacement_id) return replacementFacts(order, now).join(" ");
      return `A replacement for order ${id} is arranged, free of charge: it leaves our warehouse ` +
        `within ${REPLACEMENT_DISPATCH_DAYS} business day, and we email you its tracking number ` +
        "as soon as it ships.";
    case "change_address":
      return `Order ${id} will go to the new address` +
        `${order?.shipping_city ? ` in ${order.shipping_city}` : ""}.`;
    case "expedite_order":
      return `Order ${id} is upgraded to faster shipping.`;
    case "modify_items":
      return `Order ${id} has the changes you asked for` +
        `${order ? `; its total is now ${money(order.total)}` : ""}.`;
    default:
      return null;
  }
}

/** Upper-cases the first letter. */
function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What can be undone, with a cancellation's money said as the store shows it. */
function undoLines(done: DoneChange, order: OrderView | null): string[] {
  const lines = undoSentences(done);
  if (done.type !== "cancel_order" || !done.order_id || !order) return lines;
  return [
    "I'm afraid a cancellation can't be undone.",
    capital(cancelledLine(done.order_id, order)),
    "If you still want the items, you can order them again from the shop, and I'm happy to " +
    "help with that — or a colleague can look at it with you if you'd like.",
  ];
}

/** What the order costs now, after the change: a fee waived, money refunded. Null if unknown. */
function costLine(v: TurnView, done: DoneChange, order: OrderView | null): string | null {
  if (!order) return null;
  const money = (n: number) => formatMoney(n, order.currency);
  if (done.type === "expedite_order" && v.tier && FEE_WAIVED_TIERS.includes(v.tier)) {
    return `Nothing extra: as a ${v.tier} member you pay no fee for the faster shipping, so ` +
      `order ${order.id} still comes to ${money(order.total)}.`;
  }
  if (done.type !== "refund" && done.type !== "cancel_order") return null;
  const refunded = order.refunded_amount ?? 0;
  if (refunded <= 0) {
    return done.type === "cancel_order" ? capital(cancelledLine(order.id, order)) : null;
  }
  const left = Math.max(0, order.total - refunded);
  return `Order ${order.id} came to ${money(order.total)}, and ${money(refunded)} of it was ` +
    "refunded to your original payment method" +
    (left < 0.005 ? ", so in the end it costs you nothing." : `, so it costs you ${money(left)}.`);
}

/** What is left for the customer to do after the change, if anything. */
function nextLine(done: DoneChange): string {
  if (done.type === "return_item") {
    return `Stick the label on the parcel and hand it to the carrier within ${RETURN_SEND_DAYS} ` +
      "days; it costs you nothing.";
  }
  return "There's nothing more you need to do; if anything changes, I'm here.";
}

/** Whether a confirmation comes: what the store sends, and where the change is on record. */
function confirmationLines(done: DoneChange, fact: string): string[] {
  switch (done.type) {
    case "return_item":
      return [fact, "The prepaid label has been emailed to you as well."];
    case "replacement":
      return [fact];
    default:
      return [
        fact,
        "I can't send a separate confirmation email from this chat, but the change is saved on " +
        "the order itself and this conversation is kept, so you can come back to it.",
      ];
  }
}

/** The reply to a follow-up about the change just carried out, or null. */
export function afterChangeReply(v: TurnView, tone: Tone): Draft | null {
  const done = v.done;
  if (!done?.order_id || v.pending) return null;
  const order = orderOf(v, done);
  if (asksToUndo(v.text)) {
    return draft("undo", tone, [opener(v, tone), ...undoLines(done, order)]);
  }
  if (pushesBackOnUndo(v.text, v.replied)) {
    return draft("undo_pushed", tone, [
      "I'm sorry, I know that's not what you hoped for.",
      "I can't take it back from here myself, but a colleague can look at it with you: just ask " +
      "for one and I'll pass our conversation on, with everything we've said.",
    ]);
  }
  if (done.type === "cancel_order" && asksToReorder(v.text)) {
    return draft("reorder", tone, [
      opener(v, tone),
      "I can't place an order for you from this chat: a cancelled order can't be brought back, " +
      "and a new one is placed in the shop, where you choose how to pay.",
      `${capital(cancelledLine(done.order_id, order))} If anything gets in the way of ordering ` +
      "again, tell me and I'll help, or pass you to a colleague.",
    ]);
  }
  const cost = asksCost(v.text) ? costLine(v, done, order) : null;
  if (cost) return draft("done_cost", tone, [opener(v, tone), cost]);
  const fact = doneFact(done, order, v.now);
  if (!fact) return null;
  if (asksForConfirmation(v.text)) {
    return draft("done_confirmation", tone, [opener(v, tone), ...confirmationLines(done, fact)]);
  }
  if (asksIfDone(v.text)) {
    // "So I get my 192 back right?" asks about the money, not whether it went through.
    const lead = /\bback\b/i.test(v.text) ? "Yes." : "Yes, it went through.";
    return draft("done_checked", tone, [opener(v, tone), `${lead} ${fact}`]);
  }
  if (asksWhatNext(v.text)) {
    return draft("done_next", tone, [opener(v, tone), fact, nextLine(done)]);
  }
  return null;
}
