/**
 * The thirty-fourth round, continued: the same problems in other shoppers' words (a long
 * email, "kinda annoying tbh", "stinks of burnt plastic", "you sent me a silver one??"), for
 * Mike and Emma and a guest too, and the right replies worth holding: a payment charged twice
 * goes to a person who sees the provider's records, goods of an order not shipped cannot have
 * come, a guest signs in first.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "someone.new@example.com";
/** A delivered order's trouble taken for a parcel missing at the door, or a question back. */
const MISREAD = "neighbours|safe place|make sure I help with the right thing|honest feedback";
/** The whole espresso order's money, where one item's was meant. */
const WHOLE_ORDER = "428\\.00";

/** Other words, other shoppers. */
export const TALK34_MORE: Conversation[] = [
  {
    name: "34th round: 'ordered it in black and you sent me a silver one??' — the right one sent",
    who: SARAH,
    style: "indignant question",
    turns: [
      {
        say: "ordered the espresso machine in black and you sent me a silver one??",
        mention: ["refund 399\\.00 USD", "right item"],
        avoid: [MISREAD],
        proposes: "refund",
      },
      {
        say: "i just want the right one",
        mention: ["right Espresso Machine"],
        proposes: "replacement",
      },
      {
        say: "when will it get here?",
        mention: ["within 1 business day"],
        avoid: ["was delivered on"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'no frother in there, just the coffee machine. Kinda annoying tbh'",
    who: SARAH,
    style: "chatty, 'tbh'",
    turns: [
      {
        say: "So I opened the parcel from order 1002 and there was no frother in there, just the " +
          "coffee machine. Kinda annoying tbh",
        mention: ["Milk Frother should have been in order ORD-1002", "29\\.00 USD"],
        avoid: [MISREAD, WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "send it pls", mention: ["Milk Frother was missing"], proposes: "replacement" },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'frother doesnt fit under the machine's steam wand' returns the frother alone",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      {
        say: "frother doesnt fit under the machine's steam wand, its too tall",
        mention: ["free return of the Milk Frother", "29\\.00 USD"],
        avoid: [MISREAD, WHOLE_ORDER, "from order ORD-1002 from order"],
        proposes: "return_item",
      },
      { say: "fine", mention: ["return for order ORD-1002 is open"], proposes: null },
      { say: "thanks", avoid: ["return for order"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "34th round: a long email — the machine fine, the frother cheap, 'not like the photos'",
    who: SARAH,
    style: "long polite email",
    turns: [
      {
        // Was "Thank you for the honest feedback… leave a review on the product page".
        say: "Hi there, I received ORD-1002 yesterday. The espresso machine is fine but the milk " +
          "frother feels really cheap and flimsy, not like the photos at all. What are my options?",
        mention: ["free return of the Milk Frother", "29\\.00 USD"],
        avoid: [MISREAD, WHOLE_ORDER],
        proposes: "return_item",
      },
      {
        say: "just refund me for it",
        mention: ["29\\.00 USD for the Milk Frother"],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'doesnt look anything like the pictures on your site', then a refund instead",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      {
        // Was a clarifying question: where an order is, or a payment problem.
        say: "the espresso machine doesnt look anything like the pictures on your site",
        mention: ["isn't what you expected", "free return of the Espresso Machine"],
        avoid: [MISREAD],
        proposes: "return_item",
      },
      {
        say: "actually can i just get a refund instead",
        mention: ["refund 399\\.00 USD for the Espresso Machine"],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 399\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'its tiny, way smaller than it looked online' is the frother's return",
    who: SARAH,
    style: "run-on",
    turns: [
      {
        say: "frother came and its tiny, way smaller than it looked online",
        mention: ["free return of the Milk Frother", "isn't what you expected"],
        avoid: [MISREAD],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["return for order ORD-1002 is open"], proposes: null },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'the frother stinks of burnt plastic, is that normal??' — not normal, refunded",
    who: SARAH,
    style: "worried question",
    turns: [
      {
        say: "hey the frother stinks of burnt plastic whenever i turn it on, is that normal??",
        mention: ["fault like that in the Milk Frother", "refund 29\\.00 USD"],
        avoid: [MISREAD, WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "ok refund then", mention: ["refunded 29\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "34th round: Mike's 'the monitor i got is way too big' — it hasn't shipped",
    who: MIKE,
    style: "casual",
    turns: [
      {
        say: "the monitor i got is way too big for my desk",
        mention: ["hasn't shipped yet", "nothing from it can have reached you"],
        avoid: ["free return", "refund"],
        proposes: null,
        handoff: "none",
      },
      { say: "where is the keyboard then", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "34th round: a guest's 'the mixer i got looks nothing like the photo' signs in first",
    who: GUEST,
    style: "plain",
    turns: [
      {
        say: "the mixer i got looks nothing like the photo",
        mention: ["sign in|email address you ordered with"],
        avoid: ["ORD-3002", "free return"],
        proposes: null,
      },
      { say: "ok", avoid: ["ORD-"], proposes: null },
      { say: "thanks", avoid: ["ORD-"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "34th round: Emma's mixer 'came without the bowl, can you help?', then 'just send the bowl'",
    who: EMMA,
    style: "polite",
    turns: [
      {
        say: "hi the stand mixer came without the bowl, can you help?",
        mention: ["with its bowl", "349\\.00"],
        proposes: "refund",
      },
      {
        say: "can you just send the bowl",
        mention: ["bowl was missing", "complete new Stand Mixer"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement for order ORD-3002"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "34th round: Sarah 'charged me twice' goes to a person who sees the payment records",
    who: SARAH,
    style: "upset",
    turns: [
      {
        say: "you charged me twice for my espresso machine order",
        mention: ["one payment of 428\\.00 USD", "payment provider"],
        avoid: ["I can refund"],
        proposes: null,
        handoff: "new",
      },
      { say: "how long will that take?", mention: ["15 minutes"], handoff: "same" },
      { say: "ok thanks", proposes: null, handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "34th round: 'the water tank is missing' from the espresso machine names no water bottle",
    who: SARAH,
    style: "terse, no article",
    turns: [
      {
        // Was "Do you mean ORD-1003 (… Water Bottle) or ORD-1002?".
        say: "espresso machine arrived but the water tank is missing",
        mention: ["with its water tank", "399\\.00"],
        avoid: ["ORD-1003", "Do you mean"],
        proposes: "refund",
      },
      {
        say: "can you send me one",
        mention: ["water tank was missing", "complete new Espresso Machine"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement for order ORD-1002"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'the frother i got is the wrong model' names the frother, 'refund it' its 29.00",
    who: SARAH,
    style: "lower case",
    turns: [
      {
        // Was "ORD-1002 should have brought you exactly what you ordered (Espresso Machine and …)".
        say: "the frother i got is the wrong model, i ordered the stainless one",
        mention: [
          "Milk Frother in order ORD-1002 should have been exactly what you ordered",
          "29\\.00 USD",
        ],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "refund it", mention: ["refunded 29\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: Mike's 'got my keyboard today but its the wrong colour' while FedEx shows it moving",
    who: MIKE,
    style: "lower case, no apostrophes",
    turns: [
      {
        // Was "a parcel that doesn't turn up is frustrating" and a carrier investigation.
        say: "got my keyboard today but its the wrong colour",
        mention: ["hasn't recorded the delivery of order ORD-2001", "replacement or a refund"],
        avoid: ["investigation", "doesn't turn up"],
        proposes: null,
      },
      { say: "ok", avoid: ["investigation"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "34th round: 'my espresso machine came a week late' — it came: a free return if no use now",
    who: SARAH,
    style: "plain complaint",
    turns: [
      {
        // Was "UPS shows it delivered… check with neighbours or a safe place".
        say: "my espresso machine came a week late",
        mention: ["later than you needed", "free return of the Espresso Machine"],
        avoid: ["neighbours", "safe place"],
        proposes: "return_item",
      },
      { say: "what can you do", mention: ["start the return"], proposes: "return_item" },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
