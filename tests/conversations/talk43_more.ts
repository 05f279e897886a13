/**
 * The talk43 round: long conversations judged by the ledger at the end. Seeded customers of
 * the demo store beyond the cast (orders processing, in transit, delivered days ago, several
 * lines), several orders in one conversation, topics left and come back to ("back to the
 * vacuum — …"), a change asked, questioned, changed, a no then a yes, a side question between
 * a proposal and its answer, thanks in the middle. Each checks the ledger exactly.
 */
import type { Conversation } from "./schema.ts";

const FATIMA = "fatima.hall86@example.com";
const INGRID = "ingrid.wright96@example.com";
const OMAR = "omar.taylor102@example.com";
const OMAR_B = "omar.baker12@example.com";
const OLIVIA = "olivia.nelson178@example.com";
const NOAH_A = "noah.allen43@example.com";
const RAFAEL = "rafael.khan186@example.com";

/** More of them: a side question, a person called off, a second yes (the talk43 branch). */
export const TALK43_MORE: Conversation[] = [
  {
    name:
      "43rd round: the vacuum's cancellation, a broken tent refunded, back to the vacuum's money",
    who: FATIMA,
    style: "comes back to the first topic",
    turns: [
      { say: "can you cancel ORD-11179 please", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "thanks. and when does the money come back for the vacuum?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
      {
        say: "ok and the tent from ORD-11005 has a broken pole",
        proposes: "refund",
        mention: ["201\\.48"],
      },
      { say: "refund please", proposes: null, mention: ["refunded 201\\.48"] },
      {
        say: "back to the vacuum - when does the money come back?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11179" },
      { action: "refund", target: "ORD-11005" },
    ],
  },
  {
    name:
      "43rd round: a status asked between the tent's refund and its yes; the yes refunds the tent once",
    who: FATIMA,
    style: "side question between proposal and answer",
    turns: [
      {
        say: "the tent from ORD-11005 has a broken pole",
        proposes: "refund",
        mention: ["201\\.48"],
      },
      {
        say: "hmm wait, what about the earbuds order, has it been delivered?",
        proposes: "refund",
        avoid: ["refunded 201"],
      },
      {
        say: "ok yes go ahead with the refund",
        proposes: null,
        mention: ["refunded 201\\.48 EUR for order ORD-11005"],
      },
      { say: "thanks", proposes: null },
      { say: "yes", proposes: null, avoid: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-11005" }],
  },
  {
    name:
      "43rd round: 'when does the money come back for it' after a cancellation is the refund, not a product",
    who: FATIMA,
    style: "follow-up about money",
    turns: [
      { say: "cancel the robot vacuum order pls", proposes: "cancel_order" },
      { say: "yep", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "how long till I see my money for the vacuum?",
        proposes: null,
        mention: ["275\\.08"],
        avoid: ["in stock", "costs"],
      },
      { say: "ok cool thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11179" }],
  },
  {
    name: "43rd round: the vacuum off, the clock kept",
    who: OMAR_B,
    style: "texting shorthand",
    turns: [
      {
        say: "can u cancel the vacuum from my order but keep the clock",
        proposes: "modify_items",
        mention: ["Cordless Stick Vacuum"],
        avoid: ["Wall Clock Oak from it"],
      },
      { say: "yes", proposes: null, mention: ["47\\.99"] },
      { say: "thanks, bye", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11229" }],
  },
  {
    name: "43rd round: one of two tents off an order of several lines",
    who: OLIVIA,
    style: "plain",
    turns: [
      {
        say: "i need to take one of the tents off ORD-11213",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "yes", proposes: null, mention: ["326\\.97"] },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11213" }],
  },
  {
    name: "43rd round: the sleeping bag order cancelled after a question of how much comes back",
    who: NOAH_A,
    style: "asks before agreeing",
    turns: [
      {
        say: "cancel my sleeping bag order please",
        proposes: "cancel_order",
        mention: ["ORD-11205"],
      },
      {
        say: "will i get the whole 189 back?",
        proposes: "cancel_order",
        mention: ["189\\.00"],
        avoid: ["is cancelled"],
      },
      { say: "ok do it", proposes: null, mention: ["ORD-11205 is cancelled"] },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11205" }],
  },
  {
    name: "43rd round: a new address for the duvet order in one message, agreed once",
    who: RAFAEL,
    style: "address in one go",
    turns: [
      {
        say: "can I change the address for my duvet cover order?",
        proposes: null,
        mention: ["ORD-11206"],
      },
      {
        say: "22 Rue de Rivoli, 75001 Paris, France",
        proposes: "change_address",
        mention: ["Paris"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11206 will go to the new address"] },
      { say: "yes", proposes: null, avoid: ["will go to the new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-11206" }],
  },
  {
    name: "43rd round: 'ok go ahead with cancelling the yoga mat' after a rule asked is its yes",
    who: INGRID,
    style: "side question, the change said again",
    turns: [
      { say: "cancel ORD-11220", proposes: "cancel_order", mention: ["Yoga Mat"] },
      {
        say: "whats your return policy on jackets btw",
        proposes: "cancel_order",
        mention: ["30 days"],
      },
      {
        say: "ok go ahead with cancelling the yoga mat",
        proposes: null,
        mention: ["ORD-11220 is cancelled"],
      },
      { say: "ty!", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11220" }],
  },
  {
    name: "43rd round: 'just drop the glass containers' while the whole order's cancellation waits",
    who: FATIMA,
    style: "narrowing a cancellation",
    turns: [
      { say: "cancel ORD-11232", proposes: "cancel_order", mention: ["393\\.75"] },
      {
        say: "no, just drop the glass containers",
        proposes: "modify_items",
        mention: ["Glass Food Containers Set"],
        avoid: ["27-inch 4K Monitor from it", "Smart LED Bulb"],
      },
      { say: "yes please", proposes: null },
      { say: "perfect thank you", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11232" }],
  },
  {
    name:
      "43rd round: one of three webcams refunded, a cancellation beside it, a second yes acting once",
    who: NOAH_A,
    style: "terse, several changes",
    turns: [
      {
        say: "one of the 3 webcams I got doesn't work",
        proposes: "refund",
        mention: ["59\\.00"],
        avoid: ["177\\.00"],
      },
      { say: "yes refund the one webcam", proposes: null, mention: ["refunded 59\\.00"] },
      {
        say: "also cancel my sleeping bag order please",
        proposes: "cancel_order",
        mention: ["ORD-11205", "189\\.00"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11205 is cancelled"] },
      { say: "yes", proposes: null, avoid: ["refunded 59", "is cancelled\\. Your refund"] },
      { say: "thanks", proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-10874" },
      { action: "cancel_order", target: "ORD-11205" },
    ],
  },
  {
    name:
      "43rd round: a return window asked while a cancellation waits is answered; 'ok cancel it' cancels that order",
    who: OMAR,
    style: "side question typed without apostrophes",
    turns: [
      { say: "cancel the laptop stand order", proposes: "cancel_order", mention: ["ORD-11214"] },
      {
        say: "wait whats the return window on the espresso machine?",
        proposes: "cancel_order",
        mention: ["30 days", "ORD-11214"],
        avoid: ["start a return for the Espresso Machine"],
      },
      { say: "ok cancel it", proposes: null, mention: ["ORD-11214 is cancelled"] },
      { say: "thank u", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11214" }],
  },
];
