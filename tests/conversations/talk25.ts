/**
 * The twenty-fifth round: follow-ups on the store's rules, and rules asked in shoppers' words —
 * "not even for amazon?" after the price-match rule, "what about if it was a gift?" after the
 * returns policy, "does it cover drops?" after the warranty, "what about weekends?" after the
 * shipping answer, "in euros?", "is that per order?", a gift card that shows no balance, a gift
 * card beside a card, and goods said to have arrived from an order that has not shipped.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "newshopper25@example.org";
const OFF_TOPIC = "outside what I can help|only help with orders, deliveries";
const WHOLE_RETURNS = "we email a prepaid return label, which you send back";
const OVERVIEW = "Would you like details on refunds";
const UNSURE = "Just to make sure|what can I do for you next";
const WHOLE_WARRANTY = "of at least 6 months \\(the product page";

/** The twenty-fifth round's conversations. */
export const TALK25: Conversation[] = [
  {
    name: "25th round: 'not even for amazon?' after the price-match rule",
    who: SARAH,
    style: "terse follow-up on a rule",
    turns: [
      { say: "do you price match?", mention: ["don't match other stores' prices"] },
      {
        say: "Not even for amazon?",
        mention: ["^No — not for Amazon either", "product page"],
        avoid: [OFF_TOPIC, UNSURE],
      },
      { say: "what about walmart", mention: ["Not for Walmart either"], avoid: [OFF_TOPIC] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'what about if it was a gift?' after the returns policy",
    who: SARAH,
    style: "follow-up on the returns policy",
    turns: [
      { say: "what's your return policy?", mention: ["30 days of delivery"] },
      {
        say: "What about if it was a gift?",
        mention: [
          "present can be returned",
          "person who bought it",
          "no store credit|don't give store credit",
        ],
        avoid: [OVERVIEW, "cancelled until it ships"],
      },
      { say: "ok thanks", avoid: [WHOLE_RETURNS] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'and if it's opened?', 'even after 30 days?', a lost receipt, after returns",
    who: SARAH,
    style: "three short follow-ups",
    turns: [
      { say: "whats ur return policy", mention: ["30 days of delivery"] },
      {
        say: "and if it's opened?",
        mention: ["opened or tried"],
        avoid: [OVERVIEW, WHOLE_RETURNS],
      },
      {
        say: "even after 30 days?",
        mention: ["Not after 30 days", "warranty"],
        avoid: [UNSURE],
      },
      { say: "what if i lost the receipt", mention: ["No receipt is needed"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'who pays for that?' after returning a broken item is the free label",
    who: SARAH,
    style: "follow-up on who pays",
    turns: [
      { say: "can i return something that arrived broken?", mention: ["30 days"] },
      {
        say: "who pays for that?",
        mention: ["label is free"],
        avoid: [UNSURE, "We accept credit and debit cards"],
      },
      { say: "great thx", avoid: [WHOLE_RETURNS] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'does it cover drops?' after the warranty",
    who: SARAH,
    style: "follow-up on the warranty",
    turns: [
      { say: "whats the warranty like", mention: ["warranty against defects"] },
      {
        say: "does it cover drops?",
        mention: ["^No — the warranty covers defects", "drops"],
        avoid: [WHOLE_WARRANTY, "Duvet"],
      },
      {
        say: "what if it arrived damaged though?",
        mention: ["replaced or refunded"],
        avoid: [WHOLE_WARRANTY],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'does it cover accidental damage?' after a product's warranty",
    who: EMMA,
    style: "follow-up on a product's warranty",
    turns: [
      {
        say: "what's the warranty on the mixer?",
        mention: ["36-month"],
      },
      {
        say: "does it cover accidental damage?",
        mention: ["^No — the warranty covers defects", "accidental damage"],
        avoid: [OVERVIEW, WHOLE_RETURNS],
      },
      {
        say: "what if i dropped it?",
        mention: ["not accidental damage"],
        avoid: [OVERVIEW],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: who pays a warranty repair's shipping, asked in full",
    who: EMMA,
    style: "a rule's detail in the shopper's words",
    turns: [
      {
        say: "who pays the shipping for a warranty repair?",
        mention: ["costs you nothing", "prepaid label"],
        avoid: [WHOLE_WARRANTY],
      },
      {
        say: "do you sell an extended warranty?",
        mention: [
          "^(?:Hi Emma[^/]*)?No — we don't sell an extended warranty|No — we don't sell an extended warranty",
        ],
      },
      { say: "ok thanks", avoid: ["costs you nothing"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'what about weekends?' after the shipping answer",
    who: SARAH,
    style: "follow-up on shipping",
    turns: [
      { say: "how long does shipping take?", mention: ["3–5 business days"] },
      {
        say: "What about weekends?",
        mention: ["don't deliver at weekends", "Monday to Friday"],
        avoid: [UNSURE],
      },
      {
        say: "so if i order overnight on friday?",
        mention: ["Monday"],
        avoid: [OFF_TOPIC],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'do you deliver on saturdays?' asked outright, then sundays",
    who: SARAH,
    style: "a rule asked in the shopper's words",
    turns: [
      {
        say: "do you deliver on saturdays?",
        mention: ["No — we don't deliver at weekends"],
        avoid: ["overnight arrives the next business day for"],
      },
      { say: "what about sundays", mention: ["Monday to Friday"], avoid: [UNSURE] },
      { say: "is that business days?", mention: ["business days"], avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'how about outside the US?' and 'in euros?' after the shipping fees",
    who: SARAH,
    style: "follow-ups on shipping",
    turns: [
      { say: "how much is shipping?", mention: ["5\\.99 USD"] },
      {
        say: "how about outside the US?",
        mention: ["Canada", "19\\.99 USD"],
        avoid: ["ship everywhere in the United States"],
      },
      {
        say: "in euros?",
        mention: ["^Yes, for an order delivered in the EU", "converted at the day's rate"],
        avoid: [UNSURE],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'is that per order?' after the express fee",
    who: SARAH,
    style: "follow-up on a fee",
    turns: [
      { say: "how much is express shipping?", mention: ["14\\.99 USD"] },
      {
        say: "is that per order?",
        mention: ["once per order", "however many items"],
        avoid: [UNSURE, "which order is it about"],
      },
      { say: "is shipping per order or per item?", mention: ["once per order"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'who pays customs?' and returns 'from there' after shipping abroad",
    who: SARAH,
    style: "follow-ups on shipping abroad",
    turns: [
      { say: "do you ship internationally?", mention: ["Canada"] },
      {
        say: "how about returns from there?",
        mention: ["returns from abroad"],
      },
      {
        say: "who pays customs?",
        mention: ["don't charge customs ourselves"],
        avoid: ["We accept credit and debit cards", UNSURE],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: a gift card showing 0 it never spent, then paying with one and a card",
    who: SARAH,
    style: "follow-ups on gift cards",
    turns: [
      { say: "how do gift cards work?", mention: ["never expire"] },
      {
        say: "It says the balance is 0 but i never used it",
        mention: ["balance of 0", "colleague"],
        avoid: ["Add what you'd like to your cart", "We accept credit"],
        handoff: "none",
      },
      {
        say: "can i pay with one and a card together?",
        mention: ["^Yes — a gift card can be combined"],
        avoid: ["Choose Card at checkout"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: a gift card with PayPal, then two cards on one order",
    who: MIKE,
    style: "two ways to pay at once",
    turns: [
      {
        say: "can i pay with a gift card and paypal together?",
        mention: ["gift card can be combined", "PayPal"],
      },
      {
        say: "can i split it between two cards?",
        mention: ["^No — an order is paid with one card", "Only gift cards"],
        avoid: [UNSURE],
      },
      { say: "ok got it", avoid: ["combined"] },
    ],
    changes: [],
  },
  {
    name: "25th round: Mike's monitor 'arrived damaged' though its order has not shipped",
    who: MIKE,
    style: "goods reported from an order not shipped",
    turns: [
      {
        say: "my monitor arrived damaged",
        mention: ["hasn't shipped yet", "what arrived"],
        avoid: ["couldn't check the tracking", "tracking of order"],
        facts: [{ order: "ORD-2002", field: "id" }],
        handoff: "none",
      },
      {
        say: "the monitor i got is broken",
        mention: ["hasn't shipped yet"],
        avoid: ["couldn't check the tracking"],
      },
      {
        say: "ok so where is the keyboard then",
        facts: [{ order: "ORD-2001", field: "id" }, { order: "ORD-2001", field: "tracking" }],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: after the cancellation rule, 'what if it already shipped?' and a fee",
    who: SARAH,
    style: "follow-ups on cancelling",
    turns: [
      { say: "can i cancel an order?", mention: ["until it ships"] },
      {
        say: "what if it already shipped?",
        mention: ["can't be cancelled any more", "return it within 30 days"],
        avoid: ["We're preparing order"],
      },
      {
        say: "is there a fee?",
        mention: ["^No — cancelling is free|cancelling is free"],
        avoid: [OVERVIEW],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: a refund 'to a gift card?' after how refunds are paid is a no",
    who: SARAH,
    style: "follow-ups on refunds",
    turns: [
      { say: "how long do refunds take?", mention: ["5 business days"] },
      { say: "what if i paid with paypal?", mention: ["the way you paid"] },
      { say: "and to a gift card?", mention: ["^No — a refund goes back to the way you paid"] },
    ],
    changes: [],
  },
  {
    name: "25th round: sales, then 'not even on black friday?' is no price match",
    who: GUEST,
    style: "follow-up on sales",
    turns: [
      { say: "what items are on sale?", mention: ["no sale on right now"] },
      {
        say: "not even on black friday?",
        mention: ["newsletter"],
        avoid: ["match other stores"],
      },
      { say: "ok cool", avoid: ["no sale on right now"] },
    ],
    changes: [],
  },
  {
    name: "25th round: a guest asks two rules in one message, then follow-ups",
    who: GUEST,
    style: "two rule questions in one message",
    turns: [
      {
        say: "does the warranty cover water damage? and can i pay in euros",
        mention: ["not accidental damage", "US dollars"],
      },
      {
        say: "do you price match amazon",
        mention: ["match other stores' prices"],
      },
      { say: "what about walmart?", mention: ["Walmart"], avoid: [OFF_TOPIC] },
    ],
    changes: [],
  },
  {
    name: "25th round: a follow-up that asks for a change is no rule question",
    who: SARAH,
    style: "a rule, then a request",
    turns: [
      { say: "what's your return policy?", mention: ["30 days of delivery"] },
      {
        say: "ok i want to return the espresso machine",
        proposes: "return_item",
        avoid: ["present can be returned"],
      },
      { say: "yes please", mention: ["label"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
