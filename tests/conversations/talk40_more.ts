/**
 * The talk40 round, continued: amounts questioned, charges without an order, codes, returns
 * received and never refunded, and questions while a refund waits (see `talk40.ts`).
 */
import type { Conversation } from "./schema.ts";
import { AVA, BY_DAY, GENERAL_WAIT, LUCAS, MIKE, NOAH_C, OSCAR, SARAH } from "./talk40.ts";

/** Money questions in shoppers' words, continued (the talk40 branch). */
export const TALK40_MORE: Conversation[] = [
  {
    name: "40th round: 'why was I charged more than the espresso machine' — the other line",
    who: SARAH,
    style: "no punctuation",
    turns: [
      {
        say: "why was I charged more than the price of the espresso machine",
        proposes: null,
        mention: ["428\\.00 USD", "Milk Frother 29\\.00 USD"],
        avoid: ["declined", "tell me the order number"],
      },
      { say: "ah ok makes sense", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'my card was charged but I can't see the order' — her orders, and who traces",
    who: SARAH,
    style: "worried",
    turns: [
      {
        say: "my card was charged but I can't see the order",
        proposes: null,
        mention: ["ORD-1001", "ORD-1002", "ORD-1003", "another email", "colleague"],
        avoid: ["declined", "billing address"],
      },
      { say: "it might be the 1002 one actually", proposes: null, avoid: ["declined"] },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'got a SAVE10 code but checkout says invalid' is the code, not his unpaid order",
    who: MIKE,
    style: "slang",
    turns: [
      {
        say: "got a SAVE10 code but checkout says invalid",
        proposes: null,
        mention: ["discount code"],
        avoid: ["ORD-2002", "haven't received the payment"],
      },
      { say: "ok ill try again", proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'returned the item, you received it, where is the money?' — the return found",
    who: OSCAR,
    style: "terse, comma splice",
    turns: [
      {
        say: "returned the item, you received it, where is the money?",
        proposes: "escalate_supervisor",
        mention: ["ORD-10454", "received back with us", "no refund has been issued"],
        avoid: ["Which order do you mean", "don't see a refund on any"],
      },
      { say: "yes please", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "customer_note", target: "CUST-0020" }],
  },
  {
    name:
      "40th round: 'you got my return weeks ago and I still haven't been refunded' — a person, told",
    who: NOAH_C,
    style: "upset",
    turns: [
      {
        say: "you got my return weeks ago and I still haven't been refunded",
        handoff: "new",
        mention: ["ORD-10987", "received back with us", "no refund has been issued"],
        avoid: ["tell me and I'll pass it to a colleague"],
      },
      { say: "how long will that take", handoff: "same" },
      { say: "ok", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "40th round: 'where's my refund, it's been 10 days' with none made — said, then a person",
    who: SARAH,
    style: "impatient",
    turns: [
      {
        say: "where's my refund, it's been 10 days",
        handoff: "new",
        mention: ["don't see a refund issued on order ORD-1002"],
      },
      { say: "ok", handoff: "same" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "40th round: 'when will the refund hit my paypal' — the day from the store",
    who: LUCAS,
    style: "slang",
    turns: [
      {
        say: "when will the refund hit my paypal",
        proposes: null,
        mention: ["399\\.00 USD", "PayPal", BY_DAY],
        avoid: [GENERAL_WAIT],
      },
      { say: "sweet", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'you refunded me but I don't see anything' — issued when, and to Apple Pay's card",
    who: AVA,
    style: "doubt",
    turns: [
      {
        say: "I got an email saying you refunded me but I don't see anything",
        proposes: null,
        mention: ["64\\.00 USD", "Apple Pay", BY_DAY],
        avoid: [GENERAL_WAIT],
      },
      { say: "ok I'll wait then", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'is shipping included?' while the refund waits — from the order, then yes",
    who: SARAH,
    style: "question over a pending change",
    turns: [
      { say: "I want a refund for ORD-1002", proposes: "refund" },
      {
        say: "is shipping included?",
        proposes: "refund",
        mention: ["428\\.00 USD is everything paid for order ORD-1002", "shipping was free"],
        avoid: ["Standard shipping takes", "express takes"],
      },
      { say: "ok yes go ahead", proposes: null, mention: ["428\\.00 USD"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "40th round: Emma asks if the shipping is refunded too, then thinks and says no",
    who: "emma.wilson@example.com",
    style: "question, then a no",
    turns: [
      { say: "refund ORD-3002 please", proposes: "refund" },
      {
        say: "is the shipping refunded too?",
        proposes: "refund",
        mention: ["349\\.00 USD is everything paid for order ORD-3002"],
        avoid: ["covers everything you paid, the shipping fee included"],
      },
      { say: "hmm let me think about it first", proposes: "refund", avoid: ["I've refunded"] },
      { say: "no, leave it for now", proposes: null, avoid: ["I've refunded"] },
    ],
    changes: [],
  },
  {
    name: "40th round: Emma's refund made, then 'did you refund the shipping too?' — yes, its fee",
    who: "emma.wilson@example.com",
    style: "follow-up after a change",
    turns: [
      { say: "I want my money back for 3001", proposes: "refund" },
      { say: "yes", proposes: null },
      {
        say: "did you refund the shipping too?",
        proposes: null,
        mention: ["313\\.99 USD", "includes the 14\\.99 USD shipping fee"],
        avoid: ["I can refund", "covers everything you paid, the shipping fee included"],
      },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
];
