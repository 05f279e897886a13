/**
 * Talk51 round, more: slow starts in long emails and fragments, the guest's order number before
 * the email, and the goods named before kept ("the espresso order", "one of them").
 */
import type { Conversation } from "./schema.ts";
import { DOOR, EMMA, GUESSED, GUEST, MENU, MIKE, SARAH } from "./talk51.ts";

/** More conversations of the talk51 round. */
export const TALK51_MORE: Conversation[] = [
  {
    name: "talk51: Mike's 'got a question' then whether the monitor is paid",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "yo", mention: ["Mike"] },
      { say: "got a question", mention: ["what would you like to know"], avoid: GUESSED },
      {
        say: "is my monitor paid?",
        mention: ["Not yet", "ORD-2002", "329\\.00"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "talk51: 'hello, I need some help please', 'my order', the shoes, the address",
    who: SARAH,
    style: "polite, slow",
    turns: [
      {
        say: "hello, I need some help please",
        mention: ["What do you need a hand with"],
        avoid: MENU,
      },
      { say: "my order", mention: ["which order"], avoid: ["cancel an order"] },
      { say: "the shoes", facts: [{ order: "ORD-1003", field: "id" }] },
      {
        say: "can i still change the address?",
        mention: ["new address"],
        proposes: null,
      },
      {
        say: "45 Oak Ave, Somerville, MA 02144, USA",
        mention: ["Somerville"],
        proposes: "change_address",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "talk51: 'there's a problem' and the mixer cracked: Emma's replacement",
    who: EMMA,
    style: "vague, then the damage",
    turns: [
      {
        say: "there's a problem",
        facts: [{ order: "ORD-3001", field: "status" }],
        avoid: GUESSED,
      },
      { say: "not that. the mixer, its cracked", mention: ["Stand Mixer"] },
      { say: "replacement", mention: ["new Stand Mixer"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "talk51: 'i wanted to ask you something' then two questions at once",
    who: SARAH,
    style: "opener, two questions",
    turns: [
      { say: "i wanted to ask you something", mention: ["what would you like to know"] },
      {
        say: "where's ORD-1001 and do you take paypal?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["PayPal"],
      },
      { say: "great thanks", proposes: null, avoid: ["kind words"] },
    ],
    changes: [],
  },
  {
    name: "talk51: 'something's wrong' with the keyboard late: no clarifying menu",
    who: MIKE,
    style: "vague",
    turns: [
      { say: "hey", mention: ["Mike"] },
      {
        say: "something's wrong",
        facts: [{ order: "ORD-2001", field: "id" }],
        avoid: GUESSED,
      },
      { say: "no thanks, just tell me when it comes", mention: ["ORD-2001"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk51: a long email 'I have an issue I'd like some help with', then the frother's fault",
    who: SARAH,
    style: "long email, the detail a turn later",
    turns: [
      {
        // Was "That's outside what I can help with here".
        say: "Hello,\n\nI hope this finds you well. I'm writing because I have an issue I'd " +
          "like some help with.\n\nBest,\nSarah",
        mention: ["which order"],
        avoid: ["outside what I can help"],
      },
      {
        // Was "would you like to check where an order is, or cancel an order, or …".
        say: "It's the Milk Frother from my recent order",
        mention: ["What's gone wrong with the Milk Frother"],
        avoid: [...DOOR, "Just to make sure"],
        proposes: null,
      },
      {
        say: "It has stopped heating the milk",
        mention: ["Milk Frother", "29\\.00"],
        proposes: "refund",
      },
      { say: "Yes please go ahead", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk51: 'hey so uh. problem', the headphones, 'they havent come yet': not late yet",
    who: SARAH,
    style: "hesitant, fragments",
    turns: [
      { say: "hey so uh. problem", mention: ["which order"], avoid: GUESSED },
      { say: "the headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        // Was the parcel's whole news again, with "it shouldn't have happened".
        say: "they havent come yet",
        mention: ["isn't late yet", "investigation"],
        avoid: ["TRK8800001001", "shouldn't have happened", "Just to make sure"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "talk51: 'something is wrong', 'the espresso order', the frother cracked: it alone replaced",
    who: SARAH,
    style: "terse, the item last",
    turns: [
      { say: "something is wrong", mention: ["which order"], avoid: GUESSED },
      {
        say: "the espresso order",
        mention: ["ORD-1002", "What's gone wrong with it"],
        avoid: DOOR,
        proposes: null,
      },
      { say: "the frother is cracked", mention: ["Milk Frother", "29\\.00"], proposes: "refund" },
      { say: "send a new one", mention: ["new Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk51: a guest gives the order number before the email: taken in, the email asked once",
    who: GUEST,
    style: "guest, order number then email",
    turns: [
      { say: "something's wrong with my order", mention: ["email"], avoid: GUESSED },
      {
        // Was the same two sentences again, word for word.
        say: "its ORD-1003",
        mention: ["noted the order number", "email address you ordered with"],
        avoid: ["ORD-1003", "Trail", "I'd be glad to help with your order"],
      },
      {
        say: "sarah.chen@example.com",
        mention: ["one-time code"],
        avoid: ["Trail", "ORD-1003"],
      },
    ],
    changes: [],
  },
  {
    name: "talk51: Mike's polite 'I have a question regarding an order I placed', then the monitor",
    who: MIKE,
    style: "long and polite, the request second",
    turns: [
      {
        // Was the greeting's "How can I help you today? I can check an order, …".
        say: "Hello, I hope you're well. I have a question regarding an order I placed.",
        mention: ["Which order"],
        avoid: ["How can I help you today"],
      },
      {
        say: "It's the monitor. I'd like to know if I can still cancel it?",
        mention: ["ORD-2002"],
        proposes: "cancel_order",
      },
      { say: "yes please", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
