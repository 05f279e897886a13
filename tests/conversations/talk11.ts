/**
 * Conversations of the eleventh round (the talk11 branch): mood, dialogue and handoffs — the
 * lead's list of bad replies first (a misspelt country, "what are my options" while a change
 * waits, "what can you do" after withdrawing a person, "can you send me the case?" after a
 * missing part, "ok no worries", a payment told while queued), then praise, mixed feedback,
 * sarcasm and venting read as a person reads them.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.net";
const UNSURE = "yes or a no";

/** The eleventh round's conversations: the lead's list and the mood read. */
export const TALK11: Conversation[] = [
  {
    name: "11th round: a guest asks 'do u ship to canda', then 'how much?' and 'and germny?'",
    who: GUEST,
    style: "terse, misspelt countries",
    turns: [
      {
        say: "do u ship to canda",
        mention: ["ship to Canada", "19\\.99"],
        avoid: ["overnight", "5\\.99"],
        handoff: "none",
      },
      { say: "how much?", mention: ["Canada", "19\\.99"], avoid: ["look at next"] },
      { say: "and germny?", mention: ["ship to Germany"], avoid: ["would you like to"] },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah asks 'what are my options' while the cancellation waits",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "cancel ORD-1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "what are my options",
        mention: ["say yes and I'll cancel order ORD-1003", "stays as it is"],
        avoid: ["PayPal", "Visa", UNSURE],
        proposes: "cancel_order",
      },
      { say: "no", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma withdraws the person and asks what the assistant can do",
    who: EMMA,
    style: "chatty",
    turns: [
      { say: "i want to talk to a person", handoff: "new" },
      {
        say: "never mind, just tell me what you can do",
        mention: ["withdrawn", "where an order is", "returns, refunds"],
        handoff: "withdrawn",
      },
      {
        say: "ok where is my vacuum",
        mention: ["lost"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        avoid: ["on its way"],
      },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah's missing part — 'can you send me the case?', then 'ok no worries'",
    who: SARAH,
    style: "terse, lower case",
    turns: [
      {
        say: "my espresso machine arrived but a part is missing",
        mention: ["ORD-1002"],
        proposes: "refund",
      },
      {
        say: "can you send me the case?",
        mention: ["free of charge"],
        avoid: ["invoice", UNSURE],
        proposes: "replacement",
      },
      {
        say: "ok no worries",
        mention: ["haven't changed anything", "just say yes"],
        avoid: [UNSURE, "would you like to"],
      },
    ],
    changes: [],
  },
  {
    name:
      "11th round: Mike, queued, says he paid by PayPal yesterday: answered, no priority raised",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "i need to talk to a real person", handoff: "new" },
      {
        say: "i paid by paypal yesterday",
        mention: ["PayPal", "ORD-2002", "on the way can trace", "still on the way"],
        avoid: ["more urgent", "just ask for one"],
      },
      { say: "how long?", mention: ["queue"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah's praise in three styles is thanked, never apologised for",
    who: SARAH,
    style: "chat slang, exclamation marks",
    turns: [
      { say: "you guys are amazing", mention: ["kind words|lovely"], avoid: ["sorry"] },
      { say: "love it, arrived early!!", avoid: ["sorry", "not the experience"] },
      {
        say: "best support ever lol",
        avoid: ["sorry", "support assistant"],
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma's mixed feedback is thanked and owned, not queued for a person",
    who: EMMA,
    style: "mixed feedback, VIP",
    turns: [
      {
        say: "the mixer is great but delivery was a nightmare",
        mention: ["glad you like it", "sorry the delivery let you down"],
        avoid: ["leave a review", "passing our conversation", "kind words"],
        handoff: "none",
        proposes: null,
      },
      { say: "thanks", mention: ["welcome|happy to help"], handoff: "none" },
      { say: "bye", avoid: ["support assistant"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike's sarcasm about another delay, then where it is while a change waits",
    who: MIKE,
    style: "sarcasm",
    turns: [
      {
        say: "oh great, another delay, fantastic",
        avoid: ["You're welcome", "kind words", "leave a review"],
      },
      {
        say: "where is my keyboard",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["Memphis"],
        avoid: [UNSURE],
      },
      { say: "no thanks", proposes: null, avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike vents in capitals with a masked swear word; his question is served",
    who: MIKE,
    style: "capitals, masked profanity",
    turns: [
      { say: "hey", handoff: "none" },
      {
        say: "WHERE IS MY F***ING KEYBOARD",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        avoid: ["kind words", "watch your language"],
        handoff: "none",
      },
      { say: "since when?", mention: ["Memphis"], avoid: ["would you like to"] },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah's slang praise ('fire', 'sick') is praise, then her headphones",
    who: SARAH,
    style: "slang",
    turns: [
      {
        say: "this shop is fire 🔥",
        mention: ["kind words|lovely|thank you"],
        avoid: ["sorry", "not the experience", "complaint"],
      },
      { say: "the headphones are sick", avoid: ["sorry", "make a complaint", "delivery problem"] },
      {
        say: "when do they arrive btw",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
    ],
    changes: [],
  },
  {
    name: "11th round: a guest asks whether this is a bot and what it can do",
    who: GUEST,
    style: "chat slang",
    turns: [
      {
        say: "are you a bot?",
        mention: ["virtual assistant", "not a person", "just say so"],
        avoid: ["what can I do for you next"],
        handoff: "none",
      },
      {
        say: "what can u help with",
        mention: ["where an order is", "wait for your yes", "sign in"],
        handoff: "none",
      },
      { say: "ok cool, bye", avoid: ["support assistant"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike asks 'r u a real person', is told, then asks for one",
    who: MIKE,
    style: "chat slang",
    turns: [
      {
        say: "r u a real person",
        mention: ["not a person"],
        avoid: ["passing our conversation"],
        handoff: "none",
      },
      { say: "ok get me one then", handoff: "new" },
      { say: "how long", mention: ["queue"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma, queued, asks 'is this a bot?' and where her vacuum is meanwhile",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "i want to speak to a manager", handoff: "new" },
      {
        say: "is this a bot?",
        mention: ["virtual assistant", "already on the way"],
        avoid: ["just say so", "accurate answer"],
      },
      {
        say: "can you tell me where my vacuum is in the meantime",
        mention: ["lost", "still on the way"],
        avoid: ["accurate answer"],
      },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike, queued and upset, asks where his keyboard is: told, not only queued",
    who: MIKE,
    style: "upset, terse",
    turns: [
      { say: "get me a human", handoff: "new" },
      {
        say: "ugh this is ridiculous, where is my keyboard??",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["Memphis"],
      },
      { say: "ok", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "11th round: Mike's 'and the other?' and 'how much?' lean on the answer before",
    who: MIKE,
    style: "terse follow-ups",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        say: "and the other?",
        facts: [{ order: "ORD-2002", field: "id" }],
        mention: ["payment"],
        avoid: ["would you like to"],
      },
      {
        say: "how much?",
        facts: [{ order: "ORD-2002", field: "total" }],
        avoid: ["look at next"],
      },
    ],
    changes: [],
  },
  {
    name: "11th round: Sarah jokes that her parcel went on holiday, then names it",
    who: SARAH,
    style: "humour, chat slang",
    turns: [
      {
        say: "lol my parcel went on holiday without me",
        mention: ["which order"],
        avoid: ["support assistant", "outside what I can help"],
      },
      { say: "the headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "ok haha thanks", mention: ["welcome|happy to help"] },
    ],
    changes: [],
  },
  {
    name: "11th round: Emma calls the person off, then wants one after all",
    who: EMMA,
    style: "capitals, change of mind",
    turns: [
      { say: "i need a human NOW", handoff: "new" },
      { say: "never mind", handoff: "withdrawn" },
      { say: "actually yes i do want one", handoff: "new" },
    ],
    changes: [],
  },
];
