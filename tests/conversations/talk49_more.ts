/**
 * Talk49 round, continued: refunds — "does a bank transfer take longer?" after a refund's news,
 * "did my refund go through?" with refunds on several orders, and "still no refund, this is a
 * joke" about a refund still within its days.
 */
import type { Conversation } from "./schema.ts";

/** ORD-11065: 468.00 USD paid by bank transfer, refunded today. */
const NOAH = "noah.adams46@example.com";
/** ORD-11158: cancelled, 260.36 EUR refunded to PayPal, on its way. */
const ISABELLA = "isabella.lee47@example.com";
/** Refunds on ORD-10537, ORD-10365 and ORD-10062, all paid out. */
const ELLA = "ella.walker7@example.com";

/** More conversations of the talk49 round. */
export const TALK49_MORE: Conversation[] = [
  {
    name: "49th round: 'It was a bank transfer, does that take longer?' after the refund's news",
    who: NOAH,
    style: "follow-up question",
    turns: [
      { say: "where's my refund for ORD-11065?", mention: ["468\\.00 USD"] },
      {
        // Was: how to pay by bank transfer ("Yes, we accept bank transfer…").
        say: "It was a bank transfer, does that take longer?",
        proposes: null,
        mention: ["No — a refund takes no longer", "bank account you paid from"],
        avoid: ["we accept bank transfer", "Choose Bank transfer at checkout"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "49th round: 'i paid by bank transfer tho, is that slower?' is the refund, not a payment",
    who: NOAH,
    style: "slangy follow-up",
    turns: [
      { say: "any news on my refund", mention: ["468\\.00 USD"] },
      {
        // Was: another order's failed payment ("The payment for order ORD-10660 didn't go through").
        say: "i paid by bank transfer tho, is that slower?",
        proposes: null,
        mention: ["ORD-11065"],
        avoid: ["didn't go through", "ORD-10660", "we accept bank transfer"],
      },
      { say: "k thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "49th round: 'does paypal take longer?' after the cancelled order's refund",
    who: ISABELLA,
    style: "terse follow-up",
    turns: [
      { say: "when do I get my refund for 11158?", mention: ["260\\.36 EUR"] },
      {
        say: "does paypal take longer?",
        proposes: null,
        mention: ["No — a refund takes no longer", "PayPal account"],
        avoid: ["we accept PayPal"],
      },
      { say: "great, thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "49th round: 'Did my refund go through?' with three refunded orders tells all three",
    who: ELLA,
    style: "plain",
    turns: [
      {
        // Was: "Which order do you mean?" with the three refunded orders listed.
        say: "Did my refund go through?",
        proposes: null,
        mention: ["ORD-10537", "ORD-10365", "ORD-10062", "113\\.99 USD", "paid out by"],
        avoid: ["Which order"],
      },
      { say: "ok thanks", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "49th round: 'have my refunds been processed?' then the curtains' order asked",
    who: ELLA,
    style: "then narrows",
    turns: [
      {
        say: "have my refunds been processed?",
        proposes: null,
        mention: ["ORD-10537", "ORD-10365", "ORD-10062"],
        avoid: ["Which order"],
      },
      {
        say: "what about the curtains",
        proposes: null,
        mention: ["ORD-10993"],
      },
      { say: "ok cheers", proposes: null },
    ],
    changes: [],
  },
  {
    name: "49th round: 'Still no refund, this is a joke' about a refund on time: its day, no queue",
    who: ISABELLA,
    style: "sarcastic, upset",
    turns: [
      {
        // Was handed over ("an upset customer with an urgent complaint").
        say: "Still no refund, this is a joke",
        handoff: "none",
        proposes: null,
        mention: ["260\\.36 EUR", "ORD-11158", "should be there by"],
        avoid: ["A member of our team will take over", "shouldn't have happened"],
      },
      { say: "ok", handoff: "none", proposes: null },
      { say: "fine, thanks", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "49th round: 'where is my refund?? this is ridiculous' on time: told, not queued",
    who: ISABELLA,
    style: "angry punctuation",
    turns: [
      {
        say: "where is my refund?? this is ridiculous, still nothing",
        handoff: "none",
        mention: ["260\\.36 EUR", "PayPal"],
        avoid: ["A member of our team will take over"],
      },
      { say: "hmm ok, I'll wait till then", handoff: "none" },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "49th round: 'still no refund!! i want to speak to a manager' still gets a person",
    who: ISABELLA,
    style: "asks for a manager",
    turns: [
      {
        say: "still no refund!! i want to speak to a manager",
        handoff: "new",
        mention: ["260\\.36 EUR"],
      },
      { say: "ok", handoff: "same" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
];
