/**
 * Conversations found by the lead reading transcripts in the seventh session: the order in
 * focus when the customer answers "which order?" or names goods none of their orders holds,
 * and "what are my options" while a refund of one item waits.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, fourth file. */
export const LEAD4: Conversation[] = [
  {
    name: "Sarah answers 'which order?' with 'the shoes one': the status of that order",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "hi! what's going on with my order", mention: ["ORD-1003", "ORD-1001"] },
      {
        // Read alone as a delivery problem: "I couldn't check the tracking of order ORD-1003".
        say: "the shoes one",
        mention: ["ORD-1003", "hasn't shipped|being prepared|preparing"],
        avoid: ["couldn't check", "ORD-1001"],
        handoff: "none",
      },
      { say: "ok thanks", avoid: ["ORD-1001"] },
    ],
    changes: [],
  },
  {
    name: "Sarah picks the headphones from our list, then asks about 'the other one' of the two",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      {
        say: "the headphones",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        // The other of the two we named — not "ORD-1003 or ORD-1002?".
        say: "and the other one?",
        mention: ["ORD-1003"],
        avoid: ["Do you mean", "ORD-1002"],
      },
    ],
    changes: [],
  },
  {
    name:
      "Mike's espresso machine is in none of his orders: he is asked which, not told of the keyboard",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "the espresso machine i got last month stopped working",
        mention: ["can't see the Espresso Machine", "ORD-2001", "ORD-2002", "another email"],
        avoid: ["FedEx", "Memphis", "delivery problem, or get a refund", "on its way"],
        handoff: "none",
      },
      {
        // Names no order: asked again, not told the keyboard's parcel news.
        say: "it wont heat up anymore",
        mention: ["which order"],
        avoid: ["FedEx", "Memphis", "isn't working"],
        proposes: null,
      },
      { say: "ok never mind then", avoid: ["FedEx"] },
    ],
    changes: [],
  },
  {
    name: "Mike asks to return an espresso machine he never ordered from us",
    who: MIKE,
    style: "polite",
    turns: [
      {
        say: "Hi, I want to return the espresso machine please",
        mention: ["can't see the Espresso Machine", "ORD-2001", "ORD-2002"],
        avoid: ["None of your orders can be returned"],
        proposes: null,
      },
      {
        // The return carried on to the keyboard: not delivered yet, so nothing to send back.
        say: "oh sorry, I meant the keyboard. where is it?",
        mention: ["ORD-2001", "on its way"],
        avoid: ["espresso"],
      },
      { say: "thanks", avoid: ["espresso"] },
    ],
    changes: [],
  },
  {
    name: "Emma wants to return 'the headphones': none of her orders holds any",
    who: EMMA,
    style: "terse",
    turns: [
      {
        say: "i want to return the headphones",
        mention: ["can't see any headphones", "ORD-3001", "ORD-3002"],
        avoid: ["Studio Monitor Headphones", "Kids Volume-Limited"],
        proposes: null,
      },
      {
        say: "oh my bad, the mixer. the bowl has a crack",
        mention: ["ORD-3002"],
      },
      { say: "thank you", avoid: ["headphones"] },
    ],
    changes: [],
  },
  {
    name:
      "Sarah's espresso machine stopped working: her options are the item's refund or a new one",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "the espresso machine i got last month stopped working",
        mention: ["ORD-1002", "399\\.00", "replacement"],
        proposes: "refund",
      },
      {
        // The item's 399.00 once, not the order's 428.00 twice; no "refunds are decided".
        say: "what are my options",
        mention: ["399\\.00", "replacement"],
        avoid: ["428\\.00", "goes back[\\s\\S]*goes back", "decided order by order"],
        proposes: "refund",
      },
      { say: "the replacement please", mention: ["Espresso Machine"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Sarah asks the headphones' price and warranty, then picks 'the studio ones' by a word",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "do you have the headphones in white?",
        mention: ["Studio Monitor Headphones", "product's page"],
        facts: [{ product: "AUD-104", field: "price" }],
      },
      {
        // Each one's price — not the same list and question again.
        say: "how much are they",
        facts: [{ product: "AUD-104", field: "price" }],
        avoid: ["A few of our products fit"],
      },
      {
        say: "ok and whats the warranty",
        facts: [{ product: "AUD-104", field: "warranty" }],
        avoid: ["A few of our products fit"],
      },
      {
        // A word of one listed name picks it — not her own headphones' parcel.
        say: "the studio ones",
        mention: ["Studio Monitor Headphones"],
        avoid: ["ORD-1001", "UPS", "Noise-Cancelling"],
      },
    ],
    changes: [],
  },
  {
    name:
      "A guest asks to ship to Australia, then how much and how long: no refusal said three times",
    who: "lin.guest@example.net",
    style: "terse",
    turns: [
      { say: "hi do you ship to australia", mention: ["don't ship to Australia"] },
      {
        say: "how much",
        mention: ["no shipping price", "19\\.99 USD"],
        avoid: ["I'm sorry, we don't ship to Australia"],
      },
      {
        say: "and how long",
        mention: ["no delivery time", "6–10 business days"],
        avoid: ["I'm sorry, we don't ship to Australia", "USD"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah's return waits: she asks about the box she threw away, then says 'ok lets do it'",
    who: SARAH,
    style: "casual, no apostrophes",
    turns: [
      { say: "can i return the espresso machine", proposes: "return_item" },
      {
        // The FAQ's answer, with the return still waiting — not "yes or no?" alone.
        say: "what if i already threw away the box",
        mention: ["don't need the original box", "yes or no"],
        avoid: ["on its way"],
        proposes: "return_item",
        handoff: "none",
      },
      {
        // "lets" without its apostrophe is still a yes.
        say: "ok lets do it",
        mention: ["return"],
        proposes: null,
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Emma wants to cancel her membership: there is none, and no order is cancelled",
    who: EMMA,
    style: "polite",
    turns: [
      {
        say: "I'd like to cancel my membership",
        mention: ["no paid membership", "Account → Privacy"],
        avoid: ["ORD-3001", "cancelling is only possible"],
        proposes: null,
      },
      { say: "ok then how do i delete my account", mention: ["Account → Privacy"] },
      { say: "thanks", avoid: ["ORD-3001"] },
    ],
    changes: [],
  },
];
