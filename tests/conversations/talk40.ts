/**
 * The talk40 round: money — refunds' progress, where a refund goes, amounts questioned,
 * charges without an order, codes. Seeded customers beyond the cast hold refunds made (some
 * still on their way, some partial) and returns received: their replies tell the store's own
 * amount, day, way and arrival, never a general "within 5 business days".
 */
import type { Conversation } from "./schema.ts";

export const SARAH = "sarah.chen@example.com";
export const MIKE = "mike.johnson@example.com";
/** ORD-11065: 468.00 USD paid by bank transfer, refunded today, still on its way. */
const NOAH = "noah.adams46@example.com";
/** ORD-11158: cancelled, 260.36 EUR refunded to PayPal two days ago, on its way. */
const ISABELLA = "isabella.lee47@example.com";
/** ORD-10805: a partial refund (306.70 of 649.52 EUR) for a faulty item, to PayPal. */
const HANNAH = "hannah.evans24@example.com";
/** ORD-10934: a partial refund (113.72 of 397.43 EUR), a 13.79 EUR shipping fee. */
const SOPHIA = "sophia.nguyen41@example.com";
/** ORD-10537: refunded in full (113.99 USD, 24.99 USD of it shipping) to PayPal. */
const ELLA = "ella.walker7@example.com";
/** ORD-10999: 1076.00 USD refunded to the bank account, on its way. */
const CHLOE = "chloe.lee116@example.com";
/** ORD-10454: returned, the return received, nothing refunded. */
export const OSCAR = "oscar.campbell20@example.com";
/** ORD-10987: returned, the return received, nothing refunded. */
export const NOAH_C = "noah.clark17@example.com";
/** ORD-11063: 399.00 USD refunded to PayPal yesterday. */
export const LUCAS = "lucas.scott110@example.com";
/** ORD-11041: 64.00 USD refunded today, paid with Apple Pay. */
export const AVA = "ava.patel58@example.com";

/** A day as replies write it: "by December 12". */
export const BY_DAY =
  "by (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d";
/** The general wait said instead of the refund's own day. */
export const GENERAL_WAIT = "if it's been longer";

/** Money questions in shoppers' words (the talk40 branch). */
export const TALK40: Conversation[] = [
  {
    name: "40th round: 'where's my refund for ORD-11065?' — the amount, the way and the day",
    who: NOAH,
    style: "plain",
    turns: [
      {
        say: "where's my refund for ORD-11065?",
        proposes: null,
        handoff: "none",
        mention: ["468\\.00 USD", "bank account you paid from", BY_DAY],
        avoid: [GENERAL_WAIT, "I can refund"],
      },
      { say: "ok thanks", proposes: null, handoff: "none", avoid: ["468\\.00"] },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    // talk49: a refund still within its days is told from the record, not queued for a person.
    name: "40th round: 'still no refund, its been ages' — told what the refund shows",
    who: NOAH,
    style: "upset, vague",
    turns: [
      {
        say: "hi, still no refund on my account, its been ages",
        handoff: "none",
        mention: ["468\\.00 USD", "ORD-11065", BY_DAY],
        avoid: ["A member of our team will take over"],
      },
      { say: "ok", handoff: "none" },
      { say: "thanks", handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'I cancelled my order, when do I get my money back?' is her refund, not a rule",
    who: ISABELLA,
    style: "plain",
    turns: [
      {
        say: "I cancelled my order, when do I get my money back?",
        proposes: null,
        mention: ["260\\.36 EUR", "ORD-11158", "PayPal", BY_DAY],
        avoid: ["Just to make sure", "would you like to know about our policies"],
      },
      { say: "great thank you", proposes: null },
      { say: "bye!", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: a long polite email about a cancelled order's refund to PayPal",
    who: ISABELLA,
    style: "long email",
    turns: [
      {
        say: "Hello, I cancelled order 11158 a couple of days ago. Could you tell me whether the " +
          "refund has been processed and when it will arrive on my PayPal? Thanks, Isabella",
        proposes: null,
        mention: ["We refunded 260\\.36 EUR on order ORD-11158", "PayPal", BY_DAY],
        avoid: [GENERAL_WAIT],
      },
      { say: "perfect, thanks", proposes: null },
      { say: "have a nice day", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'you only refunded 306 euros, where's the rest?' — a partial refund, said so",
    who: HANNAH,
    style: "angry, numbers",
    turns: [
      {
        say: "you only refunded 306 euros, I paid 649! where's the rest?",
        proposes: null,
        mention: ["partial refund", "faulty item", "306\\.70 EUR of the 649\\.52 EUR", "colleague"],
        avoid: [GENERAL_WAIT, "If you can't find it"],
      },
      { say: "yes please get someone", handoff: "new", mention: ["ORD-10805"] },
      { say: "ok I'll wait", handoff: "same" },
    ],
    changes: [],
  },
  {
    name:
      "40th round: 'did you refund the shipping too?' after a partial refund — no, from the order",
    who: SOPHIA,
    style: "terse",
    turns: [
      {
        say: "did you refund the shipping too?",
        proposes: null,
        mention: ["113\\.72 EUR", "partial refund", "didn't cover the 13\\.79 EUR shipping fee"],
        avoid: ["covers everything you paid", "^\\s*Yes"],
      },
      { say: "hmm ok", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'was the shipping refunded on ORD-10537?' — yes, its fee named",
    who: ELLA,
    style: "plain",
    turns: [
      {
        say: "was the shipping refunded on ORD-10537?",
        proposes: null,
        mention: ["113\\.99 USD", "includes the 24\\.99 USD shipping fee", "PayPal"],
        avoid: [GENERAL_WAIT],
      },
      { say: "cool thanks", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'did you refund the shipping too?' with no refund made is no 'yes'",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "did you refund the shipping too?",
        proposes: null,
        mention: ["don't see a refund"],
        avoid: ["covers everything you paid", "^\\s*(?:Hi|Hello)[^.]*\\.\\s*Yes"],
      },
      { say: "oh ok never mind", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'can the refund go to a different card?' is answered, no refund proposed",
    who: SARAH,
    style: "question",
    turns: [
      {
        say: "can the refund go to a different card?",
        proposes: null,
        mention: ["only go back the way the order was paid"],
        avoid: ["I can refund", "Reply yes"],
      },
      { say: "ok, that's fine", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'refund me to a different card, my old one expired' — the rule and the bank",
    who: SARAH,
    style: "imperative with a reason",
    turns: [
      {
        say: "refund me to a different card please, my old one expired",
        proposes: null,
        mention: ["only go back the way the order was paid", "bank passes it on"],
        avoid: ["I can refund", "We accept credit and debit cards"],
      },
      { say: "ok good to know", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'send the refund to my other bank account, i closed that one'",
    who: CHLOE,
    style: "lowercase, no punctuation",
    turns: [
      {
        say: "can you send the refund to my other bank account instead, i closed that one",
        proposes: null,
        mention: [
          "1076\\.00 USD refund on order ORD-10999",
          "bank account you paid from",
          "closed",
        ],
        avoid: [GENERAL_WAIT],
      },
      { say: "ok ill call my bank", proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'can it go on my paypal instead of the card?' while the refund waits",
    who: SARAH,
    style: "question over a pending change",
    turns: [
      { say: "I want a refund for 1002", proposes: "refund" },
      {
        say: "can it go on my paypal instead of the card?",
        proposes: "refund",
        mention: ["only go back the way the order was paid", "card you paid with"],
        avoid: ["we accept PayPal", "Done —"],
      },
      { say: "ok fine, yes", proposes: null, mention: ["428\\.00 USD"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "40th round: 'which card does it go to?' right after a refund",
    who: SARAH,
    style: "follow-up",
    turns: [
      { say: "hi I want a refund for ORD-1002", proposes: "refund" },
      { say: "yes do it", proposes: null },
      {
        say: "which card does it go to?",
        proposes: null,
        mention: ["card you paid with", "428\\.00 USD"],
        avoid: ["We accept credit and debit cards", "outside what I can help"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "40th round: 'the refund as store credit instead?' — no, the way she paid",
    who: SARAH,
    style: "polite question",
    turns: [
      {
        say: "is it possible to have the refund as store credit instead?",
        proposes: null,
        mention: ["store credit", "only go back the way the order was paid"],
        avoid: ["I can refund", "goodwill credit"],
      },
      { say: "alright", proposes: null },
      { say: "thanks anyway", proposes: null },
    ],
    changes: [],
  },
  {
    name: "40th round: 'I was charged 428 but the machine was 399??' — the order line by line",
    who: SARAH,
    style: "numbers, double question marks",
    turns: [
      {
        say: "I was charged 428 but the machine was 399??",
        proposes: null,
        handoff: "none",
        mention: [
          "came to 428\\.00 USD",
          "Espresso Machine 399\\.00 USD",
          "Milk Frother 29\\.00 USD",
        ],
        avoid: ["declined", "billing address"],
      },
      { say: "ah right, I forgot the frother", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
];
