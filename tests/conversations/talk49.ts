/**
 * Talk49 round: the "Left" lists of the Talk39–Talk43 rounds tried again — a change put off
 * and then let go by name ("forget the headphones, my nephew wants them"), the waiting change
 * let go by name ("scrap the headphones cancellation"), "just take off the dock then" after
 * the whole order's cancellation was explained, a slip of the customer's own owned after a
 * charge was broken down ("oh right the frother, my bad"), and the replies around them.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
/** ORD-11088 (2× Trail Running Shoes, delivered), ORD-11197 (kids headphones, processing). */
const LOGAN = "logan.hall145@example.com";
/** ORD-11233 (USB-C Docking Station, earbuds, 3 pillows; processing), ORD-11172 (monitor). */
const MASON = "mason.smith97@example.com";
/** ORD-11065: 468.00 USD paid by bank transfer, refunded today. */
const NOAH = "noah.adams46@example.com";

const RETURN_ONE = "open a return of Trail Running Shoes from order ORD-11088";
const PUT_OFF = "come to the cancellation";
const RETURN_OPEN = "return for order ORD-11088 is open";

/** A return waits, the headphones' cancellation is put off behind it, then let go. */
function letGoAfterPutOff(name: string, style: string, say: string): Conversation {
  return {
    name,
    who: LOGAN,
    style,
    turns: [
      {
        say: "can I return one pair of the running shoes from ORD-11088?",
        proposes: "return_item",
      },
      {
        say: "oh and can you cancel the kids headphones order",
        proposes: "return_item",
        mention: [PUT_OFF],
      },
      {
        // Was: the return proposed again for both pairs, the cancellation raised after it.
        say,
        proposes: "return_item",
        mention: ["dropped the cancellation", RETURN_ONE],
        avoid: ["2× Trail Running Shoes\\) can be returned", "yes or a no"],
      },
      {
        say: "yes",
        proposes: null,
        mention: [RETURN_OPEN],
        avoid: ["You also asked about", "cancellation"],
      },
      { say: "thanks!", proposes: null, avoid: ["cancel"] },
    ],
    changes: [{ action: "return_item", target: "ORD-11088" }],
  };
}

/** The headphones' cancellation waits and is let go by its own name. */
function letGoWaiting(name: string, style: string, say: string): Conversation {
  return {
    name,
    who: LOGAN,
    style,
    turns: [
      { say: "cancel the kids headphones order", proposes: "cancel_order", mention: ["ORD-11197"] },
      {
        // Was: the cancellation proposed again, and the next yes cancelled the order.
        say,
        proposes: null,
        mention: ["won't cancel order ORD-11197"],
        avoid: ["I can cancel order ORD-11197", "is cancelled"],
      },
      { say: "thanks", proposes: null, avoid: ["is cancelled"] },
    ],
    changes: [],
  };
}

/** The dock's order cancelled whole, explained, then only the dock taken off. */
function dockOnly(name: string, style: string, say: string): Conversation {
  return {
    name,
    who: MASON,
    style,
    turns: [
      { say: "can you cancel the docking station order", proposes: "cancel_order" },
      {
        say: "wait, does that cancel the whole thing or just the dock?",
        proposes: "cancel_order",
        mention: ["whole order ORD-11233"],
      },
      {
        // Was: "not sure whether that's a yes or a no", and the yes cancelled the whole order.
        say,
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
        avoid: ["yes or a no", "shall I cancel order"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"], avoid: ["is cancelled"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  };
}

/** A charge broken down, then the customer's own slip owned. */
function slipOwned(name: string, style: string, ask: string, say: string): Conversation {
  return {
    name,
    who: SARAH,
    style,
    turns: [
      { say: ask, proposes: null, mention: ["Milk Frother 29\\.00 USD"] },
      {
        // Was a complaint: an apology for the experience and a supervisor offered.
        say,
        proposes: null,
        handoff: "none",
        mention: ["easy to miss"],
        avoid: ["supervisor", "apologi[sz]e for this", "I'm sorry"],
      },
      { say: "thanks, bye", proposes: null, avoid: ["supervisor"] },
    ],
    changes: [],
  };
}

/** Conversations of the talk49 round. */
export const TALK49: Conversation[] = [
  letGoAfterPutOff(
    "49th round: 'forget the headphones, my nephew wants them' drops the cancellation put off",
    "changes mind about the second change",
    "actually forget the headphones, my nephew wants them",
  ),
  letGoAfterPutOff(
    "49th round: 'never mind the headphones' while the return waits keeps the return",
    "terse, a reason given",
    "never mind the headphones, my son wants them",
  ),
  letGoAfterPutOff(
    "49th round: 'leave the headphones order alone' drops the put-off cancellation only",
    "hesitant",
    "hmm actually leave the headphones order alone",
  ),
  letGoWaiting(
    "49th round: 'scrap the headphones cancellation' while it waits is a no",
    "second thoughts",
    "on second thought scrap the headphones cancellation",
  ),
  letGoWaiting(
    "49th round: 'drop the cancellation, I'll keep it' is a no",
    "plain",
    "drop the cancellation, I'll keep it",
  ),
  letGoWaiting(
    "49th round: 'forget the cancellation lol' is a no",
    "slangy",
    "forget the cancellation lol, nephew wants them",
  ),
  dockOnly(
    "49th round: 'just take off the dock then' removes the dock, not the whole order",
    "narrows after the explanation",
    "just take off the dock then",
  ),
  dockOnly(
    "49th round: 'ok just the dock then' removes the dock",
    "terse",
    "ok just the dock then",
  ),
  dockOnly(
    "49th round: 'hmm only the dock actually' removes the dock",
    "hedged",
    "hmm only the dock actually",
  ),
  slipOwned(
    "49th round: 'Oh right the frother, my bad' after the charge's breakdown is no complaint",
    "owns the slip",
    "I was charged 428 but the machine was 399??",
    "Oh right the frother, my bad",
  ),
  slipOwned(
    "49th round: 'ahh yes the milk frother, silly me' is no yes and no complaint",
    "self-deprecating",
    "why was I charged more than the price of the espresso machine",
    "ahh yes the milk frother, silly me",
  ),
  slipOwned(
    "49th round: 'oh duh, forgot about the frother' is answered kindly",
    "slangy",
    "i was charged 428 but the machine is only 399",
    "oh duh, forgot about the frother",
  ),
  {
    name:
      "49th round: the headphones let go, then a no to the return: nothing changes, nothing raised",
    who: LOGAN,
    style: "changes mind twice",
    turns: [
      {
        say: "can I return one pair of the running shoes from ORD-11088?",
        proposes: "return_item",
      },
      { say: "oh and can you cancel the kids headphones order", proposes: "return_item" },
      {
        say: "no wait, forget the headphones",
        proposes: "return_item",
        mention: ["dropped the cancellation"],
      },
      {
        say: "no, leave the shoes too",
        proposes: null,
        avoid: ["You also asked about", "return for order ORD-11088 is open"],
      },
      { say: "ok thanks", proposes: null, avoid: ["cancel"] },
    ],
    changes: [],
  },
  {
    name: "49th round: 'scrap the cancellation, keeping the shoes' on 1003 is a no",
    who: SARAH,
    style: "a no with a reason",
    turns: [
      { say: "cancel order 1003", proposes: "cancel_order" },
      {
        say: "scrap the cancellation, keeping the shoes",
        proposes: null,
        mention: ["won't cancel order ORD-1003"],
        avoid: ["is cancelled"],
      },
      { say: "ok", proposes: null, avoid: ["is cancelled"] },
    ],
    changes: [],
  },
  {
    name: "49th round: 'just take off the dock' straight after the cancellation is proposed",
    who: MASON,
    style: "terse",
    turns: [
      { say: "cancel order 11233", proposes: "cancel_order" },
      {
        say: "just take off the dock",
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
        avoid: ["yes or a no"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  },
  {
    name: "49th round: the dock taken off, then 'what's the new total?' is the order's new total",
    who: MASON,
    style: "checks the money after",
    turns: [
      {
        say: "can you take the dock off order 11233",
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      {
        say: "what's the new total?",
        proposes: null,
        mention: ["ORD-11233", "246\\.99"],
        avoid: ["only help with orders"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  },
  {
    name: "49th round: the dock named in 'what's in my order' then 'take the dock off it'",
    who: MASON,
    style: "looks first, then changes",
    turns: [
      { say: "what's in my order 11233?", proposes: null, mention: ["USB-C Docking Station"] },
      {
        say: "take the dock off it",
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  },
  {
    name: "49th round: 1003 cancelled, then 'so when's my money back' is the refund's day",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "cancel order 1003", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-1003 is cancelled"] },
      {
        say: "so when's my money back",
        proposes: null,
        mention: ["192\\.00", "ORD-1003"],
        avoid: ["Which order"],
      },
      { say: "ok cool", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "49th round: 'why is it taking so long anyway' while 1003's cancellation waits, then a no",
    who: SARAH,
    style: "impatient aside",
    turns: [
      { say: "cancel order 1003", proposes: "cancel_order" },
      {
        say: "why is it taking so long anyway",
        proposes: "cancel_order",
        mention: ["on schedule", "shall I cancel order ORD-1003"],
        avoid: ["yes or a no"],
      },
      { say: "ok no keep it", proposes: null, mention: ["won't cancel"] },
    ],
    changes: [],
  },
  {
    name: "49th round: Noah's bank-transfer refund: its day and the bank account it goes to",
    who: NOAH,
    style: "plain",
    turns: [
      {
        say: "any news on my refund",
        proposes: null,
        mention: ["468\\.00 USD", "bank account you paid from"],
      },
      { say: "ok thanks", proposes: null, handoff: "none" },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
];
