/**
 * Talk42 round: the less-travelled intents inside a conversation about orders — signing in,
 * account changes, placing an order, ways to pay, shipping and invoices — asked alone and
 * beside an order, by the cast and by guests.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper.42@example.com";

/** Conversations of the talk42 round. */
export const TALK42: Conversation[] = [
  {
    name: "talk42: 'i have two accounts, which one has my order 2001?'",
    who: MIKE,
    style: "an account question with an order in it",
    turns: [
      {
        // Was the keyboard's status alone: the two accounts never answered.
        say: "i have two accounts, which one has my order 2001?",
        mention: ["account you're signed in with", "can't be merged"],
        facts: [{ order: "ORD-2001", field: "id" }, { order: "ORD-2001", field: "status" }],
        proposes: null,
      },
      { say: "ok can i merge them?", mention: ["can't be merged"], avoid: ["Shall I"] },
      { say: "thanks thats all", avoid: ["yes or a no", "Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'I have 2 accounts and cant find order 2002 - is it on this one?'",
    who: MIKE,
    style: "terse, a dash instead of a question",
    turns: [
      {
        // Was a clarifying question (read as a payment problem).
        say: "I have 2 accounts and cant find order 2002 - is it on this one?",
        mention: ["account you're signed in with", "ORD-2002"],
        avoid: ["Just to make sure"],
        facts: [{ order: "ORD-2002", field: "status" }],
      },
      { say: "ok how do i pay for it", mention: ["ORD-2002"], avoid: ["Just to make sure"] },
      { say: "cool thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'forgot my password and need to check 2002' answers both",
    who: MIKE,
    style: "two requests without a question mark",
    turns: [
      {
        // Was the password answer alone: the monitor's order dropped.
        say: "forgot my password and need to check 2002",
        mention: ["Forgot password", "ORD-2002"],
        facts: [{ order: "ORD-2002", field: "status" }],
      },
      { say: "and where's 2001", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "ok ty", avoid: ["Shall I", "Forgot password"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'forgot my password and i need to check ORD-2002' says the password once",
    who: MIKE,
    style: "two requests, the second with 'I need'",
    turns: [
      {
        // Was the password said twice, in two wordings, and no word of ORD-2002.
        say: "forgot my password and i need to check ORD-2002",
        mention: ["Forgot password", "ORD-2002"],
        avoid: ["can't see or change passwords"],
      },
      { say: "got the reset email, thanks", avoid: ["Shall I"] },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest's 'change the email on my account to …' sends no sign-in code to it",
    who: GUEST,
    style: "a guest asks for an account change with the new address",
    turns: [
      {
        // Was "I've sent a one-time code to the email on that account" — to the new address.
        say: "change the email on my account to new.me.42@example.org",
        mention: ["Account → Profile", "can't change it from this chat"],
        avoid: ["one-time code", "sent a"],
      },
      {
        say: "hi my new email is other.me.42@example.org, can u update it",
        mention: ["Account → Profile"],
        avoid: ["one-time code"],
      },
      { say: "ok fine", avoid: ["one-time code", "Shall I"] },
    ],
    changes: [],
  },
  {
    name:
      "talk42: Emma changes her email between the lost vacuum's news and 'so what now with 3001'",
    who: EMMA,
    style: "a side question, then back to the order",
    turns: [
      {
        say: "my 3001 is lost right?",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["refund", "replacement"],
      },
      {
        say: "btw can u change my email to emma.w@proton.me",
        mention: ["Account → Profile", "can't change it from this chat"],
      },
      {
        // Was "I'm not sure what you'd like me to do with order ORD-3001".
        say: "so what now with 3001",
        mention: ["lost", "refund", "replacement"],
        avoid: ["not sure what you'd like"],
      },
      { say: "replacement pls", proposes: "replacement" },
      { say: "yes", mention: ["ORD-3001"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk42: 'ok what happens next with ORD-1002?' is its news, not a guess",
    who: SARAH,
    style: "what next, about a delivered order",
    turns: [
      {
        say: "ok what happens next with ORD-1002?",
        facts: [{ order: "ORD-1002", field: "status" }],
        avoid: ["not sure what you'd like", "Just to make sure"],
      },
      { say: "and do you take apple pay for future orders?", mention: ["Apple Pay"] },
      { say: "great thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'afterpay??' alone asks about paying later",
    who: MIKE,
    style: "one word, two question marks",
    turns: [
      { say: "do you take paypal", mention: ["PayPal"] },
      {
        // Was a greeting: "Hi, Mike! How can I help you today?"
        say: "afterpay??",
        mention: ["instalments or pay-later"],
        avoid: ["How can I help you today"],
      },
      { say: "venmo?", mention: ["Venmo"], avoid: ["How can I help you today"] },
      { say: "ok paypal it is", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'can I pick it up instead?' after the headphones' news",
    who: SARAH,
    style: "pickup asked about the order in focus",
    turns: [
      { say: "where's my headphones order", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        // Was the table of shipping speeds, pickup never answered.
        say: "can I pick it up instead?",
        mention: ["no pickup option"],
        proposes: null,
      },
      { say: "ok np", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest asks 'can I pick it up?', then about Canada",
    who: GUEST,
    style: "a guest before buying",
    turns: [
      { say: "can I pick it up?", mention: ["no pickup option"] },
      { say: "do you ship to Canada?", mention: ["ship to Canada", "19\\.99"] },
      { say: "how long", mention: ["6–10 business days"], avoid: ["pickup"] },
    ],
    changes: [],
  },
  {
    name: "talk42: a guest asks to order by phone, then without an account",
    who: GUEST,
    style: "a shopper who dislikes websites",
    turns: [
      {
        // Was how to use the cart: the phone never answered.
        say: "can i place an order over the phone? i dont like websites",
        mention: ["don't take orders by phone"],
      },
      {
        // Was how to use the cart again: the account never answered.
        say: "can i buy stuff without making an account",
        mention: ["don't need an account", "guest"],
      },
      { say: "ok thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'can you place an order for me?' says the chat can't, and how",
    who: EMMA,
    style: "asks the assistant to buy for her",
    turns: [
      {
        say: "could you place an order for me? 2 more of the stand mixers",
        mention: ["can't place (?:an order|one) for you", "Stand Mixer"],
        proposes: null,
      },
      { say: "do i need an account for that? i have one", mention: ["account"] },
      { say: "ok ill do it myself", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'ok what about the uk' after Australia is refused",
    who: GUEST,
    style: "a place after a place",
    turns: [
      { say: "do u guys ship to australia", mention: ["don't ship to Australia"] },
      {
        // Was "Could you tell me a little more about what you need?"
        say: "ok what about the uk",
        mention: ["ship to the United Kingdom"],
        avoid: ["tell me a little more"],
      },
      {
        say: "how much",
        mention: ["United Kingdom", "19\\.99"],
        avoid: ["What would you like me to look at"],
      },
      { say: "hmm what about mexico then", mention: ["don't ship to Mexico"] },
    ],
    changes: [],
  },
  {
    name: "talk42: 'can you switch it to express? and do you ship to the UK btw' upgrades 1003",
    who: SARAH,
    style: "a change and a shipping question in one message",
    turns: [
      { say: "where's 1003?", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        // Was the speeds table and the UK: no upgrade proposed, "yes" then did nothing.
        say: "can you switch it to express delivery? and do you ship to the UK btw",
        mention: ["ship to the United Kingdom", "ORD-1003 to express"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1003"] },
      { say: "thanks!", avoid: ["Shall I", "yes or a no"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk42: Mike's 'can u expedite it? also do u ship to canada', then no",
    who: MIKE,
    style: "a change beside a question, turned down",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "can u expedite it? also do u ship to canada",
        mention: ["ship to Canada", "ORD-2001"],
        proposes: "expedite_delivery",
      },
      { say: "nah too expensive, leave it", proposes: null },
      { say: "thx", avoid: ["Shall I"] },
    ],
    changes: [],
  },
];
