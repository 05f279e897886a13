/**
 * The fifty-third round, continued: double-checks, emails asked for in passing, a push back
 * after an undo refused, an address regretted and what an unpaid order's cancellation costs.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const NO_UNDO = "can't be undone";
const MENU = "Just to make sure I help with the right thing";
const OUTSIDE = "outside what I can help with|only help with orders";
const NO_EMAIL = "can't send a separate confirmation email";

/** More of the fifty-third round: after a change, checked, regretted and costed. */
export const TALK53_MORE: Conversation[] = [
  {
    name: "53rd round: 'the order is cancelled and I won't be charged anything?' is a yes",
    who: MIKE,
    style: "polite double-check",
    turns: [
      {
        say: "Hi, please cancel order ORD-2002, I found it cheaper elsewhere.",
        proposes: "cancel_order",
      },
      { say: "Yes.", mention: ["cancelled"] },
      {
        // Was "We haven't received the payment for order ORD-2002 … we hold the order".
        say:
          "Thank you. Just to double-check: the order is cancelled and I won't be charged anything?",
        mention: ["ORD-2002 is cancelled", "nothing was charged"],
        avoid: ["hold the order", "haven't received the payment"],
      },
      {
        // Was "I'm the store's support assistant, so I can only help with orders…".
        say: "Great, and can you confirm by email?",
        mention: [NO_EMAIL],
        avoid: [OUTSIDE],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "53rd round: 'seriously? nothing?' after the undo refused points to a colleague",
    who: SARAH,
    style: "capitals, exasperated",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      { say: "CAN YOU UNDO THAT PLEASE I NEED THOSE SHOES", mention: [NO_UNDO] },
      {
        // Was a clarifying question: a complaint, or a delivery problem?
        say: "seriously? nothing?",
        mention: ["colleague"],
        avoid: [MENU],
        proposes: null,
      },
      {
        // Was "That's outside what I can help with here".
        say: "ok whatever, will i at least get an email",
        mention: [NO_EMAIL],
        avoid: [OUTSIDE],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: Emma's replacement for the lost vacuum: confirmed, then what now",
    who: EMMA,
    style: "short questions",
    turns: [
      { say: "ORD-3001 never came. replacement please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
      {
        say: "is that confirmed then?",
        mention: ["Yes, it went through", "replacement for order ORD-3001"],
      },
      { say: "what now?", mention: ["tracking number", "nothing more you need to do"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "53rd round: 'omg no, can you switch it back' after a new address is no off-topic",
    who: SARAH,
    style: "slang, address regret",
    turns: [
      {
        say: "please send 1003 to 9 Pine Ave, Boston, MA 02118 instead",
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"] },
      {
        // Was "That's outside what I can help with here".
        say: "omg no, that was my old place. can you switch it back",
        mention: ["change it again"],
        avoid: [OUTSIDE],
        proposes: null,
      },
      {
        say: "did it go through?",
        mention: ["ORD-1003 will go to the new address in Boston"],
      },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "53rd round: 'how much did that cost me' after the upgrade, and undo it: a colleague",
    who: SARAH,
    style: "cost, then regret",
    turns: [
      { say: "upgrade 1003 to express", proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"] },
      {
        // Was "Order ORD-1003 … came to 192.00 USD", nothing of the upgrade.
        say: "how much did that cost me",
        mention: ["Nothing extra", "no fee"],
      },
      {
        say: "Actually I changed my mind about the express shipping",
        mention: ["already been made", "colleague"],
        proposes: null,
      },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: after the refund of the lost vacuum: went through ok, and no email promised",
    who: EMMA,
    style: "casual",
    turns: [
      { say: "refund my lost vacuum ORD-3001", proposes: "refund" },
      { say: "yes", mention: ["refunded"] },
      {
        say: "did the refund go through ok?",
        mention: ["313\\.99 USD"],
      },
      {
        say: "ok thanks. will I get an email about it?",
        mention: ["313\\.99 USD", NO_EMAIL],
        avoid: [MENU, OUTSIDE],
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "53rd round: 'so how much do i owe now' after an unpaid order's cancellation",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      { say: "so how much do i owe now", mention: ["nothing was charged"] },
      { say: "what happens now", mention: ["nothing more you need to do"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
