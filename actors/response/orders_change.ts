/**
 * Templates for changes to an order — cancel, change items, change the address, return,
 * refund. Each proposes the change and asks for a yes, or refuses with the rule and
 * offers what the rules allow instead.
 */
import { refundDestinationReply } from "./refund_destination.ts";
import { addedProduct } from "./items_added.ts";
import { speaksOfLateOrder } from "../../domain/late_order.ts";
import { linesCarriedOn, linesOfSwitchedReturn } from "./switched_lines.ts";
import type { OrderView } from "../../shared/protocol.ts";
import {
  REFUND_PROCESSING_DAYS,
  REFUND_WINDOW_DAYS,
  RETURN_WINDOW_DAYS,
} from "../../domain/policy.ts";
import { looksLikeAddress } from "./address.ts";
import { addressFromPieces, piecesOf } from "../../domain/address_pieces.ts";
import { missingAsk } from "./address_missing.ts";
import { alternativeFor, returnReason } from "./alternatives.ts";
import {
  canChange,
  canRefund,
  canReturn,
  type Eligibility,
  returnDeadline,
} from "../../domain/eligibility.ts";
import { formatDate, formatMoney, itemsText, refundable } from "../../domain/format.ts";
import { assumedNote, gateOrder } from "./gate.ts";
import { etaFact, orderLabel } from "./order_facts.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { asking, type Draft, draft, propose, say, type Tone, type TurnView } from "./view.ts";
import { countOverLimit, itemChanges, MAX_COUNT, namedItem, VARIANT } from "./items.ts";
import { replacementOffer } from "./replacement.ts";
import { linesText, returnedLines, returnParams, unitLines } from "./return_items.ts";
import { linesSaidBefore } from "./said_lines.ts";
import { onlyNamesGoods } from "./problem_unsaid.ts";
import { widenedLines } from "./return_widen.ts";
import { partialCancel } from "./cancel_part.ts";
import { notSizeAsCount, variantSwap } from "./variant_swap.ts";
import { backToNow } from "./items_pending.ts";
import { keepGivenAddress } from "./address_kept.ts";
import { allRemoved } from "./remove_all.ts";
import { itemsOptions } from "./items_options.ts";
import { exchangeSentence } from "./exchange_other.ts";
import { addressOptions } from "./address_options.ts";
import { correctedAddress, pendingAddress } from "../../domain/address_correction.ts";

const changeable = (o: OrderView) => o.status === "pending" || o.status === "processing";

function refused(
  v: TurnView,
  tone: Tone,
  template: string,
  order: OrderView,
  e: Extract<Eligibility, { ok: false }>,
): Draft {
  const alt = alternativeFor(v, order, e);
  const d = draft(template, tone, [opener(v, tone), e.rule, ...alt.sentences], alt.actions);
  return alt.asks ? asking(d, alt.asks) : d;
}

/** Cancel an order: proposed before shipping, refused with the rule after. */
export function cancelOrder(v: TurnView, tone: Tone): Draft {
  // "It is late, I don't want it anymore": the order on its way (refused once shipped), not
  // the unpaid one that happens to be the only one still cancellable.
  const late = speaksOfLateOrder(v.text);
  const g = gateOrder(v, tone, {
    purpose: "to cancel",
    fits: late ? (o) => o.status === "shipped" || o.status === "processing" : changeable,
    noneFit:
      "None of your orders can still be cancelled: an order can only be cancelled until it ships.",
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const e = canChange(order, "cancelling is", v.now);
  if (!e.ok) return refused(v, tone, "cancel_refused", order, e);
  // "Cancel just the water bottles": those lines go, not the whole order.
  const part = partialCancel(v, tone, order);
  if (part) return part;
  const paid = order.payment_status !== "pending" && order.payment_status !== "failed";
  return draft("cancel_proposed", tone, [
    opener(v, tone),
    assumedNote(g.assumed, order, "only order that can still be cancelled"),
    say(v, "cancel", [
      `I can cancel order ${orderLabel(order)} for you.`,
      `Order ${orderLabel(order)} hasn't shipped yet, so I can cancel it.`,
    ]),
    paid
      ? `The ${formatMoney(order.total, order.currency)} you paid goes back to your original ` +
        `payment method within ${REFUND_PROCESSING_DAYS} business days.`
      : null,
    confirmPrompt(v),
  ], [propose("cancel_order", order.id, { reason: "Customer request in chat" })]);
}

/** Change items or quantities: proposed when the message says which, else asked. */
export function modifyOrder(v: TurnView, tone: Tone): Draft {
  const g = gateOrder(v, tone, {
    purpose: "to change",
    fits: changeable,
    noneFit:
      "None of your orders can still be changed: items can only be changed until an order ships.",
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const e = canChange(order, "changing its items is", v.now);
  // "Ok so what can i do" after that refusal: what still can be done.
  if (!e.ok) return itemsOptions(v, tone, order) ?? refused(v, tone, "modify_refused", order, e);
  // "Add a milk frother to 1003": a product the order does not hold yet, added.
  // (First: "add 2 milk frothers to my shoes order" names the shoes for the order, not a line.)
  // ("Wrong size, I need a 9 rather than an 8.5": a size, never nine pairs.)
  const changes = addedProduct(v, order) ?? notSizeAsCount(v.text, itemChanges(v, order)) ??
    saidBeforeChanges(v, order);
  // Every line left set to none (or named so) is the cancellation, not a change to nothing.
  const none = !changes || changes.items.every((x) => x.quantity === 0);
  const emptied = none ? allRemoved(v, tone, order, changes) : null;
  if (emptied) return emptied;
  const same = changes ? null : backToNow(v, order);
  if (same) return draft("modify_unchanged", tone, [same]);
  const swap = changes ? null : variantSwap(v, tone, order);
  if (swap) return swap;
  if (!changes && VARIANT.test(v.text)) {
    // A size or a colour is another product to the store: not a change of this order.
    return draft("modify_variant", tone, [
      opener(v, tone),
      `I can't change the size or colour of an item in an order: I can change how many of ` +
      `each item order ${order.id} has, or remove one. Since it hasn't shipped yet, I can also ` +
      "cancel it, so you can order the one you want.",
      "Just say which you'd like.",
    ]);
  }
  // "Make it 50 water bottles": more than a line can have, said plainly, the count asked again.
  const over = changes ? null : countOverLimit(v);
  if (over) {
    return asking(
      draft("modify_over_limit", tone, [
        opener(v, tone),
        `I can set at most ${MAX_COUNT} of one item on an order, so I can't make it ${over}. ` +
        `Order ${order.id} has ${itemsText(order)} now.`,
        `How many would you like, up to ${MAX_COUNT}?`,
      ]),
      { slot: "items", intent: "modify_order", order_id: order.id, text: v.text },
    );
  }
  if (!changes) {
    const item = namedItem(v, order);
    return asking(
      draft("modify_ask", tone, [
        opener(v, tone),
        ...(item
          // The item is named ("more water bottles"): only how many is missing.
          ? [
            `Order ${order.id} hasn't shipped yet, so I can still change it. It has ` +
            `${item.quantity}× ${item.name} now.`,
            `How many would you like in total?`,
          ]
          : [
            `Order ${order.id} hasn't shipped yet, so its items can still be changed. It has ` +
            `${itemsText(order)}.`,
            "Which item would you like to change, and to what quantity?",
          ]),
      ]),
      {
        slot: "items",
        intent: "modify_order",
        order_id: order.id,
        // What it said already ("add another water bottle") counts with the answer.
        text: v.asked?.slot === "items" && v.asked.text ? `${v.asked.text}\n${v.text}` : v.text,
      },
    );
  }
  return draft("modify_proposed", tone, [
    opener(v, tone),
    `I can change order ${order.id} as follows: ${changes.summary}.`,
    "The new total and any difference in payment are settled automatically.",
    confirmPrompt(v),
  ], [
    propose("modify_items", order.id, {
      items: changes.items.map((x) => {
        const line = order.items.find((l) => l.sku === x.sku);
        // A product added is named as the catalogue names it.
        const name = line?.name ?? v.entities.products.find((p) => p.sku === x.sku)?.name;
        return { ...x, name, was: line?.quantity ?? 0 };
      }),
    }),
  ]);
}

/** Change the shipping address: proposed when a full address is given, else asked. */
export function changeAddress(v: TurnView, tone: Tone): Draft {
  const g = gateOrder(v, tone, {
    purpose: "to send to a new address",
    fits: changeable,
    noneFit:
      "None of your orders can be re-addressed: the address can only be changed until an order ships.",
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const e = canChange(order, "changing the address is", v.now);
  if (!e.ok) {
    return addressOptions(v, tone, order) ??
      keepGivenAddress(v, refused(v, tone, "address_refused", order, e), order);
  }
  // "Its 57 not 55" while the change to a new address waits: that address, put right.
  const waiting = v.pending ? pendingAddress(v.pending.action) : null;
  const corrected = waiting ? correctedAddress(v.text, waiting) : null;
  if (corrected) {
    return draft("address_proposed", tone, [
      opener(v, tone),
      `Thanks for catching that — I can send order ${order.id} to the corrected address in ` +
      `${corrected.city} instead.`,
      confirmPrompt(v),
    ], [propose("change_address", order.id, { address: corrected })]);
  }
  // "To 12 High St" / "London N1 2AB": the pieces given so far, joined.
  const earlier = v.asked?.slot === "address" ? piecesOf(v.asked.text) : [];
  const read = addressFromPieces(v.text, earlier);
  if (read.kind === "part") {
    const given = looksLikeAddress(v.text) || earlier.length > 0;
    return asking(
      draft("address_ask", tone, [
        opener(v, tone),
        ...(given
          // Part of an address, answering our question: ask for the rest, not all again.
          ? [missingAsk(read.missing)]
          : [
            `Order ${order.id} hasn't shipped yet, so I can still change where it goes.`,
            "What's the new address? Please send the street, city, postcode and country in " +
            "one message.",
          ]),
      ]),
      {
        slot: "address",
        intent: "change_address",
        order_id: order.id,
        ...(given ? { text: read.pieces.join("\n") } : {}),
      },
    );
  }
  const address = read.address;
  const name = v.context?.customer?.name ?? "";
  // "…, UK. will it still arrive by the 10th?": the estimate, and that a move may change it.
  const eta = ASKS_ARRIVAL.test(v.text) ? etaFact(v, order, g.tracking) : null;
  return draft("address_proposed", tone, [
    opener(v, tone),
    `I can send order ${order.id} to the new address you gave in ${address.city} instead.`,
    ...(eta ? [eta, "A new address can move that date by a day or two."] : []),
    confirmPrompt(v),
  ], [propose("change_address", order.id, { address: { name, ...address } })]);
}

/** A question about when the order arrives, beside the address. */
const ASKS_ARRIVAL =
  /\b(?:when|how long|arriv\w*|get (?:here|there|to me)|deliver(?:ed|y)? (?:by|on|before)|still (?:come|arrive|make it)|in time)\b[^.!]*\?|\b(?:will|would) it (?:still )?(?:arrive|come|get)/i;

/** Return an item: proposed within the window, refused with the rule outside it. */
export function returnItem(v: TurnView, tone: Tone): Draft {
  const g = gateOrder(v, tone, {
    purpose: "to return",
    fits: (o) => canReturn(o, v.now).ok,
    noneFit: `None of your orders can be returned right now: returns are accepted within ` +
      `${RETURN_WINDOW_DAYS} days of delivery.`,
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const e = canReturn(order, v.now, g.tracking);
  // "Can I swap the shoes for a size 9" before it ships: that item off, not all cancelled.
  // "Exchange the headphones for the studio ones" on their way: no swap, the return later.
  const exchange = exchangeSentence(v, order);
  if (!e.ok && e.code === "not_delivered" && exchange) {
    return draft("return_exchange_later", tone, [opener(v, tone), exchange]);
  }
  if (!e.ok) return variantSwap(v, tone, order) ?? refused(v, tone, "return_refused", order, e);
  const until = returnDeadline(order);
  // "Just the milk frother — the espresso machine is fine": those lines, not the whole order.
  // "Both please", "the espresso machine too" while part of it waits: more of the order.
  // "Do the same for 1001" while the frother's return waits: still the frother's.
  const lines = unitLines(
    v.text,
    widenedLines(v, order, returnedLines(v.text, v.entities.item_refs ?? [], order, v.requests)) ??
      linesCarriedOn(v, order),
    order.items,
  );
  const params = lines
    ? { reason: returnReason(v.text), items: returnParams(lines) }
    : { reason: returnReason(v.text) };
  return draft("return_proposed", tone, [
    opener(v, tone),
    assumedNote(g.assumed, order, "only order that can be returned right now"),
    ...(exchange ? [exchange] : []),
    lines
      ? `I can start a return for ${linesText(lines)} from order ${order.id}; the rest of the ` +
        "order stays with you."
      : say(v, "return", [
        `I can start a return for order ${orderLabel(order)}.`,
        `Order ${orderLabel(order)} can be returned, and I can set that up now.`,
      ]),
    "You'll get a prepaid return label by email, and the refund follows once it's back with us" +
    (until ? ` (the return window runs until ${formatDate(until, v.now)}).` : "."),
    confirmPrompt(v),
  ], [propose("return_item", order.id, params)]);
}

/** Orders not delivered yet. */
const ON_ITS_WAY: ReadonlySet<string> = new Set(["pending", "processing", "shipped"]);

/** Refund an order: proposed for a delivered order within the window, once. */
export function refundRequest(v: TurnView, tone: Tone): Draft {
  // "Can the refund go to a different card?": where it goes, answered; nothing proposed.
  const destination = refundDestinationReply(v, tone);
  if (destination) return destination;
  const g = gateOrder(v, tone, {
    purpose: "refunded",
    // "A refund for a late delivery" is of an order on its way (refused as such, below).
    fits: (o) => speaksOfLateOrder(v.text) ? ON_ITS_WAY.has(o.status) : o.status === "delivered",
    noneFit: `None of your orders can be refunded right now: refunds are for delivered ` +
      `orders, within ${REFUND_WINDOW_DAYS} days of delivery.`,
  });
  if (!g.ok) return g.draft;
  const { order, tracking } = g;
  const e = canRefund(order, v.now, tracking);
  if (!e.ok) return refused(v, tone, "refund_refused", order, e);
  const max = refundable(order);
  const asked = v.entities.amounts.find((a) => a.value > 0 && a.value <= max)?.value;
  // "Refund just the frother": what those lines cost, not the whole order.
  // "Make it a refund instead" of the frother's return: the frother's refund.
  const lines = asked === undefined
    ? unitLines(
      v.text,
      returnedLines(v.text, v.entities.item_refs ?? [], order, v.requests) ??
        linesOfSwitchedReturn(v, order) ?? linesSaidBefore(v, order),
    )
    : null;
  const linesCost = lines
    ? Math.min(max, Math.round(lines.reduce((n, l) => n + l.price * l.quantity, 0) * 100) / 100)
    : null;
  const amount = asked ?? linesCost ?? max;
  return draft("refund_proposed", tone, [
    opener(v, tone),
    assumedNote(g.assumed, order, "only delivered order"),
    `I can refund ${formatMoney(amount, order.currency)} for ` +
    (lines ? `${linesText(lines)} from order ${order.id}` : `order ${orderLabel(order)}`) +
    ` to your original payment method; it arrives within ${REFUND_PROCESSING_DAYS} business days.`,
    "An order can be refunded once, so please make sure this is what you'd like.",
    replacementOffer(v, order, tracking),
    confirmPrompt(v),
  ], [propose("refund", order.id, { amount, reason: returnReason(v.text), ...lineParams(lines) })]);
}

/** The lines a refund of part of an order is for (so that "the frother" to it is a yes). */
function lineParams(lines: readonly OrderView["items"][number][] | null) {
  return lines ? { items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) } : {};
}

/**
 * "The water bottles" then "could you take one of them off?": the change of the one line the
 * message before named, read with that message's words; null when it named none or several.
 */
function saidBeforeChanges(v: TurnView, order: OrderView): ReturnType<typeof itemChanges> {
  const lines = linesSaidBefore(v, order);
  if (lines?.length !== 1 || !v.said || v.pending) return null;
  // Only a message that named the goods and nothing more: "change my water bottles to 3" then
  // "wait make it two" is a change of its own before, whose count would win over this one's.
  if (!onlyNamesGoods(v.said)) return null;
  return notSizeAsCount(v.text, itemChanges({ ...v, text: `${v.said}\n${v.text}` }, order));
}
