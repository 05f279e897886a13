/**
 * Conversations found by the lead reading transcripts in the ninth session: questions about
 * the store itself, an order named by its goods after an answer about another.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.org";

/** Conversations found by reading transcripts, ninth session. */
export const LEAD9: Conversation[] = [
  {
    name: "A guest asks where the store is based, in three ways, then about shipping abroad",
    who: GUEST,
    style: "curious",
    turns: [
      {
        // Was read as an order's news: the guest was asked to sign in.
        say: "where are you located",
        mention: ["based in the United States"],
        avoid: ["sign in", "email address you ordered with"],
      },
      {
        // Was a complaint: "Thank you for taking the time to tell us what went wrong".
        say: "are you a us company",
        mention: ["United States"],
        avoid: ["what went wrong", "colleague"],
      },
      {
        // Was the list of speeds and their prices.
        say: "where do you ship from",
        mention: ["warehouse in the US"],
      },
      { say: "how much is shipping to canada", mention: ["19.99 USD"], handoff: "none" },
    ],
  },
  {
    name: "Sarah asks where the store is and where her order is in one message",
    who: SARAH,
    style: "two questions",
    turns: [
      {
        say: "where are you located? also where is my order ORD-1001",
        mention: ["based in the United States", "ORD-1001", "UPS"],
        avoid: ["sign in"],
      },
      {
        // The greeting-like first part was left out: only France was answered.
        say: "hi where r u guys based? and do u ship to france",
        mention: ["United States", "France"],
      },
      { say: "ok thanks", mention: ["welcome|Happy to help|glad"] },
    ],
  },
  {
    name: "Sarah asks for an invoice, then points at other orders by what they hold",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "can you send me the invoice for my last order", mention: ["invoice", "ORD-1003"] },
      {
        // Was the Espresso Machine's stock and price from the catalogue.
        say: "the espresso machine one",
        mention: ["invoice", "ORD-1002"],
        avoid: ["in stock", "399.00"],
      },
      { say: "for the headphones order", mention: ["invoice", "ORD-1001"] },
      { say: "perfect thanks", mention: ["welcome|Happy to help|glad"] },
    ],
  },
  {
    name: "Mike asks after a refund, then names the order by its goods without a question",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "has my refund gone through", mention: ["ORD-2002", "ORD-2001"] },
      { say: "the keyboard one", mention: ["refund", "ORD-2001"], avoid: ["ORD-2002"] },
      { say: "ok", avoid: ["refunded"] },
    ],
    changes: [],
  },
  {
    name: "Mike tells when he ordered and asks when it ships: the unpaid order, and how to pay",
    who: MIKE,
    style: "polite email",
    turns: [
      {
        // "I ordered a monitor last week" was a delivery problem of its own: the reply offered
        // a carrier check and an investigation, and said the tracking could not be checked.
        say: "Hello, I ordered a monitor last week and I haven't heard anything. Can you tell " +
          "me when it ships?",
        mention: ["ORD-2002", "waiting for payment", "order's page"],
        avoid: ["carrier", "investigation", "tracking"],
      },
      { say: "how do i pay for it", mention: ["PayPal", "bank transfer"] },
      { say: "ok thanks", mention: ["welcome|Happy to help|glad"] },
    ],
    changes: [],
  },
  {
    name: "Sarah swaps her shoes for a bigger size and asks which sizes there are",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        say: "hi, i want to exchange the shoes i got for a bigger size",
        mention: ["Trail Running Shoes"],
        proposes: "modify_items",
      },
      {
        // Was "I can't find "sizes" in our catalogue, so we don't sell that".
        say: "what sizes do you have?",
        mention: ["sizes of the Trail Running Shoes", "product page"],
        avoid: ["don't sell"],
        proposes: "modify_items",
      },
      { say: "ok go ahead then", mention: ["Done"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah starts a return and asks why she has to pay for shipping: she does not",
    who: SARAH,
    style: "wary",
    turns: [
      {
        say: "I want to return the espresso machine",
        mention: ["Espresso Machine", "prepaid"],
        proposes: "return_item",
      },
      {
        // Was the list of shipping speeds and their prices, and "do i have to pay for the
        // postage?" the ways to pay.
        say: "why do I need to pay for shipping?",
        mention: ["costs you nothing", "prepaid"],
        avoid: ["5.99", "overnight"],
        proposes: "return_item",
      },
      {
        say: "do i have to pay for the postage?",
        mention: ["costs you nothing"],
        avoid: ["PayPal", "Visa"],
        proposes: "return_item",
      },
      { say: "fine, go ahead", mention: ["return", "open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Emma asks why her delivered mixer cannot be cancelled, then takes the return",
    who: EMMA,
    style: "short questions",
    turns: [
      {
        say: "Hi, I'd like to cancel my mixer order please",
        mention: ["ORD-3002", "delivered", "return"],
        proposes: "return_item",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "why not",
        mention: ["because", "delivered", "same refund"],
        avoid: ["yes or a no"],
        proposes: "return_item",
      },
      { say: "ok yes then", mention: ["return", "open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
  {
    name: "Sarah asks for a refund for a late delivery: not the espresso machine that came",
    who: SARAH,
    style: "short",
    turns: [
      {
        // Was the full 428.00 refund of ORD-1002, delivered in time, proposed for a yes.
        say: "Can I get a refund for a late delivery?",
        mention: ["Which order", "ORD-1001", "ORD-1003"],
        avoid: ["428.00", "ORD-1002"],
        proposes: null,
      },
      {
        say: "the headphones",
        mention: ["ORD-1001", "still on its way"],
        proposes: null,
      },
      { say: "ok thanks", mention: ["welcome|Happy to help|glad"] },
    ],
    changes: [],
  },
  {
    name: "Mike, charged twice and handed to a person, asks 'can you fix it': the person stays",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "I was charged twice for my keyboard",
        mention: ["ORD-2001", "payment provider"],
        handoff: "new",
      },
      {
        // Was "I've withdrawn your request for a person": the one who can trace the second
        // charge was called off, and Mike asked what he wanted done.
        say: "can you fix it",
        mention: ["member of our team", "payment provider's records"],
        avoid: ["withdrawn", "sorted", "don't need them"],
        handoff: "same",
      },
      { say: "ok", mention: ["queue|on the way"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "Mike's card keeps failing on the monitor: he names the card, then asks what else",
    who: MIKE,
    style: "plain",
    turns: [
      {
        say: "Hi there, I'd like to pay for my monitor order but the payment keeps failing",
        mention: ["ORD-2002", "nothing has been charged"],
      },
      {
        // Was "I can only help with orders, deliveries…": the card named was off-topic.
        say: "it's a visa card",
        mention: ["accept Visa", "bank"],
        avoid: ["only help with"],
      },
      {
        // Was "would you like to know how you can pay?", then the card's answer again.
        say: "what else can i use",
        mention: ["PayPal", "Apple Pay", "bank transfer"],
        avoid: ["Just to make sure"],
      },
    ],
    changes: [],
  },
  {
    name: "Emma asks after a refund for the vacuum the carrier lost: offered at once, then taken",
    who: EMMA,
    style: "formal",
    turns: [
      {
        // Was "If you'd like one, just tell me and I'll check what's possible".
        say: "Good afternoon. I would like to know the status of my refund for the vacuum.",
        mention: ["don't see a refund", "lost", "refund it in full", "replacement"],
        avoid: ["check what's possible"],
      },
      { say: "the refund please", mention: ["313.99"], proposes: "refund" },
      { say: "yes", mention: ["refunded 313.99"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Sarah adds another water bottle and says 'just one': three bottles, not one",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        say: "hey! quick q - can i add another water bottle to my order?",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      {
        // Was read as a count of one: "from 2 to 1" proposed, and "yes pls" left one bottle.
        say: "just one",
        mention: ["3× Insulated Water Bottle"],
        avoid: ["from 2 to 1"],
        proposes: "modify_items",
      },
      { say: "yes pls", mention: ["226.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Mike received someone else's order: what to do with it, and his own keyboard's news",
    who: MIKE,
    style: "plain",
    turns: [
      {
        // Was the privacy rule: "I can't show or change anything of another person's account".
        say: "I received someone else's order",
        mention: ["return to sender", "carrier", "ORD-2001", "FedEx"],
        avoid: ["another person's account"],
        handoff: "none",
      },
      { say: "ok thanks, will do", mention: ["welcome|Happy to help|glad"] },
      { say: "bye", mention: ["bye|take care|lovely day|Thanks for"] },
    ],
    changes: [],
  },
];
