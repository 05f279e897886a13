/**
 * Conversations about the store's catalogue, "the other one" in a state, and a late parcel's
 * reason (issue 15, found by a support lead): a product question is answered from the
 * store's own record — in stock or sold out, price, warranty, rating — for guests too, and
 * changes nothing; "the other one that hasn't shipped" is the other order in that state;
 * "why is it delayed?" gets the carrier's reason. Product facts are read from the store
 * before each turn, never written here.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "first.time.buyer@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";
/** The FAQ's generic stock answer: what a product the store knows must not get. */
const GENERIC = "product page shows whether|Every product page lists";
const CLARIFYING = "Which order|Just to make sure|what would you like me to do|Do you mean";
const SIGN_IN = "sign in|one-time code|email address you ordered with";

/** Conversations about products, references to "the other one" and a delay's reason. */
export const PRODUCTS: Conversation[] = [
  {
    name: "A guest asks if the espresso machine is in stock, then its warranty and price",
    who: GUEST,
    style: "casual",
    turns: [
      {
        say: "hi, is the espresso machine in stock?",
        facts: [{ product: "KIT-101", field: "stock" }, { product: "KIT-101", field: "price" }],
        avoid: [GENERIC, SIGN_IN],
        handoff: "none",
      },
      {
        say: "whats the warranty on it",
        facts: [{ product: "KIT-101", field: "warranty" }],
        avoid: [GENERIC, GREETING, "at least 6 months"],
      },
      {
        say: "how much?",
        facts: [{ product: "KIT-101", field: "name" }, { product: "KIT-101", field: "price" }],
        avoid: [GREETING],
      },
      { say: "ok thanks", avoid: [GREETING, "Espresso Machine"], proposes: null },
    ],
  },
  {
    name: "Sarah asks whether the sold-out 4K monitor is back, then about ORD-1001 and the mixer",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "is the 27 inch 4k monitor back in stock yet?",
        facts: [{ product: "CMP-103", field: "stock" }],
        mention: ["Notify me"],
        avoid: ["is in stock", "restock date is", GENERIC],
      },
      {
        say: "ok and where's ORD-1001 and is the stand mixer in stock?",
        facts: [
          { order: "ORD-1001", field: "tracking" },
          { product: "KIT-107", field: "stock" },
          { product: "KIT-107", field: "price" },
        ],
        avoid: [GREETING, CLARIFYING],
      },
      { say: "thx", avoid: [GREETING], proposes: null, handoff: "none" },
    ],
  },
  {
    name: "A guest asks for headphones in stock, picks the noise-cancelling ones, asks the price",
    who: GUEST,
    style: "terse",
    turns: [
      {
        say: "do you have headphones in stock",
        mention: ["Which (one|of these)"],
        facts: [
          { product: "AUD-102", field: "name" },
          { product: "AUD-104", field: "name" },
          { product: "AUD-102", field: "price" },
        ],
        avoid: [GENERIC],
      },
      {
        say: "the noise cancelling ones",
        facts: [{ product: "AUD-102", field: "stock" }, { product: "AUD-102", field: "warranty" }],
        avoid: ["Studio Monitor", "I understand", "sorry", SIGN_IN],
      },
      {
        say: "how much are they",
        facts: [{ product: "AUD-102", field: "price" }],
        avoid: [GREETING, "Studio Monitor"],
      },
      { say: "thanks bye", avoid: ["Headphones"], proposes: null },
    ],
  },
  {
    name: "Sarah asks for headphones in stock, the cheapest one, then picks the first",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "headphones in stock?",
        mention: ["Which (one|of these)"],
        facts: [{ product: "AUD-107", field: "name" }, { product: "AUD-107", field: "price" }],
        avoid: ["ORD-1001", GENERIC],
      },
      {
        say: "how much is the cheapest one?",
        facts: [{ product: "AUD-107", field: "name" }, { product: "AUD-107", field: "price" }],
        avoid: ["Noise-Cancelling", "Studio Monitor", CLARIFYING],
      },
      {
        say: "hmm actually the first one",
        facts: [{ product: "AUD-102", field: "name" }, { product: "AUD-102", field: "stock" }],
        avoid: [CLARIFYING, "ORD-100", "Kids"],
        proposes: null,
      },
    ],
  },
  {
    name: "Emma asks how the air purifier is rated, its price and how to buy it",
    who: EMMA,
    style: "polite",
    turns: [
      {
        say: "Is the air purifier any good? What's it rated?",
        facts: [{ product: "HOM-103", field: "rating" }, { product: "HOM-103", field: "stock" }],
        avoid: [GENERIC, "ORD-3001", "lost"],
        handoff: "none",
      },
      {
        say: "And how much is it?",
        facts: [{ product: "HOM-103", field: "price" }],
        avoid: [GREETING, "ORD-300"],
      },
      {
        say: "Lovely, how do I buy it?",
        mention: ["cart", "Checkout"],
        facts: [{ product: "HOM-103", field: "name" }],
        avoid: ["cancel", "ORD-300"],
        proposes: null,
      },
    ],
  },
  {
    name: "Mike asks if the keyboard is in stock while his own is late, then where his is",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "is the mechanical keyboard in stock",
        facts: [{ product: "CMP-101", field: "stock" }, { product: "CMP-101", field: "price" }],
        avoid: ["sorry", "trouble", GENERIC],
        proposes: null,
      },
      {
        say: "ok and wheres mine",
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2001", field: "status" }],
        avoid: [GREETING],
      },
      {
        say: "why is it delayed?",
        mention: ["severe weather", "Memphis"],
        facts: [{ order: "ORD-2001", field: "id" }],
        avoid: ["is still delayed", CLARIFYING],
      },
      { say: "ok", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Sarah after ORD-1001 cancels 'the other one that hasnt shipped yet'",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "can i cancel the other one that hasnt shipped yet",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "id" }, { order: "ORD-1003", field: "total" }],
        avoid: [CLARIFYING, "ORD-1002"],
      },
      { say: "yes please", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah about ORD-1003 asks after her other order on its way, then the delivered one",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        say: "hi! is ORD-1003 packed yet?",
        facts: [{ order: "ORD-1003", field: "status" }],
      },
      {
        say: "and my other order, the one on its way?",
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1001", field: "status" }],
        avoid: [CLARIFYING, "ORD-1002"],
      },
      {
        say: "what about the other one that was delivered",
        facts: [{ order: "ORD-1002", field: "id" }, { order: "ORD-1002", field: "status" }],
        avoid: [CLARIFYING, GREETING],
        proposes: null,
      },
    ],
  },
  {
    name: "A guest asks where their order is and whether the stand mixer is in stock",
    who: GUEST,
    style: "two questions",
    turns: [
      {
        say: "where is my order and is the stand mixer in stock?",
        mention: ["sign in"],
        facts: [{ product: "KIT-107", field: "stock" }, { product: "KIT-107", field: "price" }],
        avoid: ["I don't see any orders", "ORD-\\d"],
      },
      {
        say: "ok just the mixer then, whats the warranty",
        facts: [{ product: "KIT-107", field: "warranty" }],
        avoid: [GREETING, SIGN_IN],
      },
      { say: "great thanks", avoid: [GREETING], proposes: null, handoff: "none" },
    ],
  },
  {
    name:
      "A guest asks about a product the store doesn't sell and gets the stock FAQ, nothing made up",
    who: GUEST,
    style: "rambling",
    turns: [
      {
        say: "do you have any blue ceramic mugs in stock",
        mention: ["Notify me"],
        avoid: ["mugs? (is|are) in stock", "USD"],
      },
      {
        say: "ok what about the milk frother?",
        facts: [{ product: "KIT-110", field: "stock" }, { product: "KIT-110", field: "price" }],
        avoid: [SIGN_IN, GREETING],
      },
      { say: "cool thx", avoid: [GREETING], proposes: null, handoff: "none" },
    ],
  },
];
