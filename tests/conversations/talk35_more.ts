/**
 * More of the thirty-fifth round (the talk35 branch): "why was my order cancelled?" asked by
 * seeded customers — read as that order's status, never a cancellation to propose; the
 * cancelled order meant found among several; the reason the store shows (a payment that
 * didn't go through) told, or that it shows none. And the status of a returned order never
 * refunded.
 */
import type { Conversation } from "./schema.ts";
import { AGAIN, WINDOW } from "./talk35.ts";

export const TALK35_MORE: Conversation[] = [
  {
    name:
      "35th round: 'why was my headphones order cancelled' is that order told, never a new cancel",
    who: "ava.walker8@example.com",
    style: "plain question",
    turns: [
      {
        // Was a proposal to cancel ORD-11219, the open order with headphones in it.
        say: "why was my headphones order cancelled",
        mention: ["ORD-10522", "didn't go through", "nothing was charged"],
        avoid: ["ORD-11219", AGAIN],
        proposes: null,
      },
      { say: "ok", proposes: null, avoid: [AGAIN] },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "35th round: 'why was ORD-10320 cancelled??' — refunded in full, no reason invented",
    who: "omar.garcia16@example.com",
    style: "double question marks",
    turns: [
      {
        // Was "would you like to sort out a payment problem, or cancel an order, or check on a refund?"
        say: "why was ORD-10320 cancelled??",
        mention: ["217\\.99 USD — all of it — went back", "doesn't show a reason"],
        avoid: ["make sure I help with the right thing", AGAIN],
        proposes: null,
      },
      {
        say: "did i get my money back",
        mention: ["217\\.99 USD"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "35th round: 'why'd my monitor order get cancelled' — its payment failed, nothing charged",
    who: "sophia.young21@example.com",
    style: "contraction, no question mark",
    turns: [
      {
        say: "why'd my monitor order get cancelled",
        mention: ["ORD-10610", "didn't go through", "why it was cancelled"],
        avoid: [AGAIN],
        proposes: null,
      },
      {
        say: "so was i charged or not",
        mention: ["nothing was taken"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "alright thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "35th round: 'how come my skillet order got cancelled' from a VIP: the unpaid order told",
    who: "lily.taylor34@example.com",
    style: "'how come'",
    turns: [
      {
        say: "how come my skillet order got cancelled",
        mention: ["ORD-10101", "nothing was charged"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "oh right, ok", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "35th round: the status of a returned order never refunded says so, and a yes to a colleague",
    who: "oscar.campbell20@example.com",
    style: "terse",
    turns: [
      {
        say: "status of ORD-10454?",
        mention: ["has been returned", "no refund has been issued"],
        avoid: [WINDOW],
        proposes: null,
      },
      {
        say: "where's my money then",
        mention: ["received back with us", "colleague"],
        avoid: [WINDOW],
        proposes: "escalate_supervisor",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "customer_note", target: "CUST-0020" }],
  },
  {
    name:
      "35th round: 'why did you cancel my order' with three cancelled: which, then the one named",
    who: "ava.walker8@example.com",
    style: "accusing",
    turns: [
      {
        say: "why did you cancel my order",
        mention: ["ORD-10681", "ORD-10522", "ORD-10414"],
        avoid: ["ORD-11219", "ORD-11234", AGAIN],
        proposes: null,
      },
      {
        say: "the tablet one",
        mention: ["ORD-10414", "145\\.36 EUR"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "ok fine", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "35th round: 'and the other pending one too' after a cancellation cancels it on its own yes",
    who: "aiden.nguyen66@example.com",
    style: "terse, then an afterthought",
    turns: [
      { say: "cancel ORD-11227", mention: ["ORD-11227"], proposes: "cancel_order" },
      { say: "yes", mention: ["ORD-11227 is cancelled"], proposes: null },
      {
        // Was ORD-11225's status ("waiting for payment"), nothing offered.
        say: "and the other pending one too",
        mention: ["ORD-11225", "cancel"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-11225 is cancelled"], proposes: null },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11227" },
      { action: "cancel_order", target: "ORD-11225" },
    ],
  },
  {
    name: "35th round: 'same for ORD-11225' after a cancellation is proposed, and a no keeps it",
    who: "aiden.nguyen66@example.com",
    style: "short",
    turns: [
      { say: "cancel ORD-11227", proposes: "cancel_order" },
      { say: "yes", mention: ["ORD-11227 is cancelled"], proposes: null },
      { say: "same for ORD-11225", mention: ["ORD-11225"], proposes: "cancel_order" },
      { say: "actually no, keep that one", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11227" }],
  },
];
