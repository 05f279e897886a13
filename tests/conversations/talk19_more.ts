/**
 * The nineteenth round, continued: the price rule beside a change that waits, an unpaid order
 * asked about a lower price, discounts asked in other words, gift cards, stock and warranty
 * in two-part questions, account questions, and a guest who gives an order number and then
 * an email — the ledger showing exactly what was agreed.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "just.browsing@example.net";
const PAY = "If a card was declined";

/** More of the nineteenth round: rules beside changes, accounts and guests. */
export const TALK19_MORE: Conversation[] = [
  {
    name: "19th round: 'is there a restocking fee?' while a return waits, then yes returns once",
    who: SARAH,
    style: "a question before saying yes",
    turns: [
      { say: "i want to return ORD-1002", proposes: "return_item" },
      {
        say: "is there a restocking fee?",
        mention: ["No — there's no restocking fee", "shall I start the return of order ORD-1002"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "19th round: Mike's unpaid monitor is cheaper on the site: nothing charged yet, said so",
    who: MIKE,
    style: "two question marks, a sum",
    turns: [
      {
        say: "I paid $329 for the monitor but it shows $299 on your site now??",
        mention: ["ORD-2002", "nothing has been charged"],
        avoid: ["you paid 329", "299"],
      },
      {
        say: "can i get the difference",
        mention: ["No — we don't refund a difference in price"],
        avoid: ["would you like to get a refund"],
      },
      {
        say: "fine. how do i pay for it then",
        mention: ["ORD-2002"],
      },
    ],
    changes: [],
  },
  {
    name:
      "19th round: discounts asked in other words get the store's answer, not a clarifying question",
    who: EMMA,
    style: "VIP, short questions",
    turns: [
      {
        say: "do you price match best buy?",
        mention: ["No — we don't match other stores' prices"],
      },
      {
        say: "what about a discount for VIPs?",
        mention: ["newsletter"],
        avoid: ["tell me a little more"],
      },
      {
        say: "Do you offer a discount for buying 2?",
        mention: ["newsletter"],
        avoid: ["Just to make sure I help"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: the return policy and the restocking fee in one message: both answered",
    who: GUEST,
    style: "guest, two questions, abbreviations",
    turns: [
      {
        say: "whats ur return policy on electronics? and is there a restocking fee",
        mention: ["no restocking fee", "within 30 days of delivery"],
      },
      {
        say: "and do you price match",
        mention: ["don't match other stores' prices"],
      },
      {
        say: "if i return something do i get the full amount back including shipping?",
        mention: ["^(?:[^\\n]*\\n+)?Yes — a refund is the full amount", "shipping fee included"],
      },
    ],
    changes: [],
  },
  {
    name:
      "19th round: a guest's stock, paypal and warranty questions, each answered from the store",
    who: GUEST,
    style: "guest, two questions in one",
    turns: [
      {
        say: "Is the monitor in stock and can I pay with paypal?",
        mention: ["PayPal"],
        facts: [{ product: "CMP-103", field: "stock" }],
      },
      {
        say: "ok and whats the warranty on it",
        facts: [{ product: "CMP-103", field: "warranty" }],
        avoid: ["Please sign in"],
      },
      {
        say: "do you ship to canada and how long is the warranty on the espresso machine?",
        mention: ["Canada"],
        facts: [{ product: "KIT-101", field: "warranty" }],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: gift cards, then a discount code that expired early",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        say: "do u guys do gift cards",
        mention: ["gift cards from 25\\.00 USD"],
      },
      {
        say: "my discount code WINTER15 didn't work, it says expired",
        mention: ["before its end date", "colleague will check it"],
        avoid: ["We don't hand out discount codes", PAY],
      },
      {
        say: "can i use 2 discount codes at once",
        mention: ["only one code can be used per order"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Sarah's account questions: change the email, delete the account",
    who: SARAH,
    style: "account housekeeping",
    turns: [
      {
        say: "how do I change my email address?",
        mention: ["Account → Profile"],
      },
      {
        say: "and how do i delete my account",
        mention: ["Account → Privacy", "30 days"],
      },
      {
        say: "i forgot which email i used for my old account though",
        mention: ["order confirmation"],
        avoid: ["Forgot password"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: a guest gives Emma's order number, then her email: a code, nothing shown",
    who: GUEST,
    style: "guest, order number first",
    turns: [
      {
        say: "hi, where is order ORD-3001?",
        mention: ["email address you ordered with"],
        avoid: ["lost", "TRK"],
      },
      {
        say: "my email is emma.wilson@example.com",
        mention: ["one-time code"],
        avoid: ["lost", "Robot Vacuum", "TRK"],
      },
      {
        say: "is there a restocking fee?",
        mention: ["no restocking fee"],
        avoid: ["TRK"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: the mixer's colour, then its price and whether it's on sale",
    who: GUEST,
    style: "guest browsing",
    turns: [
      {
        say: "is the stand mixer on sale?",
        facts: [{ product: "KIT-107", field: "price" }],
      },
      {
        say: "do you have it in red",
        mention: ["can't see the colours of the Stand Mixer"],
        avoid: ["Yes — the Stand Mixer"],
      },
      {
        say: "are there any discounted products at all?",
        mention: ["no sale on right now"],
        avoid: ["return any item"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: iphones, a gift card's balance and a pickup: each the store's own answer",
    who: GUEST,
    style: "guest, quick questions",
    turns: [
      {
        say: "do you sell iphones?",
        mention: ['can\'t find "iphones" in our catalogue'],
        avoid: ["manufacturer's warranty"],
      },
      {
        say: "how do i check my gift card balance",
        mention: ["balance left on it shows there"],
        avoid: ["we sell digital gift cards"],
      },
      {
        say: "is it cheaper if i pick up in store?",
        mention: ["no pickup option"],
      },
    ],
    changes: [],
  },
  {
    name: "19th round: Mike's 'is there a fee to cancel?' is a no first; his no cancels nothing",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "is there a fee to cancel?",
        mention: ["^(?:[^\\n]*\\n+)?No — cancelling is free"],
        proposes: null,
      },
      { say: "ok cancel ORD-2002", proposes: "cancel_order" },
      { say: "no", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
];
