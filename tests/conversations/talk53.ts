/**
 * The fifty-third round: after the change is done — regret ("wait, I didn't mean that", "bring
 * it back"), "did it go through?", "will I get an email?", "what's the new total?", "so what
 * happens now?", "just reorder it for me" — each answered about the change just made, from the
 * store's record, with what can and cannot be undone said plainly and nothing done twice.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const NO_UNDO = "can't be undone";
const MENU = "Just to make sure I help with the right thing";
const OUTSIDE = "outside what I can help with|only help with orders";
const NO_EMAIL = "can't send a separate confirmation email";

/** The fifty-third round: questions and regret after a change was carried out. */
export const TALK53: Conversation[] = [
  {
    name: "53rd round: 'wait, I didn't mean that' after a cancellation is told it can't be undone",
    who: SARAH,
    style: "regret, terse",
    turns: [
      { say: "please cancel ORD-1003", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      {
        // Was "No problem. Is there anything else I can help with?" (a no to nothing).
        say: "wait, I didn't mean that",
        mention: [NO_UNDO, "192\\.00 USD", "order them again"],
        avoid: ["No problem"],
        proposes: null,
      },
      { say: "ok so what happens now", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: Mike cancels by mistake: nothing was charged, not 'a refund on its way'",
    who: MIKE,
    style: "oops, slang",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      {
        // Was the undo line and "No problem. Is there anything else…" in one reply.
        say: "oops wrong order, i meant to keep that one",
        mention: [NO_UNDO, "nothing was charged"],
        avoid: ["No problem", "refund is already on its way"],
        proposes: null,
      },
      {
        say: "ugh fine. can you send me a confirmation",
        mention: ["ORD-2002 is cancelled", NO_EMAIL],
        avoid: ["invoice", "once the payment arrives"],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "53rd round: 'I didn't say cancel that, I said check it' is regret, then a person",
    who: MIKE,
    style: "annoyed",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      {
        say: "Wait what? I didn't say cancel that, I said check it",
        mention: [NO_UNDO, "nothing was charged"],
        avoid: ["No problem\\. Is there"],
        proposes: null,
      },
      { say: "get me a human then", handoff: "new" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "53rd round: 'noooo I clicked the wrong thing, bring it back' is no tracking question",
    who: SARAH,
    style: "panicked, typos",
    turns: [
      { say: "cancel ORD-1003 pls", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
      {
        // Was "I couldn't check the tracking of order ORD-1003: it has not shipped yet."
        say: "noooo I clicked the wrong thing, bring it back",
        mention: [NO_UNDO, "order them again"],
        avoid: ["tracking"],
        proposes: null,
      },
      {
        // Was the shipping speeds and their prices.
        say: "ok then just reorder it for me",
        mention: ["can't place an order for you", "ORD-1003 is cancelled"],
        avoid: ["overnight", "14\\.99"],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: 'did it go through?' after a replacement is no payment problem",
    who: EMMA,
    style: "short questions",
    turns: [
      { say: "ORD-3002 arrived damaged, send a replacement", proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
      {
        // Was the advice for a declined card.
        say: "did it go through?",
        mention: ["Yes, it went through", "replacement for order ORD-3002"],
        avoid: ["declined", "card details"],
      },
      {
        say: "so what happens now?",
        mention: ["replacement for order ORD-3002", "nothing more you need to do"],
        avoid: ["can't be refunded as well"],
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "53rd round: 'did it go through?' after a new address is that address",
    who: SARAH,
    style: "address corrected, then checked",
    turns: [
      {
        say: "change the address on ORD-1003 to 22 Baker Street, London NW1 6XE",
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"] },
      {
        // Was the advice for a payment problem.
        say: "did it go through?",
        mention: ["Yes, it went through", "ORD-1003 will go to the new address in London"],
        avoid: ["Payment problems", "declined"],
      },
      { say: "can you undo that?", mention: ["change it again"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "53rd round: 'did that work?' after the express upgrade says the upgrade, free for gold",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "can you speed up ORD-1003", proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"] },
      {
        // Was only the order's status, with nothing of the upgrade.
        say: "did that work?",
        mention: ["Yes, it went through", "upgraded to faster shipping"],
      },
      {
        // Was the order's total, as if the question were about it.
        say: "wait did i get charged for that",
        mention: ["Nothing extra", "gold member", "192\\.00 USD"],
        avoid: ["declined", "card details"],
      },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: 'will I get an email?' after a cancellation is answered, not a menu",
    who: SARAH,
    style: "un-cancel, then email",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      { say: "yep", mention: ["cancelled"] },
      { say: "un-cancel it please", mention: [NO_UNDO], proposes: null },
      {
        say: "will I get an email?",
        mention: ["ORD-1003 is cancelled", NO_EMAIL],
        avoid: [MENU],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: 'what's the new total?' after a refund says what was refunded",
    who: SARAH,
    style: "refund, then the money",
    turns: [
      { say: "I want a refund for ORD-1002", proposes: "refund" },
      { say: "yes please", mention: ["refunded"] },
      {
        // Was "Order ORD-1002 came to 428.00 USD", as if nothing had been refunded.
        say: "what's the new total?",
        mention: ["428\\.00 USD of it was refunded", "costs you nothing"],
      },
      {
        say: "oh no, can you reverse that? I wanted to keep them",
        mention: ["can't take it back"],
        proposes: null,
      },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "53rd round: 'is that refund confirmed?' is the refund made, not the refund rules",
    who: EMMA,
    style: "formal",
    turns: [
      { say: "refund ORD-3002 its broken", proposes: "refund" },
      { say: "yes", mention: ["refunded"] },
      {
        // Was the refund policy: "Delivered orders can be refunded within 30 days…".
        say: "is that refund confirmed?",
        mention: ["Yes, it went through", "349\\.00 USD for order ORD-3002"],
        avoid: ["within 30 days of delivery"],
      },
      { say: "thank you", handoff: "none" },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "53rd round: 'i changed my mind, i'm keeping it' after a return: don't send it back",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "return the espresso machine from ORD-1002", proposes: "return_item" },
      { say: "yes", mention: ["return"] },
      {
        // Was "No problem. Is there anything else I can help with?".
        say: "i changed my mind, i'm keeping it",
        mention: ["simply don't send it back"],
        avoid: ["No problem\\. Is there"],
        proposes: null,
      },
      { say: "ok cool thx", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "53rd round: 'so what happens now?' after a return says what is left to do",
    who: SARAH,
    style: "whole return, next steps",
    turns: [
      { say: "return the whole order ORD-1002", proposes: "return_item" },
      { say: "yes", mention: ["return"] },
      {
        say: "so what happens now?",
        mention: ["return for order ORD-1002 is open", "within 14 days"],
      },
      {
        say: "will I get an email?",
        mention: ["label has been emailed"],
        avoid: [MENU, NO_EMAIL],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "53rd round: 'hang on did that actually go through??' and 'so i get my 192 back right?'",
    who: SARAH,
    style: "anxious, double question marks",
    turns: [
      { say: "cancel order 1003 please", proposes: "cancel_order" },
      { say: "yes go ahead", mention: ["cancelled"] },
      {
        // Was "That's outside what I can help with here".
        say: "hang on did that actually go through??",
        mention: ["Yes, it went through", "ORD-1003 is cancelled"],
        avoid: [OUTSIDE],
      },
      {
        // Was a clarifying question: cancel an order, or get into your account?
        say: "so i get my 192 back right?",
        mention: ["^Yes\\.", "192\\.00 USD"],
        avoid: [MENU],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "53rd round: Mike's formal 'cancelled in error, kindly restore it', then in writing",
    who: MIKE,
    style: "formal email",
    turns: [
      { say: "pls cancel my monitor order", proposes: "cancel_order" },
      { say: "ya", mention: ["cancelled"] },
      {
        say:
          "Dear team, I am afraid I cancelled that order in error. Could you kindly restore it? Regards, Mike",
        mention: [NO_UNDO, "nothing was charged"],
        proposes: null,
      },
      { say: "can i get that in writing", mention: [NO_EMAIL] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
