/**
 * Talk48 round: the lead's twelfth-session "Left" list tried again. The shipping fee asked
 * beside a change that gives money back (or while it waits) is answered from the order; a thing
 * asked "for" a product of ours is that thing; a lost parcel said to have come faulty is a fault.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** The shipping price table, never the answer to the fee coming back. */
const TABLE = ["Standard shipping takes", "overnight arrives"];
/** The catalogue's answer for the machine, never the answer to an accessory. */
const MACHINE = ["399\\.00", "Espresso Machine is in stock"];
/** The lost parcel's news, never told of goods said to have come. */
const LOST = ["marked the parcel as lost \\(", "last scan in"];

/** Conversations of the talk48 round. */
export const TALK48: Conversation[] = [
  {
    name: "talk48: 'if I cancel the shoes order will I get the shipping back too?' is answered",
    who: SARAH,
    style: "a change weighed with a money question beside it",
    turns: [
      {
        // Was the cancellation offered with the shipping question left out.
        say: "if I cancel the shoes order will I get the shipping back too?",
        mention: ["shipping was free", "192\\.00 USD is everything paid for order ORD-1003"],
        avoid: TABLE,
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk48: 'if i cancel 1003 do i get shipping refunded as well' then no",
    who: SARAH,
    style: "terse, lower case, no question mark",
    turns: [
      {
        // Was the cancellation proposed with the question left out.
        say: "if i cancel 1003 do i get shipping refunded as well",
        mention: ["shipping fee included"],
        avoid: TABLE,
        proposes: null,
      },
      { say: "nah leave it then", proposes: null, avoid: ["cancelled"] },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'cancel my order 1003, and refund the shipping too pls' says what comes back",
    who: SARAH,
    style: "a request with the fee asked back in it",
    turns: [
      {
        say: "cancel my order 1003, and refund the shipping too pls",
        mention: ["192\\.00 USD", "shipping was free"],
        avoid: TABLE,
        proposes: "cancel_order",
      },
      { say: "ok go ahead", mention: ["cancelled"], proposes: null },
      { say: "cheers", avoid: ["Shall I"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk48: 'would the delivery fee be refunded if I cancelled ORD-1003?' is no 'No'",
    who: SARAH,
    style: "a rule asked of an order, formal",
    turns: [
      {
        // Was "No — cancelling is free": a no to a fee that does come back.
        say: "would the delivery fee be refunded if I cancelled ORD-1003?",
        mention: ["shipping fee included"],
        avoid: ["^(?:[^\\n]*\\n+)?No —"],
        proposes: null,
      },
      { say: "ok good to know", proposes: null },
      { say: "that's all, thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'what about delivery costs' while the frother's refund waits",
    who: SARAH,
    style: "a follow-up in other words than 'and the shipping?'",
    turns: [
      { say: "refund the frother", mention: ["29\\.00 USD"], proposes: "refund" },
      {
        // Was the table of shipping speeds and fees.
        say: "what about delivery costs",
        mention: ["29\\.00 USD is the price of the items", "shipping was free"],
        avoid: TABLE,
        proposes: "refund",
      },
      { say: "ok yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk48: 'and the shipping?' then 'do i get the postage back' while a cancellation waits",
    who: SARAH,
    style: "two short follow-ups, the same answer",
    turns: [
      { say: "cancel the shoes order pls", proposes: "cancel_order" },
      {
        say: "and the shipping?",
        mention: ["everything paid for order ORD-1003", "shall I cancel order ORD-1003"],
        avoid: TABLE,
        proposes: "cancel_order",
      },
      {
        say: "do i get the postage back",
        mention: ["everything paid for order ORD-1003"],
        avoid: TABLE,
        proposes: "cancel_order",
      },
      { say: "no actually leave it", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'do i have to pay shipping for that?' while a return waits is the label",
    who: SARAH,
    style: "the cost of sending back, not the fee coming back",
    turns: [
      { say: "i want to return the espresso machine", proposes: "return_item" },
      {
        say: "do i have to pay shipping for that?",
        mention: ["costs you nothing", "prepaid"],
        avoid: TABLE,
        proposes: "return_item",
      },
      { say: "great, yes please", mention: ["label"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk48: 'is the shipping refunded too?' while the machine's return waits",
    who: SARAH,
    style: "a line's return, the fee asked",
    turns: [
      { say: "can i send back the espresso machine", proposes: "return_item" },
      {
        say: "is the shipping refunded too?",
        mention: ["Espresso Machine", "not the whole order", "label is prepaid"],
        avoid: TABLE,
        proposes: "return_item",
      },
      { say: "hmm ok, no, I'll keep it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk48: 'do you sell descaler for the espresso machine?' is not the machine's price",
    who: SARAH,
    style: "an accessory we don't sell",
    turns: [
      {
        // Was "The Espresso Machine is in stock. It costs 399.00 USD."
        say: "do you sell descaler for the espresso machine?",
        mention: ["descaler", "don't sell"],
        avoid: MACHINE,
        proposes: null,
      },
      {
        say: "ok what about the machine itself, is it in stock?",
        mention: ["Espresso Machine", "in stock"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk48: 'descaling tablets for the espresso maker' is no drawing tablet",
    who: SARAH,
    style: "slang, a word of the thing matching another product",
    turns: [
      {
        // Was "Yes — the Graphics Drawing Tablet is in stock. It costs 79.00 USD."
        say: "do u guys have descaling tablets for the espresso maker",
        mention: ["descaling tablets", "don't sell"],
        avoid: ["Graphics Drawing Tablet", "79\\.00"],
        proposes: null,
      },
      { say: "ah ok no worries", proposes: null },
      { say: "bye", avoid: ["Tablet"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'got any spare laces for the running shoes?' is the laces, not the shoes",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "got any spare laces for the running shoes?",
        mention: ["laces", "don't sell"],
        avoid: ["124\\.00", "Trail Running Shoes are in stock"],
        proposes: null,
      },
      { say: "shame. thanks anyway", proposes: null },
      { say: "bye", avoid: ["laces"] },
    ],
    changes: [],
  },
  {
    name: "talk48: Mike's 'a wrist rest for the keyboard?' is not the keyboard's price",
    who: MIKE,
    style: "an accessory for goods on their way",
    turns: [
      {
        say: "do you sell a wrist rest for the keyboard?",
        mention: ["wrist rest", "don't sell"],
        avoid: ["109\\.00", "Keyboard is in stock"],
        proposes: null,
      },
      { say: "ok. where is the keyboard btw", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk48: 'replacement ear pads for the noise cancelling headphones' are not the headphones",
    who: SARAH,
    style: "a spare part asked",
    turns: [
      {
        say: "do you have replacement ear pads for the noise cancelling headphones?",
        mention: ["ear pads"],
        avoid: ["249\\.00", "Headphones are in stock"],
        proposes: null,
      },
      { say: "ok thanks", proposes: null },
      { say: "bye", avoid: ["ear pads"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'a sleeve for my laptop stand' is the sleeve we sell",
    who: SARAH,
    style: "an accessory we do sell — held",
    turns: [
      {
        say: "do you sell a sleeve for my laptop stand",
        mention: ["Laptop Sleeve", "19\\.99"],
        proposes: null,
      },
      { say: "nice, thanks", proposes: null },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk48: Emma's 'the vacuum arrived and it won't turn on' is a fault, not a lost parcel",
    who: EMMA,
    style: "her word against the carrier's status",
    turns: [
      {
        // Was "The carrier has marked the parcel as lost (last scan in Cincinnati…)".
        say: "the vacuum arrived and it won't turn on",
        mention: ["reached you", "fault", "313\\.99 USD", "replacement"],
        avoid: LOST,
      },
      { say: "a replacement please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk48: 'my robot vacuum finally showed up but it doesnt work at all', then a refund",
    who: EMMA,
    style: "no apostrophes, 'finally'",
    turns: [
      {
        say: "hi, my robot vacuum finally showed up but it doesnt work at all",
        mention: ["reached you", "fault", "313\\.99 USD"],
        avoid: LOST,
      },
      { say: "refund", proposes: "refund", mention: ["313\\.99 USD"] },
      { say: "yes please", mention: ["refund"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk48: 'vacuum came yesterday, wont charge' is told as come, and nothing done yet",
    who: EMMA,
    style: "terse",
    turns: [
      {
        say: "vacuum came yesterday, wont charge",
        mention: ["reached you", "313\\.99 USD"],
        avoid: LOST,
        proposes: null,
      },
      { say: "let me think about it", proposes: null },
      { say: "ok bye", avoid: ["marked the parcel as lost \\("] },
    ],
    changes: [],
  },
  {
    name: "talk48: Emma's formal email that the vacuum was delivered after all but is faulty",
    who: EMMA,
    style: "a formal email with the order id",
    turns: [
      {
        say: "Good afternoon. The robot vacuum (ORD-3001) was delivered on Monday after all, " +
          "however it is faulty: it will not power on. Please advise.",
        mention: ["reached you", "fault"],
        avoid: LOST,
      },
      { say: "A replacement, please.", proposes: "replacement" },
      { say: "Yes, please proceed.", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "talk48: 'my vacuum never arrived' is still the lost parcel's news",
    who: EMMA,
    style: "held: not come is lost",
    turns: [
      {
        say: "my vacuum never arrived",
        mention: ["lost", "313\\.99 USD"],
        avoid: ["reached you"],
      },
      { say: "refund please", proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk48: 'does the refund include postage?' while Emma's mixer refund waits",
    who: EMMA,
    style: "held: a whole order's refund, from the order's own amounts",
    turns: [
      { say: "refund ORD-3002 please", proposes: "refund" },
      {
        say: "does the refund include postage?",
        mention: ["349\\.00 USD is everything paid for order ORD-3002"],
        avoid: TABLE,
        proposes: "refund",
      },
      { say: "lovely, yes go ahead", mention: ["349\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
];
