/**
 * More of the talk39 round: what a refund of one item would bring back, asked in so many
 * words, and a guest's three requests before the sign-in code, all answered once signed in.
 */
import type { Conversation } from "./schema.ts";
import { CODE_SENT, SARAH, SARAHS, SIGNED_IN } from "./talk36.ts";

/** Conversations of the talk39 round, second file. */
export const TALK39_MORE: Conversation[] = [
  {
    name: "talk39: 'how much would I get back for the frother?' — that line's 29.00, for a yes",
    who: SARAH,
    style: "a question of the amount, one item of a delivered order",
    turns: [
      {
        // Was "would you like to get a refund, or return something, or know about shipping?".
        say: "how much would I get back for the frother?",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00", "make sure I help with the right thing"],
        proposes: "refund",
      },
      { say: "ok yes", mention: ["refunded 29\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'how much money would i get back on the milk frother' then no",
    who: SARAH,
    style: "no question mark, 'on the', then a no",
    turns: [
      {
        say: "how much money would i get back on the milk frother",
        mention: ["29\\.00 USD"],
        avoid: ["428\\.00", "check on a refund"],
        proposes: "refund",
      },
      { say: "no thanks, just wanted to know", proposes: null },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk39: a guest's three requests before the code: all three answered once signed in",
    who: "guest.three39@example.com",
    style: "a status, the email, then two more requests while the code is on its way",
    turns: [
      { say: "where is ORD-1001", avoid: SARAHS },
      { say: SARAH, mention: [CODE_SENT], avoid: SARAHS },
      { say: "also cancel ORD-1003 please", avoid: SARAHS, proposes: null },
      { say: "and can you send me the invoice for ORD-1002", avoid: SARAHS, proposes: null },
      {
        // Was the cancellation and the invoice only: the first request, ORD-1001's status, lost.
        say: "{code}",
        mention: [SIGNED_IN, "TRK8800001001", "cancel order ORD-1003", "invoice for order ORD-1002"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk39: a guest's 'can u check ORD-1001', a cancellation and another status across the code",
    who: "guest.four39@example.com",
    style: "three orders asked about across the sign-in",
    turns: [
      { say: "hi can u check ORD-1001 for me", avoid: SARAHS },
      { say: `its ${SARAH}`, mention: [CODE_SENT], avoid: SARAHS },
      { say: "oh and i want to cancel ORD-1003", avoid: SARAHS, proposes: null },
      { say: "plus has ORD-1002 been delivered", avoid: SARAHS, proposes: null },
      {
        say: "{code}",
        mention: [SIGNED_IN, "ORD-1001", "ORD-1003", "ORD-1002"],
        proposes: "cancel_order",
      },
      { say: "no keep it actually", proposes: null },
    ],
    changes: [],
  },
];
