/**
 * The twenty-ninth round (the talk29 branch): which order, which item — answers to our
 * clarifying questions, and the order in focus over the turns after. A shopper with several
 * orders says which one by its total, its state, its goods, its place in our list, as the one
 * asked about before or "the other one"; the request the conversation was on goes on for it,
 * and the ledger shows the change on that order only.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
/** The unclear reading's words: a yes asked again. */

/** The twenty-ninth round's conversations: which order, and the order in focus. */
export const TALK29: Conversation[] = [
  {
    name: "29th round: 'the headphones one' after the returns rule asks whether they can go back",
    who: SARAH,
    style: "terse pick after a policy answer",
    turns: [
      { say: "what's your returns policy?", mention: ["30 days"] },
      {
        // Was the headphones' shipping news: the scan, the tracking number.
        say: "the headphones one",
        mention: ["ORD-1001", "once it's delivered", "return"],
        avoid: ["TRK8800001001", "latest scan"],
        proposes: null,
      },
      {
        // Was the espresso machine's delivery date: the return talked of, for the machine.
        say: "ok and the espresso machine one?",
        mention: ["return", "Espresso Machine", "ORD-1002"],
        avoid: ["was delivered on"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "29th round: 'the shoes one' after the cancellation rule proposes that cancellation",
    who: SARAH,
    style: "terse pick after a policy answer",
    turns: [
      { say: "whats your cancellation policy", mention: ["until it ships"] },
      {
        // Was "I couldn't check the tracking of order ORD-1003": read as a delivery problem.
        say: "the shoes one",
        mention: ["ORD-1003", "cancel"],
        avoid: ["couldn't check the tracking"],
        proposes: "cancel_order",
      },
      { say: "yes please", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "29th round: Emma's 'the vacuum one' after the returns rule: lost, so its refund instead",
    who: EMMA,
    style: "terse pick after a policy answer",
    turns: [
      { say: "what's your returns policy?", mention: ["30 days"] },
      {
        say: "the vacuum one",
        mention: ["ORD-3001", "lost", "nothing to send back"],
        proposes: "refund",
      },
      { say: "no thanks, leave it", avoid: ["Done"], proposes: null },
    ],
  },
  {
    name: "29th round: 'the one that hasn't shipped' after we asked for the new address",
    who: SARAH,
    style: "state pick in the middle of an address change",
    turns: [
      { say: "I want to change the address on my order", mention: ["new address"] },
      {
        // Was ORD-1003's status, and the address flow was lost.
        say: "the one that hasn't shipped",
        mention: ["ORD-1003", "new address"],
        avoid: ["estimate for delivery"],
        proposes: null,
      },
      {
        // Was handed to a French-speaking colleague: the address alone read as French.
        say: "12 Elm St, Cambridge MA 02139",
        mention: ["ORD-1003", "Cambridge"],
        avoid: ["français", "colleague"],
        proposes: "change_address",
        handoff: "none",
      },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "29th round: a US address with its state and country is English, not French",
    who: SARAH,
    style: "address alone after our question",
    turns: [
      { say: "can i change where ORD-1003 ships to?", mention: ["new address"] },
      {
        say: "45 Oak Avenue, Springfield, IL 62704, USA",
        mention: ["ORD-1003", "Springfield"],
        avoid: ["français", "italiano", "colleague"],
        proposes: "change_address",
        handoff: "none",
      },
      { say: "yep", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "29th round: 'the $192 one' picks the order of that total, then 'cancel it' cancels it",
    who: SARAH,
    style: "pick by price",
    turns: [
      { say: "where is my order?", mention: ["ORD-1003", "ORD-1001"] },
      {
        // Was "which order do you mean?" again.
        say: "the $192 one",
        mention: ["ORD-1003"],
        avoid: ["Which order", "ORD-1001"],
      },
      { say: "ok cancel it", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "29th round: 'the 249 dollar one' is the headphones, and stays so for 'when'",
    who: SARAH,
    style: "pick by price, follow-up",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      {
        say: "the 249 dollar one",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["Which order"],
      },
      { say: "when does it get here", mention: ["ORD-1001"], avoid: ["ORD-1003"] },
    ],
  },
  {
    name: "29th round: 'cancel the second one' of two orders told is a cancellation, not a charge",
    who: SARAH,
    style: "place pick with a verb",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      { say: "1001 and 1003", mention: ["ORD-1001", "ORD-1003"] },
      {
        // Was "we received one payment of 192.00 USD", a colleague to check other charges.
        say: "cancel the second one",
        mention: ["ORD-1003", "cancel"],
        avoid: ["payment of", "colleague"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "29th round: 'the one i asked about before' goes back to the first order talked of",
    who: SARAH,
    style: "pointing back in the conversation",
    turns: [
      { say: "where's ORD-1001?", mention: ["ORD-1001"] },
      { say: "what about 1003?", mention: ["ORD-1003"] },
      {
        // Was "would you like to change the items of an order, or …?"
        say: "and the one i asked about before?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["change the items", "ORD-1003"],
      },
      { say: "ok cancel that one", mention: ["ORD-1001", "already shipped"], proposes: null },
    ],
  },
  {
    name: "29th round: Mike's 'no the other one' after 2002's news is 2001's, not a no",
    who: MIKE,
    style: "terse correction",
    turns: [
      { say: "track my order", mention: ["ORD-2002", "ORD-2001"] },
      { say: "2002", mention: ["ORD-2002", "waiting for payment"] },
      {
        // Was "No problem. Let me know if there's anything else I can do."
        say: "no the other one",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        avoid: ["No problem"],
      },
      { say: "and when will it arrive?", mention: ["ORD-2001"], avoid: ["ORD-2002"] },
    ],
  },
  {
    name: "29th round: '2001' while 2002's cancellation waits is 2001's cancellation (refused)",
    who: MIKE,
    style: "bare number against a proposal",
    turns: [
      { say: "i need to cancel an order", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        // Was 2001's shipping news, with 2002's cancellation asked again.
        say: "2001",
        mention: ["ORD-2001", "already shipped", "left order ORD-2002"],
        avoid: ["TRK8800002001"],
        proposes: null,
      },
      { say: "ok then cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "29th round: Emma's 'the one that got delivered' is the mixer's news, no handoff",
    who: EMMA,
    style: "state pick after another order's news",
    turns: [
      { say: "whats going on with my orders", mention: ["ORD-3001", "lost"] },
      {
        // Was read as a delivery problem and handed to a person.
        say: "the one that got delivered",
        mention: ["ORD-3002", "delivered"],
        avoid: ["member of our team", "passing our conversation"],
        handoff: "none",
      },
      { say: "can i get a replacement for it", mention: ["ORD-3002"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
];
