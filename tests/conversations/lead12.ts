/**
 * Conversations found by the lead reading transcripts in the twelfth session: praise beside a
 * fault, an investigation agreed in the shopper's own verb, a vent before a late parcel, and a
 * parcel's "and if it doesn't come?" after an answer that also told how to pay.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations found by reading transcripts, twelfth session. */
export const LEAD12: Conversation[] = [
  {
    name: "Praise of the espresso machine, the frother makes a weird noise: the frother replaced",
    who: SARAH,
    style: "excited praise, then 'one thing tho' a fault",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1002", then a supervisor
        // for a parcel "delivered", then a replacement of the whole order (the 399.00 machine).
        say:
          "omg the espresso machine is AMAZING, best purchase this year. one thing tho, the frother makes a weird noise",
        mention: ["Milk Frother", "29.00"],
        avoid: ["not sure what you'd like", "428.00"],
        proposes: "refund",
      },
      { say: "I guess a replacement", mention: ["Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "'love the espresso machine! but the frother makes a weird noise': no product list",
    who: SARAH,
    style: "praise and a fault in one line",
    turns: [
      {
        // Was a list of products that fit ("which of these are you after?").
        say: "love the espresso machine! but the frother makes a weird noise",
        mention: ["Milk Frother", "29.00"],
        avoid: ["Which of these", "A few of our products"],
        proposes: "refund",
      },
      { say: "yes please refund it", mention: ["29.00"] },
      { say: "thanks, that was quick", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "A happy customer's 'the frother started making a grinding noise' is its fault",
    who: SARAH,
    style: "review-like, praise first",
    turns: [
      {
        say:
          "Really happy with the coffee machine, thank you. The milk frother started making a grinding noise though",
        mention: ["Milk Frother"],
        avoid: ["Which of these", "428.00"],
      },
      { say: "can you send a new one", proposes: "replacement", mention: ["Milk Frother"] },
      { say: "ok go ahead", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Mike's 'fine, investigate it' opens the investigation offered",
    who: MIKE,
    style: "grudging consent in his own verb",
    turns: [
      { say: "where is my keyboard, it's late", mention: ["ORD-2001"] },
      { say: "what can you do about it", proposes: "carrier_investigation" },
      // Was "I'm not sure whether that's a yes or a no".
      { say: "fine, investigate it", avoid: ["yes or a no"], mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "'sure, chase them' after the investigation is offered is a yes; 'dont investigate' a no",
    who: MIKE,
    style: "short slang consent, another time a refusal",
    turns: [
      { say: "where's my keyboard? it's late", mention: ["ORD-2001"] },
      { say: "what are my options", proposes: "carrier_investigation" },
      { say: "nah dont investigate, I'll wait", avoid: ["yes or a no"], proposes: null },
      {
        say: "hmm actually, can you open an investigation after all?",
        proposes: "carrier_investigation",
      },
      { say: "sure, chase them", avoid: ["yes or a no"], mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "'not gonna lie I'm pretty annoyed, the keyboard was supposed to be here already'",
    who: MIKE,
    style: "a vent leading into a late parcel",
    turns: [
      {
        // Was "would you like to sort out a delivery problem, or make a complaint, or check on
        // a refund?".
        say: "not gonna lie I'm pretty annoyed, the keyboard was supposed to be here already",
        mention: ["ORD-2001", "Memphis"],
        avoid: ["Just to make sure I help with the right thing"],
      },
      { say: "what can you do", proposes: "carrier_investigation" },
      { say: "no thanks, I'll wait a couple more days", proposes: null },
    ],
    changes: [],
  },
  {
    name: "'to be honest I'm really disappointed, my keyboard should be here by now'",
    who: MIKE,
    style: "a feeling first, the trouble after a comma",
    turns: [
      {
        say: "to be honest I'm really disappointed, my keyboard should be here by now",
        mention: ["ORD-2001"],
        avoid: ["Just to make sure I help with the right thing", "which would you like"],
      },
      // Read as a complaint (a supervisor offered): the feeling is the classifier's, left.
      { say: "no that's ok, I'll wait a few more days", proposes: null },
      { say: "ok thanks" },
    ],
    changes: [],
  },
  {
    name: "Keyboard and PayPal in one message, then 'ok and if it doesn't come this week?'",
    who: MIKE,
    style: "two things, then a follow-up about the parcel",
    turns: [
      {
        say:
          "hi, two things: is my keyboard coming this week, and can I pay for the monitor with paypal?",
        mention: ["ORD-2001", "PayPal"],
      },
      {
        // Was the unpaid monitor's hold ("stays reserved for you until…").
        say: "ok and if it doesn't come this week?",
        mention: ["investigation"],
        avoid: ["reserved", "unpaid"],
      },
      { say: "ok thanks", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "Mike cancels the monitor, then 'and the keyboard? can you refund that too'",
    who: MIKE,
    style: "fed up, terse follow-up naming goods first",
    turns: [
      {
        say: "sick of waiting honestly. cancel the monitor, I'll buy it somewhere else",
        proposes: "cancel_order",
      },
      { say: "yep", mention: ["cancelled"] },
      {
        // Was "Thank you so much for the kind words" ("the keyboard?" read as praise).
        say: "and the keyboard? can you refund that too",
        mention: ["ORD-2001"],
        avoid: ["kind words"],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah's 'sorry to bother you again, any way to get the headphones faster?' offers it",
    who: SARAH,
    style: "apologetic, with emoji and a reason",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1001" before the offer.
        say:
          "ugh I'm so sorry to bother you again 😅 is there any way to get the headphones faster? I need them for a flight",
        proposes: "expedite_delivery",
        avoid: ["not sure what you'd like"],
      },
      { say: "yeah no that's too expensive, forget it", proposes: null },
      { say: "ok wait actually how much was it again?", mention: ["249.00"] },
    ],
    changes: [],
  },
  {
    name: "A guest's gift: 'can she return it herself?', then 'what if she lives in Canada?'",
    who: "gift.giver@example.net",
    style: "buying a present, two sentences, then a follow-up",
    turns: [
      {
        // Was the machine's price and warranty only: the return asked went unanswered.
        say:
          "Hi there! I'm thinking about buying the espresso machine as a gift. If my friend doesn't like it, can she return it herself?",
        mention: ["present can be returned", "399.00"],
      },
      {
        // Was "I'm the store's support assistant, so I can only help with orders…".
        say: "what if she lives in Canada?",
        mention: ["returns from Canada"],
        avoid: ["only help with", "outside what I can help"],
      },
      { say: "perfect, thanks!", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "A guest asks the return policy, then 'what if I live in Canada?'",
    who: "maple.reader@example.net",
    style: "short follow-up naming where they live",
    turns: [
      { say: "what's your return policy?", mention: ["30 days"] },
      {
        // Was "Just to make sure I help with the right thing: would you like to speak to a
        // person, or know about our policies…".
        say: "what if I live in Canada?",
        mention: ["returns from Canada"],
        avoid: ["Just to make sure"],
      },
      { say: "and do you ship there?", mention: ["Canada"] },
    ],
    changes: [],
  },
  {
    name: "'ok thanks, that's all' after a cancellation is offered closes the chat: nothing done",
    who: SARAH,
    style: "a closing after the proposal",
    turns: [
      { say: "cancel order 1003", proposes: "cancel_order" },
      {
        // Was "Done — order ORD-1003 is cancelled" ("all" read as "all of it").
        say: "ok thanks, that's all",
        avoid: ["is cancelled"],
      },
      { say: "actually yes, please cancel it", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "'ok that's all' after a refund is offered: no refund; asked again, it is done",
    who: "emma.wilson@example.com",
    style: "closing, then a clear yes later",
    turns: [
      { say: "my stand mixer arrived broken, I want a refund", proposes: "refund" },
      { say: "ok that's all", avoid: ["Done", "refunded"] },
      // The refund still waits ("come back and say yes"): asked again, it is done.
      { say: "the mixer refund please", mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
];
