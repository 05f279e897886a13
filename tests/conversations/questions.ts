/**
 * Conversations of questions: order status in many shoppers' styles (typos, slang, terse,
 * long, polite, angry), shop questions answered from the FAQ, guests, and two questions in
 * one message.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GUEST = "guest.visitor@example.net";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations that only ask. */
export const QUESTIONS: Conversation[] = [
  {
    name: "Sarah asks where ORD-1001 is, its tracking number, and says thanks",
    who: SARAH,
    style: "plain",
    turns: [
      { say: "hi, where is ORD-1001", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "whats the tracking number", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "thanks!", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Mike names ORD-1001 which is not his and then his own ORD-2001",
    who: MIKE,
    style: "confused",
    turns: [
      {
        say: "where is ORD-1001",
        mention: ["(couldn't|can't|cannot) find"],
        avoid: ["TRK8800001001", "Headphones"],
      },
      { say: "ok where is mine then, ORD-2001", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "thx", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah asks about the headphones by name",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "whats the status of the headphones",
        facts: [{ order: "ORD-1001", field: "status" }],
      },
      { say: "and the tracking no.?", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "cool", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Sarah asks about the headphones then the espresso machine",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "whats the status of the headphones", facts: [{ order: "ORD-1001", field: "id" }] },
      {
        say: "ok and the espresso machine?",
        facts: [{ order: "ORD-1002", field: "id" }, { order: "ORD-1002", field: "status" }],
      },
      { say: "ty", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike, typos and slang, asks where his keybaord is",
    who: MIKE,
    style: "typos, slang",
    turns: [
      { say: "yo wheres my keybaord at", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "ORD-2001 bro", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "k thx", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike asks why ORD-2002 is not moving and how to pay",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "ORD-2002 payment",
        facts: [{ order: "ORD-2002", field: "status" }, { order: "ORD-2002", field: "total" }],
      },
      { say: "how do I pay for ORD-2002", mention: ["bank transfer"] },
      { say: "can I pay by card instead", mention: ["card"] },
    ],
  },
  {
    name: "Emma asks at length where ORD-3002 is and whether it was signed for",
    who: EMMA,
    style: "long, polite",
    turns: [
      {
        say:
          "Good morning. I hope you are well. I ordered a stand mixer a little while ago, order ORD-3002, and I would be grateful if you could let me know whether it has been delivered.",
        facts: [{ order: "ORD-3002", field: "status" }],
      },
      {
        say: "And the tracking number for it, please?",
        facts: [{ order: "ORD-3002", field: "tracking" }],
      },
      { say: "Wonderful, thank you.", avoid: [GREETING] },
    ],
  },
  {
    name: "Emma asks at length whether ORD-3002 has been delivered",
    who: EMMA,
    style: "long, polite",
    turns: [
      {
        say:
          "Good morning. I hope you are well. I ordered a stand mixer a little while ago, order ORD-3002, and I would be grateful if you could let me know whether it has been delivered.",
        facts: [{ order: "ORD-3002", field: "status" }, { order: "ORD-3002", field: "id" }],
      },
      { say: "Lovely. And when did it arrive?", facts: [{ order: "ORD-3002", field: "status" }] },
      { say: "Wonderful, thank you.", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah's terse status checks of three orders in a row",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "ORD-1001?", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "ORD-1002?", facts: [{ order: "ORD-1002", field: "status" }] },
      { say: "ORD-1003?", facts: [{ order: "ORD-1003", field: "status" }] },
    ],
  },
  {
    name: "Mike's all-capitals status question about the keyboard",
    who: MIKE,
    style: "angry, capitals",
    turns: [
      { say: "WHERE IS MY KEYBOARD", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "WHY IS IT DELAYED", handoff: "new", mention: ["team"] },
      { say: "fine", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah asks the return policy, shipping times and gift cards",
    who: SARAH,
    style: "shop questions",
    turns: [
      { say: "what's your return policy?", mention: ["30 days"] },
      { say: "how long does shipping take", mention: ["business days"], avoid: [GREETING] },
      {
        say: "Do you sell gift cards?",
        mention: ["gift cards from 25\\.00 USD"],
        avoid: [GREETING],
      },
    ],
  },
  {
    name: "a forgotten password, opening hours and gift cards, with no second greeting",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "I forgot my password and can't log into my account",
        mention: ["Forgot password\\?"],
      },
      { say: "What are your opening hours?", mention: ["around the clock"], avoid: [GREETING] },
      { say: "Do you sell gift cards?", mention: ["25\\.00 USD"], handoff: "none" },
    ],
  },
  {
    name: "a guest asks shop questions and is answered without signing in",
    who: GUEST,
    style: "guest, casual",
    turns: [
      { say: "what are your opening hours", mention: ["around the clock"] },
      { say: "do you sell gift cards", mention: ["gift cards"], avoid: [GREETING] },
      { say: "I forgot my password", mention: ["Forgot password"], avoid: [GREETING] },
    ],
  },
  {
    name: "a guest asking for a refund and a parcel is asked to sign in first",
    who: GUEST,
    style: "guest, terse",
    turns: [
      { say: "refund ORD-3001", mention: ["sign in|email address"], avoid: ["313\\.99", "Robot"] },
      { say: "where is my parcel", mention: ["sign in|email address"] },
      { say: "what payment methods do you accept?", mention: ["PayPal"] },
    ],
  },
  {
    name: "Emma asks which payment methods are accepted and about bank transfers",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "Which payment methods do you accept?", mention: ["PayPal", "Apple Pay"] },
      { say: "How long do you hold an order paid by bank transfer?", mention: ["7 days"] },
      { say: "Thank you kindly.", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike asks two things at once: when the keyboard arrives and can he cancel the monitor",
    who: MIKE,
    style: "two questions",
    turns: [
      {
        say: "when will ORD-2001 arrive and can I still cancel ORD-2002?",
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2002", field: "id" }],
      },
      // Talk24: the cancellation the first reply proposed, said again with its goods — its yes
      // (was proposed a second time).
      { say: "ok cancel the monitor", proposes: null, mention: ["ORD-2002 is cancelled"] },
      { say: "yes", proposes: null, avoid: ["Done"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah asks where ORD-1001 is and for the return window in one message",
    who: SARAH,
    style: "two questions",
    turns: [
      {
        say: "Where's ORD-1001, and how long do I have to return it?",
        facts: [{ order: "ORD-1001", field: "status" }],
        mention: ["30 days"],
      },
      { say: "thx", avoid: [GREETING] },
      { say: "bye", avoid: [GREETING] },
    ],
  },
  {
    name: "Emma writes in French about ORD-3002",
    who: EMMA,
    style: "French",
    turns: [
      {
        say: "Bonjour, où est ma commande ORD-3002 ?",
        facts: [{ order: "ORD-3002", field: "id" }],
        mention: ["commande"],
      },
      { say: "Merci beaucoup", avoid: ["Just to make sure"] },
      { say: "Au revoir", avoid: ["Just to make sure"] },
    ],
  },
  {
    name: "Mike writes in German about ORD-2001",
    who: MIKE,
    style: "German",
    turns: [
      {
        say: "Hallo, wo ist meine Bestellung ORD-2001?",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["Bestellung"],
      },
      { say: "Danke", avoid: ["Just to make sure"] },
      { say: "Tschüss", avoid: ["Just to make sure"] },
    ],
  },
];
