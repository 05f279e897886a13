/**
 * Conversations found by the lead reading transcripts in the seventh session, each a wrong
 * reply before: a new one asked to be sent "instead" (read as an address change), "can you
 * check again?" after an answer about a payment (out of scope), "how much is it" after a
 * product's stock (an order's total), "ok and how much was my order" (feedback), a guest's
 * "ok how do i do that then" (nothing to say yes to), "what can you offer me" after a
 * complaint about a damaged order (the queue's message alone), and "is that guaranteed?" /
 * "what if it doesn't come by then" after a delivery estimate (the warranty, the whole
 * return policy), and "how" / "ok done, paid just now" after asking to pay by PayPal
 * instead of card (small talk; a clarifying question), and "refund please" right after
 * turning from the lost vacuum's waiting refund to the broken mixer (the vacuum refunded),
 * and goods needed by a day ("i need my shoes by tomorrow": a clarifying question; the
 * headphones within a week: a refusal to change a shipped order's items; the lost vacuum: a
 * menu, then the ways to pay for "what are my options").
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";

/** Conversations found by reading transcripts, second file. */
export const LEAD2: Conversation[] = [
  {
    name: "Emma asks for a new one to be sent instead of the lost parcel, then says yes",
    who: EMMA,
    style: "plain",
    turns: [
      {
        say: "where is my order",
        facts: [{ order: "ORD-3001", field: "tracking" }],
        mention: ["refund", "replacement"],
      },
      {
        // "Send … instead" is no new address when no place is given: the goods again.
        say: "can you send a new one instead?",
        proposes: "replacement",
        mention: ["ORD-3001", "free of charge"],
        avoid: ["changing the address", "already shipped"],
      },
      { say: "yes please", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Mike asks to check his payment again, twice, in chat words",
    who: MIKE,
    style: "terse, doubting",
    turns: [
      {
        say: "why is my order still pending",
        facts: [{ order: "ORD-2002", field: "total" }],
        mention: ["payment"],
      },
      {
        // Looked at again: the payment's state told, not "outside what I can help with".
        say: "can you check again",
        facts: [{ order: "ORD-2002", field: "total" }],
        mention: ["payment"],
        avoid: ["outside what I can help", "only help with orders"],
      },
      {
        say: "could u double check pls",
        mention: ["ORD-2002", "payment"],
        avoid: ["outside what I can help", "only help with orders"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah asks to look again at a parcel that has not moved, then to redirect it",
    who: SARAH,
    style: "worried, polite",
    turns: [
      {
        say: "where is my headphones order",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "hmm can you look again? it hasnt moved",
        mention: ["ORD-1001", "{date+2}"],
        avoid: ["outside what I can help"],
      },
      {
        // Shipped: the address cannot change, said plainly; nothing is changed.
        say: "can you send it to my office instead, 200 Market St San Francisco",
        proposes: null,
        mention: ["already shipped"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah asks about the water bottle, then 'how much is it' and 'any good?' about it",
    who: SARAH,
    style: "chatty, short follow-ups",
    turns: [
      {
        say: "do you have the water bottle in blue?",
        facts: [{ product: "OUT-102", field: "stock" }],
      },
      {
        // The product talked of, not the total of an order with water bottles in it.
        say: "how much is it",
        facts: [{ product: "OUT-102", field: "price" }],
        avoid: ["came to", "ORD-1003"],
      },
      {
        say: "any good?",
        facts: [{ product: "OUT-102", field: "rating" }],
      },
      {
        // A nod and an "and" before her own question: the question is read, not "feedback".
        say: "ok and how much was my order",
        mention: ["came to"],
        avoid: ["Insulated Water Bottle costs"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "A guest asked to sign in asks 'ok how do i do that then' and is told how",
    who: "lead.guest7@example.net",
    style: "plain",
    turns: [
      {
        say: "hi i need to return something i bought last month",
        mention: ["sign in"],
      },
      {
        say: "ok how do i do that then",
        mention: ["one-time code", "email address"],
        avoid: ["nothing waiting for a yes"],
      },
      { say: "i'll do that later, thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "Emma complains about the cracked mixer bowl, is queued, asks what we can offer, takes the refund",
    who: EMMA,
    style: "formal, disappointed",
    turns: [
      {
        say:
          "I want to complain about the mixer. It arrived with a cracked bowl and I'm really disappointed, I've been a customer for years.",
        handoff: "new",
      },
      {
        // What can be done about the damaged mixer while the person is on the way.
        say: "what can you offer me",
        proposes: "refund",
        mention: ["ORD-3002", "replacement", "still on the way"],
      },
      { say: "yes please", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "Mike asks whether his keyboard's date is guaranteed and what happens if it misses it",
    who: MIKE,
    style: "sceptical, terse",
    turns: [
      {
        say: "when does my keyboard arrive",
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      {
        // The carrier's estimate, what it is worth: not the products' warranty.
        say: "is that guaranteed?",
        mention: ["not a guarantee", "ORD-2001"],
        avoid: ["warranty"],
      },
      {
        // What happens if it misses it: not the whole return and cancellation policy.
        say: "what if it doesn't come by then",
        mention: ["investigation", "replacement or refund"],
        avoid: ["return any item within"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "Mike asks to pay his monitor by PayPal instead of card, asks how, then says he paid",
    who: MIKE,
    style: "chat slang, terse",
    turns: [
      { say: "yo", proposes: null },
      {
        // The card is the way he turns from: not told how to pay by card.
        say: "my monitor order. can i pay with paypal instead of card",
        mention: ["PayPal", "ORD-2002"],
        avoid: ["Choose Card at checkout"],
      },
      {
        // How to pay by PayPal, for the order waiting for it: not "what can I do next?".
        say: "how",
        mention: ["ORD-2002", "PayPal", "approve the payment"],
        avoid: ["what can I do for you"],
      },
      {
        // The payment he says he made, by the way talked of: not "would you like to…?".
        say: "ok done, paid just now",
        mention: ["PayPal", "ORD-2002"],
        avoid: ["make sure I understand"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "Emma turns from the lost vacuum's refund to the broken mixer and says 'refund please'",
    who: EMMA,
    style: "tired, terse",
    turns: [
      // (Read before as the vacuum's status, then the vacuum's refund proposed: whatever
      // these two answer, the mixer's refund is the one she asks for below.)
      { say: "hello, can you tell me what orders I have with you?" },
      { say: "and which of these can I still return?" },
      {
        say: "ok, the mixer then, it's broken",
        mention: ["ORD-3002"],
      },
      {
        // The mixer's refund, the order she turned to: not a yes to the vacuum's.
        say: "refund please",
        proposes: "refund",
        mention: ["ORD-3002", "349.00"],
      },
      { say: "yes", proposes: null, mention: ["refunded 349.00"] },
    ],
    // Only the mixer: the vacuum's refund was offered, never agreed to.
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "Sarah needs her shoes by tomorrow: the estimate is later, so overnight is proposed",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was a clarifying question; the order's estimate is weighed against the day.
        say: "i need my shoes by tomorrow",
        proposes: "expedite_order",
        mention: ["ORD-1003", "after", "overnight"],
        avoid: ["make sure I help with the right thing"],
      },
      { say: "yes please", proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name:
      "Sarah needs the headphones within a week for a gift: the estimate is before, nothing to change",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        // Was a refusal to change the items of a shipped order.
        say: "I need the headphones within a week, its a gift. can you make that happen?",
        proposes: null,
        mention: ["ORD-1001", "in time"],
        avoid: ["changing its items", "already shipped"],
      },
      { say: "great, thanks!", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Emma needs the lost vacuum by Friday, asks her options, takes the replacement",
    who: EMMA,
    style: "plain",
    turns: [
      {
        // The parcel is lost: what can be done, not the shipping speeds or a menu.
        say: "I need the vacuum by friday, its a gift. can you make that happen?",
        mention: ["lost", "replacement"],
        avoid: ["make sure I help with the right thing", "Standard shipping takes"],
      },
      {
        // The choice asked again, not the ways to pay.
        say: "ok so what are my options",
        mention: ["refund", "replacement"],
        avoid: ["PayPal"],
      },
      { say: "the replacement", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah asks whether her shoes arrive by tomorrow, hears they won't, asks to speed it up",
    who: SARAH,
    style: "plain",
    turns: [
      {
        // Weighed against the day asked, not only the estimate told.
        say: "will my shoes arrive by tomorrow?",
        proposes: null,
        mention: ["ORD-1003", "after", "speed it up"],
      },
      { say: "speed it up then", proposes: "expedite_order" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah asks to cancel the shoes, corrects it to the water bottles, says yes",
    who: SARAH,
    style: "chat slang, emoji",
    turns: [
      {
        say: "hey 👋 can u cancel the shoes pls",
        proposes: "modify_items",
        mention: ["Trail Running Shoes"],
      },
      {
        // The item corrected: the bottles' removal proposed in place of the shoes'.
        say: "wait no, just the water bottles",
        proposes: "modify_items",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["remove the Trail Running Shoes"],
      },
      { say: "yes", proposes: null, mention: ["124.00"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the frother alone and asks when she gets her money",
    who: SARAH,
    style: "chatty, lowercase",
    turns: [
      { say: "can i return the frother only", proposes: "return_item", mention: ["Milk Frother"] },
      { say: "yes please", proposes: null },
      {
        // When the refund comes, not "would you like to check on a refund, or…?".
        say: "and when do i get my money",
        mention: ["once the parcel is back", "5 business days"],
        avoid: ["make sure I help with the right thing"],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Mike asks whether his monitor order is paid, then how to pay, then by Apple Pay",
    who: MIKE,
    style: "terse",
    turns: [
      {
        // Answered (not paid yet), not a clarifying question.
        say: "is my monitor order paid?",
        facts: [{ order: "ORD-2002", field: "total" }],
        avoid: ["make sure I help with the right thing"],
      },
      { say: "how do i pay then", mention: ["ORD-2002", "order's page"] },
      { say: "can i use apple pay", mention: ["Apple Pay"], proposes: null },
    ],
    changes: [],
  },
];
