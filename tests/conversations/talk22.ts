/**
 * The twenty-second round: short follow-ups read in the light of the answer before them ("do
 * they expire?" after gift cards, "wtf it says invalid" after a failing code, "same for 1001",
 * "and for the other one?"), and the third people in a conversation — a mum whose place is
 * where the order goes, a sister who gets a present, a wife who ordered on the customer's
 * account, a parent someone writes for. Each reply answers what was meant; the ledger shows
 * only what was agreed.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "helping.dad@example.org";
const OFF_TOPIC = "outside what I can help|only help with orders, deliveries";
const PRIVACY = "another person's account";
const PASSWORD = "Forgot password|reset link";
const PAY_TROUBLE = "If a card was declined";

/** The twenty-second round's conversations. */
export const TALK22: Conversation[] = [
  {
    name: "22nd round: 'do they expire' right after the gift-card answer is about gift cards",
    who: SARAH,
    style: "terse follow-ups",
    turns: [
      { say: "do you sell gift cards?", mention: ["gift cards from 25\\.00 USD"] },
      {
        say: "do they expire",
        mention: ["never expire"],
        avoid: [OFF_TOPIC, "Gift cards page"],
        handoff: "none",
      },
      { say: "how much are they?", mention: ["25\\.00 USD to 200\\.00 USD"], avoid: [OFF_TOPIC] },
    ],
    changes: [],
  },
  {
    name: "22nd round: an e-gift card, then 'can they be swapped for cash?' in a few words",
    who: GUEST,
    style: "guest, casual",
    turns: [
      { say: "hi, is there such a thing as an e-gift card?", mention: ["gift cards"] },
      { say: "do they expire?", mention: ["never expire"], avoid: [OFF_TOPIC] },
      {
        say: "and can they be exchanged for cash?",
        mention: ["can't be exchanged for cash"],
        avoid: [OFF_TOPIC],
      },
    ],
    changes: [],
  },
  {
    name:
      "22nd round: 'wtf it says invalid' after the failing-code answer is the code, not a password",
    who: MIKE,
    style: "angry, slang",
    turns: [
      { say: "my discount code WELCOME10 doesnt work", mention: ["typed exactly"] },
      {
        say: "wtf it says invalid",
        mention: ["says it's invalid", "no spaces"],
        avoid: [PASSWORD, "once, on one order"],
        handoff: "none",
      },
      { say: "ok thanks", avoid: [PASSWORD] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'it keeps saying expired??' after a promo code that won't apply",
    who: MIKE,
    style: "short, annoyed",
    turns: [
      { say: "promo code SAVE20 won't apply", mention: ["typed exactly"] },
      { say: "it keeps saying expired??", mention: ["hasn't expired"], avoid: [PASSWORD] },
      { say: "fine whatever", avoid: [PASSWORD, "typed exactly"] },
    ],
    changes: [],
  },
  {
    name:
      "22nd round: 'my gift card code isn't working' gets the gift card's answer, not card payments",
    who: MIKE,
    style: "plain",
    turns: [
      {
        say: "my gift card code isn't working",
        mention: ["gift card's code", "no balance left"],
        avoid: [PAY_TROUBLE, "ORD-2002", "discount code works once"],
      },
      { say: "do they expire though?", mention: ["never expire"], avoid: [OFF_TOPIC] },
      { say: "ok i'll check for a typo, thanks", avoid: [PAY_TROUBLE] },
    ],
    changes: [],
  },
  {
    name: "22nd round: a gift card declined, then 'it says invalid' stays on the gift card",
    who: SARAH,
    style: "two short messages",
    turns: [
      {
        say: "my gift card got declined at checkout",
        mention: ["gift card's code"],
        avoid: [PAY_TROUBLE],
      },
      {
        say: "it says invalid",
        mention: ["says it's invalid", "typo"],
        avoid: [PASSWORD, PAY_TROUBLE],
      },
      { say: "thanks, I'll try again", avoid: [PAY_TROUBLE, PASSWORD] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'it says the link expired' after the reset answer is about the link",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "how do i reset my password", mention: ["Forgot password"] },
      {
        say: "it says the link expired",
        mention: ["60 minutes|newest one works"],
        avoid: [OFF_TOPIC],
      },
      { say: "got it thanks", avoid: ["60 minutes"] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'can half my order go to my mom's place' is an address change, not privacy",
    who: SARAH,
    style: "casual, a person named as a place",
    turns: [
      {
        say: "can half my order go to my mom's place",
        mention: ["ORD-1003", "new address"],
        avoid: [PRIVACY],
      },
      {
        say: "12 Elm Road, Bristol BS1 5AA, UK",
        mention: ["Bristol"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["Done"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "22nd round: 'send ORD-1003 to my dad's house' with the address is proposed at once",
    who: SARAH,
    style: "everything in one message",
    turns: [
      {
        say: "please send ORD-1003 to my dad's house instead, 5 Oak Street, Leeds LS1 4AB",
        mention: ["Leeds"],
        avoid: [PRIVACY],
        proposes: "change_address",
      },
      { say: "yes go ahead", mention: ["Done"], proposes: null },
      { say: "thanks!", avoid: [PRIVACY] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "22nd round: 'my sister's address' for the shoes order is where it goes",
    who: SARAH,
    style: "polite, order named by its goods",
    turns: [
      {
        say: "could my shoes order go to my sister's address instead?",
        mention: ["ORD-1003", "new address"],
        avoid: [PRIVACY],
      },
      { say: "it's 4 Mill Lane, York YO1 7HH", mention: ["York"], proposes: "change_address" },
      { say: "yes please", mention: ["Done"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "22nd round: a present sent straight to a sister, a gift receipt, and the price hidden",
    who: SARAH,
    style: "three short questions about a gift",
    turns: [
      {
        say: "I want to send a gift to my sister, can it go straight to her?",
        mention: ["shipping address"],
        avoid: ["Just to make sure", PRIVACY],
      },
      {
        say: "can you add a gift receipt?",
        mention: ["don't offer gift receipts"],
        avoid: ["download the invoice for order", "shipping address"],
      },
      {
        say: "and hide the price please",
        mention: ["with its prices, is emailed to you", "not sent to them"],
        avoid: [OFF_TOPIC, "Just to make sure"],
      },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'what about a gift receipt?' after gift wrapping, then shipping to a sister",
    who: MIKE,
    style: "follow-ups in a few words",
    turns: [
      { say: "do you do gift wrapping", mention: ["don't offer gift wrapping"] },
      {
        say: "what about a gift receipt?",
        mention: ["gift receipts"],
        avoid: ["every order ships in the same packaging"],
      },
      {
        say: "ok and can it ship straight to my sister?",
        mention: ["shipping address"],
        avoid: ["return any item", PRIVACY],
      },
    ],
    changes: [],
  },
  {
    name: "22nd round: Emma's 'the vacuum I ordered – is it in stock?' is her Robot Vacuum's order",
    who: EMMA,
    style: "VIP, an item of her lost order",
    turns: [
      {
        say: "the vacuum I ordered – is it in stock?",
        mention: ["Robot Vacuum Cleaner", "in stock", "ORD-3001", "sending you a new one"],
        avoid: ["Cordless Stick", "Which one"],
      },
      {
        say: "it never came. can you send me a new one?",
        mention: ["free of charge"],
        proposes: "replacement",
      },
      { say: "yes please", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "22nd round: 'the headphones I ordered, are they in stock?' is the pair of her order",
    who: SARAH,
    style: "an item of her own order",
    turns: [
      {
        say: "the headphones I ordered, are they in stock?",
        mention: ["Noise-Cancelling Headphones", "ORD-1001"],
        avoid: ["Studio Monitor", "Kids Volume", "Which one"],
        facts: [{ product: "AUD-102", field: "stock" }],
      },
      {
        say: "where is ORD-1001 now?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      { say: "great thanks", avoid: ["Studio Monitor"] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'my wife ordered a keyboard on my account' is his own order",
    who: MIKE,
    style: "partner ordered on the account",
    turns: [
      {
        say: "my wife ordered a keyboard on my account, where is it?",
        mention: ["ORD-2001"],
        avoid: [PRIVACY],
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "ok thanks, she'll be relieved", avoid: [PRIVACY] },
      { say: "bye", avoid: [PRIVACY] },
    ],
    changes: [],
  },
  {
    name: "22nd round: writing on behalf of his mother about an order on his own account",
    who: MIKE,
    style: "on behalf of a parent",
    turns: [
      {
        say:
          "hi im writing on behalf of my mother, she has an order ORD-2001 on my account that's late",
        mention: ["ORD-2001", "delay"],
        avoid: [PRIVACY, "Just to make sure"],
      },
      { say: "is that guaranteed?", mention: ["not a guarantee"], avoid: [PRIVACY] },
      { say: "ok I'll tell her, thanks", avoid: [PRIVACY] },
    ],
    changes: [],
  },
  {
    name: "22nd round: a guest writing for a parent is asked to sign in, nothing shown",
    who: GUEST,
    style: "guest, for a parent",
    turns: [
      {
        say:
          "hi I'm writing for my dad, he can't use computers. He ordered a kettle and it never came",
        mention: ["sign in|email address you ordered with"],
        handoff: "none",
      },
      {
        say: "his order number is ORD-1001",
        mention: ["sign in|email address you ordered with"],
        avoid: ["Noise-Cancelling", "TRK"],
      },
      { say: "ok I'll ask him to log in", avoid: ["TRK"] },
    ],
    changes: [],
  },
  {
    name: "22nd round: 'same for 1001' then 'and for the other one?' is the third order",
    who: SARAH,
    style: "terse, three orders in turn",
    turns: [
      { say: "where is ORD-1002", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "same for 1001",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["ORD-1002"],
      },
      {
        say: "and for the other one?",
        mention: ["ORD-1003"],
        avoid: ["Do you mean"],
        facts: [{ order: "ORD-1003", field: "status" }],
      },
    ],
    changes: [],
  },
];
