/**
 * Conversations found by the lead reading transcripts in the eighth session: a go-ahead in
 * other verbs, news of goods asked by their name, a missing part beside goods that came,
 * two refunds waited for together, the customer's own apology, an unpaid order held, a
 * return from abroad asked before buying.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, sixth file. */
export const LEAD6: Conversation[] = [
  {
    name: "Sarah says 'ok go ahead and start it' to a return: a yes, the return opened",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "I'd like to return something from my last delivered order, it doesn't fit",
        mention: ["ORD-1002"],
        proposes: "return_item",
      },
      { say: "how do i send it back?", mention: ["prepaid return label"], proposes: "return_item" },
      {
        // Was "I'm not sure whether that's a yes or a no": "start" was no word of a return's.
        say: "ok go ahead and start it",
        avoid: ["not sure whether"],
        proposes: null,
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Mike cancels the unpaid monitor with 'yes sort it out please'",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel ORD-2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      { say: "yes sort it out please", avoid: ["not sure whether"], proposes: null },
      { say: "thanks", mention: ["welcome|Happy to help"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "Emma asks 'and the vacuum, any news?': the lost order's news, not the catalogue's vacuum",
    who: EMMA,
    style: "casual",
    turns: [
      { say: "when will the mixer arrive", mention: ["ORD-3002"] },
      {
        // Was "The Cordless Stick Vacuum is in stock. It costs 189.00 USD."
        say: "cool cool. and the vacuum, any news?",
        mention: ["ORD-3001", "lost"],
        avoid: ["in stock", "Cordless Stick Vacuum", "189\\.00"],
      },
      { say: "wheres the vacuum anyway", mention: ["ORD-3001"], avoid: ["in stock"] },
    ],
    changes: [],
  },
  {
    name: "Mike asks if the keyboard is 'still stuck in memphis': its delay, no product answer",
    who: MIKE,
    style: "weary",
    turns: [
      { say: "where is my keyboard", mention: ["ORD-2001", "Memphis"] },
      {
        // A second, product answer ("the Mechanical Keyboard is in stock") was appended.
        say: "ok thanks. and is the keyboard still stuck in memphis",
        mention: ["ORD-2001", "Memphis"],
        avoid: ["in stock", "109\\.00"],
      },
      { say: "no thats ok", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah got the espresso machine without the frother: the frother's 29.00, not 428.00",
    who: SARAH,
    style: "polite, long",
    turns: [
      {
        say:
          "Hello, I received my espresso machine last week but the milk frother is missing from the box.",
        mention: ["Milk Frother should have been in order ORD-1002", "29\\.00 USD"],
        avoid: ["428\\.00", "exactly what you ordered"],
        proposes: "refund",
      },
      {
        say: "Can you send it?",
        mention: ["Milk Frother"],
        avoid: ["wrong item came", "Espresso Machine and"],
        proposes: "replacement",
      },
      { say: "yes please", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Sarah: 'the frother wasnt in my package' is a missing item, not a parcel not delivered",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was "check with neighbours first" and a supervisor review.
        say: "the frother wasnt in my package",
        mention: ["29\\.00 USD"],
        avoid: ["neighbours", "supervisor"],
        proposes: "refund",
      },
      { say: "can you just send the frother", mention: ["Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Emma has both orders refunded, then asks when she sees the money: both, one wait",
    who: EMMA,
    style: "upset, then calmer",
    turns: [
      {
        say:
          "The vacuum never arrived and the mixer came broken. I'm done with this store honestly",
        handoff: "new",
      },
      { say: "refund both please", mention: ["ORD-3001", "ORD-3002"], proposes: "refund" },
      { say: "yes", mention: ["349\\.00", "313\\.99"], proposes: null },
      {
        // Was only the queue's wait ("how long" read as a question about the queue).
        say: "how long until i see the money",
        mention: [
          "349\\.00 USD on order ORD-3002 and 313\\.99 USD on order ORD-3001",
          "They were issued today",
        ],
      },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }, { action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma apologises for being rude after her replacement: no complaint, no handoff",
    who: EMMA,
    style: "angry, then sorry",
    turns: [
      {
        say: "this is the worst service ever, my vacuum is lost and nobody told me",
        mention: ["lost"],
      },
      { say: "i dont want a refund i want my vacuum", proposes: "replacement" },
      { say: "yes send it", mention: ["replacement"], proposes: null },
      {
        // Was the lost parcel's news and the refund-or-replacement offer again, then a handoff.
        say: "thanks, sorry for being rude earlier",
        mention: ["No (need to apologise|apology needed)"],
        avoid: ["lost", "which would you prefer", "member of our team"],
        handoff: "none",
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Mike asks to hold the unpaid monitor until he pays by PayPal: until which day",
    who: MIKE,
    style: "casual",
    turns: [
      { say: "my card got declined twice for the monitor", mention: ["ORD-2002"] },
      { say: "what else can i pay with", mention: ["PayPal"] },
      {
        // Was "Yes, we accept PayPal." and nothing on the hold.
        say: "ok i'll try paypal tonight. can you hold the order till then?",
        mention: ["ORD-2002 stays reserved for you until", "7 days"],
      },
      {
        say: "will my order be cancelled if i dont pay today",
        mention: ["^No — order ORD-2002"],
        avoid: ["^Yes"],
      },
    ],
    changes: [],
  },
  {
    name: "A guest asks about shipping to Germany, its cost, then returning from there",
    who: "lena.schmidt@example.com",
    style: "curious, before buying",
    turns: [
      { say: "hi do you ship to germany? how long does it take", mention: ["Germany"] },
      {
        // Was the whole first answer again, "Yes, we ship to Germany" first.
        say: "and how much is shipping there",
        mention: ["^Shipping to Germany costs 19\\.99 USD"],
        avoid: ["Yes, we ship to Germany"],
      },
      {
        // Was the shipping answer a third time (the place won over the return).
        say: "ok and if i dont like it can i send it back from germany?",
        mention: ["30 days", "returns from Germany too"],
        avoid: ["sign in", "email address you ordered with"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah asks 'where are the shoes': the order's status, not a clarifying question",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "where are the shoes",
        mention: ["ORD-1003"],
        avoid: ["Which order do you mean", "not sure"],
      },
      { say: "where the hell is my headphones", mention: ["ORD-1001", "UPS"] },
      { say: "ok thanks", mention: ["welcome|Happy to help"] },
    ],
    changes: [],
  },
  {
    name: "Sarah can't re-address her shipped headphones: the carrier's redirect, not a return",
    who: SARAH,
    style: "casual, two questions in one",
    turns: [
      {
        say: "hey, quick one - did my headphones ship yet and whats the tracking number",
        mention: ["ORD-1001", "TRK8800001001"],
      },
      {
        // Was "Once it's delivered, you can return it within 30 days for a refund."
        say: "ok and can i change the delivery address for those? im gonna be away",
        mention: ["already shipped", "redirect it or have it held at a pickup point"],
        avoid: ["return it within"],
        proposes: null,
      },
      { say: "never mind then", proposes: null },
      {
        say:
          "what about my shoe order, can that go to my work address instead? 500 Pine St, Seattle WA 98101",
        mention: ["ORD-1003", "Seattle"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah checks 'they havent shipped right' after a size swap was refused: the status",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "hi! i ordered the wrong size shoes, can i swap them for a 9?",
        mention: ["size", "cancel"],
        // Talk21: the shoes' removal proposed (was nothing, and "ok do it" found no change).
        proposes: "modify_items",
      },
      {
        // Was "would you like to check where an order is, or make a complaint?"
        say: "they havent shipped right",
        mention: ["ORD-1003", "hasn't shipped"],
        avoid: ["make a complaint", "Just to make sure"],
      },
      { say: "ok cancel it then", mention: ["ORD-1003"], proposes: "cancel_order" },
    ],
    changes: [],
  },
];
