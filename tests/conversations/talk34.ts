/**
 * The thirty-fourth round (the talk34 branch): a problem described, not a remedy named. "The
 * frother is way too small", "looks nothing like the picture", "came without the
 * portafilter", "only got the espresso machine", "half the stuff is missing", "smells like
 * burning": the order and the item understood, the store's rule for it applied, one remedy
 * proposed (a free return for goods unlike what was expected; a refund of the item with a
 * replacement on offer for goods missing, wrong or faulty), and after a yes exactly that in
 * the ledger. Then the shopper's next word: "no I want my money back", "can't you just send
 * the missing one?", "how long will that take?".
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
/** What a delivered order told about had been taken for: a parcel missing at the door. */
const NOT_AT_DOOR = "neighbours|safe place|pass this to a colleague";
/** The whole espresso order's money, where one item's was meant. */
const WHOLE_ORDER = "428\\.00";

/** Goods unlike what was expected, and goods told missing: the remedy for the item meant. */
export const TALK34: Conversation[] = [
  {
    name: "34th round: 'the frother that came is way too small' is its free return, not a search",
    who: SARAH,
    style: "casual, lower case",
    turns: [
      {
        // Was "UPS shows order ORD-1002 as delivered… check with neighbours", a supervisor.
        say: "hi, the frother that came is way too small, its like a toy",
        mention: ["free return of the Milk Frother", "29\\.00 USD"],
        avoid: [NOT_AT_DOOR, WHOLE_ORDER],
        proposes: "return_item",
        handoff: "none",
      },
      {
        say: "how long does the refund take after",
        mention: ["5 business days"],
        proposes: "return_item",
      },
      {
        say: "yes",
        mention: ["return for order ORD-1002 is open"],
        proposes: null,
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'looks nothing like the picture', then 'no I want my money back' for that item",
    who: SARAH,
    style: "terse, 'tbh'",
    turns: [
      {
        // Was a clarifying question between a complaint and a delivery problem.
        say: "the espresso machine looks nothing like the picture tbh",
        mention: ["isn't what you expected", "free return of the Espresso Machine", "399\\.00"],
        avoid: [NOT_AT_DOOR, "make sure I help with the right thing"],
        proposes: "return_item",
      },
      {
        // Was the whole order's 428.00 USD.
        say: "no I want my money back",
        mention: ["refund 399\\.00 USD for the Espresso Machine"],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 399\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'came without the portafilter', then 'can't you just send the missing one?'",
    who: SARAH,
    style: "plain, then a pushy question",
    turns: [
      {
        say: "my espresso machine came without the portafilter",
        mention: ["with its portafilter", "399\\.00", "send a new one free of charge"],
        proposes: "refund",
      },
      {
        // Was a lost parcel's rule about ORD-1001, and the refund asked again.
        say: "can't you just send the missing one?",
        mention: ["portafilter was missing", "complete new Espresso Machine", "free of charge"],
        avoid: ["ORD-1001", "lost", "still on its way"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement for order ORD-1002"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'the frother doesnt work', then 'no I want my money back' keeps the frother's 29.00",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      {
        say: "the frother doesnt work",
        mention: ["Milk Frother", "refund 29\\.00 USD", "replacement"],
        proposes: "refund",
      },
      {
        // Was the whole order's refund, 428.00 USD.
        say: "no I want my money back",
        mention: ["29\\.00 USD for the Milk Frother"],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00 USD"], avoid: [WHOLE_ORDER], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'only got the espresso machine, where's the frother??' is the frother missing",
    who: SARAH,
    style: "double question marks",
    turns: [
      {
        // Was "ORD-1002 was delivered on …", nothing offered.
        say: "only got the espresso machine, where's the frother??",
        mention: ["Milk Frother should have been in order ORD-1002", "29\\.00 USD"],
        avoid: [WHOLE_ORDER, NOT_AT_DOOR],
        proposes: "refund",
      },
      {
        say: "can you send it",
        mention: ["Milk Frother was missing", "free of charge"],
        avoid: ["complete new"],
        proposes: "replacement",
      },
      {
        say: "how long will that take?",
        mention: ["within 1 business day"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'half the stuff is missing' asks which, and 'the frother' is its refund",
    who: SARAH,
    style: "vague, then one word",
    turns: [
      {
        // Was the whole order's refund, and "the frother" next lost the waiting change.
        say: "the box came open and half the stuff is missing",
        mention: ["Which of them is missing", "Espresso Machine and the Milk Frother"],
        avoid: [WHOLE_ORDER],
        proposes: null,
      },
      {
        say: "the frother",
        mention: ["Milk Frother should have been in order ORD-1002", "refund 29\\.00 USD"],
        avoid: [WHOLE_ORDER],
        proposes: "refund",
      },
      {
        say: "can't you just send it?",
        mention: ["Milk Frother was missing"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement for order ORD-1002"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'stuff is missing from it', then 'both' refunds the whole order once",
    who: SARAH,
    style: "vague",
    turns: [
      {
        say: "parcel came today but stuff is missing from it",
        mention: ["Which of them is missing"],
        avoid: [NOT_AT_DOOR],
        proposes: null,
      },
      { say: "both", mention: ["refund 428\\.00 USD"], proposes: "refund" },
      { say: "yes", mention: ["refunded 428\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'frother smells like burning when i use it' is a fault, and its replacement",
    who: SARAH,
    style: "no punctuation",
    turns: [
      {
        // Was a clarifying question between three things.
        say: "frother smells like burning when i use it",
        mention: ["fault like that in the Milk Frother", "refund 29\\.00 USD"],
        avoid: ["make sure I help with the right thing", "not sure what you'd like"],
        proposes: "refund",
      },
      {
        say: "ok send a new one",
        mention: ["Since it's faulty", "new Milk Frother"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'how long will a new one take?' while the frother's refund waits",
    who: SARAH,
    style: "question about the other offer",
    turns: [
      {
        say: "the milk frother stopped working after 3 days",
        mention: ["refund 29\\.00 USD", "send a replacement"],
        proposes: "refund",
      },
      {
        // Was the refund's timing: "The 29.00 USD … goes back within 5 business days".
        say: "how long will a new one take?",
        mention: ["leaves our warehouse within 1 business day", "rather have the new one"],
        avoid: ["goes back to your original payment method"],
        proposes: "refund",
      },
      { say: "ok send a new one", mention: ["new Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'the colour is wrong on the espresso machine' is the wrong item, replaced",
    who: SARAH,
    style: "plain",
    turns: [
      {
        // Was "UPS shows order ORD-1002 as delivered… check with neighbours".
        say: "the colour is wrong on the espresso machine, I ordered black",
        mention: ["refund 399\\.00 USD", "right item"],
        avoid: [NOT_AT_DOOR],
        proposes: "refund",
      },
      {
        // Was "a delivered order is replaced when it arrived damaged, wrong…", a return.
        say: "I'd rather a replacement",
        mention: ["right Espresso Machine", "free of charge"],
        avoid: ["start a return"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["arranged a replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "34th round: 'return the frother, it doesn't fit under my machine' returns the frother alone",
    who: SARAH,
    style: "plain request with a reason",
    turns: [
      {
        // Was the whole order's return: "my machine" was taken for goods to send back.
        say: "I'd like to return the frother, it doesn't fit under my machine",
        mention: ["return for the Milk Frother from order ORD-1002", "rest of the order stays"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
      { say: "thanks", avoid: ["return for order"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "34th round: 'will the trail running shoes run small?' is a question, no problem told",
    who: SARAH,
    style: "question before buying",
    turns: [
      {
        // Was read as goods that came too small: "I couldn't check the tracking of ORD-1003".
        say: "will the trail running shoes run small? im usually a 9",
        mention: ["Trail Running Shoes"],
        avoid: ["tracking", "hasn't shipped", "free return"],
        proposes: null,
      },
      { say: "ok", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "34th round: 'the shoes look nothing like the picture' — their order hasn't shipped",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was "I couldn't check the tracking of order ORD-1003: it has not shipped yet."
        say: "the shoes look nothing like the picture",
        mention: ["hasn't shipped yet", "nothing from it can have reached you"],
        avoid: ["couldn't check the tracking", "free return"],
        proposes: null,
      },
      { say: "ok", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
];
