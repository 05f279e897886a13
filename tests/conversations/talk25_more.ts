/**
 * The twenty-fifth round, continued: "how long" and "what does it not cover" after the
 * warranty, a supposed wait that is no complaint ("what if its been 35 days"), a price that
 * drops "tomorrow", a cancellation "even if its been paid?", the policy on delivery problems,
 * and a detail asked in so many words right after another rule.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "rules25@example.org";
const OVERVIEW = "Would you like details on refunds";
const UNSURE = "Just to make sure|what can I do for you next";
const OFF_TOPIC = "outside what I can help|only help with orders, deliveries";

/** More of the twenty-fifth round's conversations. */
export const TALK25_MORE: Conversation[] = [
  {
    name: "25th round: 'how long' and 'what does it not cover' after the warranty",
    who: GUEST,
    style: "two-word follow-ups",
    turns: [
      { say: "is there a warranty on stuff", mention: ["at least 6 months"] },
      { say: "how long", mention: ["at least 6 months"], avoid: [OVERVIEW, "return any item"] },
      {
        say: "what does it not cover",
        mention: ["not accidental damage"],
        avoid: [OVERVIEW, "return any item"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'what if its been 35 days' after the refund policy is asked, not upset",
    who: SARAH,
    style: "a supposition with no question mark",
    turns: [
      { say: "whats your refund policy", mention: ["30 days of delivery"] },
      {
        say: "what if its been 35 days",
        mention: ["Not after 35 days", "warranty"],
        avoid: ["member of our team", "I'm sorry"],
        handoff: "none",
      },
      { say: "ok fair enough", handoff: "none", avoid: ["member of our team"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'so if it goes on sale tomorrow i'm screwed?' after the price-drop rule",
    who: MIKE,
    style: "sarcastic follow-up",
    turns: [
      { say: "what's your policy on price drops", mention: ["difference in price"] },
      {
        say: "so if it goes on sale tomorrow i'm screwed?",
        mention: ["difference in price", "return it within 30 days"],
        avoid: ["Something doesn't sound right", UNSURE],
      },
      { say: "ok thanks i guess", avoid: ["difference in price"] },
    ],
    changes: [],
  },
  {
    name: "25th round: a guest asks about cancelling, then 'how long do i have', 'even if paid?'",
    who: GUEST,
    style: "terse follow-ups on cancelling",
    turns: [
      { say: "can i cancel after ordering", mention: ["until it ships"] },
      {
        say: "how long do i have",
        mention: ["until it ships"],
        avoid: [OVERVIEW, "return any item"],
      },
      {
        say: "even if its been paid?",
        mention: ["^Yes — an order can be cancelled until it ships, paid or not"],
        avoid: ["declined", "billing address"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: Emma asks the policy on delivery problems in a polite full sentence",
    who: EMMA,
    style: "long and polite",
    turns: [
      {
        say: "Hello, I would like to understand your policy on delivery problems.",
        mention: ["investigation with the carrier", "Damaged or wrong items"],
        avoid: [OVERVIEW],
      },
      {
        say: "and who pays the return of a wrong item?",
        mention: ["free"],
        proposes: null,
      },
      { say: "thank you", avoid: ["investigation with the carrier"] },
    ],
    changes: [],
  },
  {
    name: "25th round: a refund's timing asked right after shipping abroad is that timing",
    who: GUEST,
    style: "another rule asked in so many words",
    turns: [
      { say: "whats ur return policy", mention: ["30 days"] },
      { say: "do u ship to the uk", mention: ["United Kingdom", "19\\.99 USD"] },
      {
        say: "how long does it take to get a refund",
        mention: ["5 business days"],
        avoid: ["shipping fee included"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'wats the warrenty on stuff', then 'does it cover if my kid breaks it lol'",
    who: GUEST,
    style: "typos and slang",
    turns: [
      {
        say: "wats the warrenty on stuff",
        mention: ["at least 6 months"],
        avoid: [OVERVIEW, "return any item"],
      },
      {
        say: "does it cover if my kid breaks it lol",
        mention: ["^No — the warranty covers defects", "accidental damage"],
        avoid: [OVERVIEW],
      },
      { say: "ok and water?", mention: ["water"], avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'do i get the shipping back?' while a return waits, then yes",
    who: SARAH,
    style: "a rule asked while a change waits",
    turns: [
      { say: "i want to return the espresso machine", proposes: "return_item" },
      {
        say: "do i get the shipping back?",
        mention: ["shipping fee included", "shall I start the return"],
        avoid: ["overnight arrives the next business day"],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["label"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "25th round: an order's news beside the returns policy, then 'will it come on saturday?'",
    who: SARAH,
    style: "a rule question beside an order's",
    turns: [
      {
        say: "where is ORD-1001 and whats your return policy",
        mention: ["30 days"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "what about the weekend, will it come on saturday?",
        mention: ["don't deliver at weekends"],
        avoid: [OFF_TOPIC, UNSURE],
      },
      { say: "thanks", avoid: ["30 days"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'what about alaska?' after the shipping answer is still the US",
    who: EMMA,
    style: "a place after shipping",
    turns: [
      { say: "how long does shipping take?", mention: ["3–5 business days"] },
      {
        say: "what about alaska?",
        mention: ["everywhere in the United States"],
        avoid: [UNSURE],
      },
      { say: "and hawaii", mention: ["United States"], avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "25th round: two rules in one message, three times over",
    who: GUEST,
    style: "two rule questions in one message",
    turns: [
      {
        say: "do you deliver on weekends and is shipping per order?",
        mention: ["don't deliver at weekends", "once per order"],
      },
      {
        say: "whats the warranty and do you price match",
        mention: ["warranty against defects", "don't match other stores' prices"],
      },
      {
        say: "does the warranty cover drops? also do u ship to canada",
        mention: ["not accidental damage", "ship to Canada"],
        avoid: ["Duvet"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: an order's question beside a rule's: paid, and in euros?",
    who: SARAH,
    style: "a rule question beside an order's",
    turns: [
      {
        say: "is ORD-1003 paid and can i pay in euros",
        mention: ["is paid", "charged in euros"],
        avoid: ["We accept credit and debit cards"],
        facts: [{ order: "ORD-1003", field: "total" }],
      },
      {
        say: "where is ORD-1001 and do you deliver on saturdays?",
        mention: ["don't deliver at weekends"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      { say: "thanks!", avoid: ["don't deliver at weekends"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'is that on top of the normal shipping?' after the express fee",
    who: MIKE,
    style: "slang, follow-up on a fee",
    turns: [
      { say: "do u guys charge for express or what", mention: ["14\\.99 USD"] },
      {
        say: "is that on top of the normal shipping?",
        mention: ["^No — at checkout a faster speed replaces standard shipping", "9\\.99 USD"],
        avoid: [UNSURE],
      },
      { say: "ok thx", avoid: ["replaces standard"] },
    ],
    changes: [],
  },
];
