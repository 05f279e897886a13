/**
 * Talk51 round: what the shopper wants comes out over several turns. "Quick question", "Hi, I
 * have an issue", "so about my order..." — then the goods, then what went wrong or what they
 * want. One short question at a time, nothing asked twice that was said, the request carried
 * out on the turn its last detail arrives, and the goods named earlier kept.
 */
import type { Conversation } from "./schema.ts";

/** The demo cast and a guest, shared with `talk51_more.ts`. */
export const SARAH = "sarah.chen@example.com";
export const MIKE = "mike.johnson@example.com";
export const EMMA = "emma.wilson@example.com";
export const GUEST = "slow.starter.51@example.com";

/** The list of everything the assistant does: never the answer to "need help" or a question. */
export const MENU = ["invoices", "faster shipping", "Before I change anything"];
/** A delivered order searched for at the door, when nothing was said of its not coming. */
export const DOOR = ["neighbours", "safe place", "supervisor"];
/** A cancellation never asked for ("Noise-Cancelling" is a name). */
const NOT_CANCEL = "cancel an order|cancelling is only|cancel it";
/** The readings a few words were guessed as. */
export const GUESSED = [
  "kind words",
  "review",
  "Just to make sure",
  "payment problem",
  "get into your",
];

/** Conversations of the talk51 round. */
export const TALK51: Conversation[] = [
  {
    name: "talk51: Mike's 'quick question' is asked for, not thanked as praise",
    who: MIKE,
    style: "terse opener",
    turns: [
      {
        // Was "Thank you so much for the kind words … leave a review on the product page".
        say: "quick question",
        mention: ["what would you like to know"],
        avoid: [...GUESSED, ...MENU],
        handoff: "none",
      },
      {
        say: "wheres my keyboard",
        facts: [{ order: "ORD-2001", field: "id" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["Hi Mike"],
      },
      { say: "ok thx", avoid: ["kind words"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk51: 'can i ask something?' then the warranty question is answered",
    who: SARAH,
    style: "hedged opener",
    turns: [
      { say: "hi", mention: ["Sarah"] },
      {
        // Was "would you like to know about our policies, or know how you can pay?".
        say: "can i ask something?",
        mention: ["what would you like to know"],
        avoid: GUESSED,
      },
      {
        say: "is the espresso machine still under warranty",
        mention: ["24-month|24 months"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "talk51: a guest's 'can i ask you something' then how long refunds take",
    who: GUEST,
    style: "guest, lower case",
    turns: [
      { say: "hey", mention: ["What can I do|help"] },
      { say: "can i ask you something", mention: ["what would you like to know"], avoid: GUESSED },
      { say: "how long do refunds take", mention: ["5 business days"], avoid: ["sign in"] },
    ],
    changes: [],
  },
  {
    name: "talk51: Emma's 'quick q' then the vacuum: lost, and its remedy offered",
    who: EMMA,
    style: "slang opener",
    turns: [
      { say: "hey there", mention: ["Emma"] },
      { say: "quick q", mention: ["what would you like to know"], avoid: GUESSED },
      {
        say: "is there any update on the vacuum??",
        mention: ["lost", "refund", "replacement"],
        facts: [{ order: "ORD-3001", field: "id" }],
        avoid: ["on its way"],
      },
    ],
    changes: [],
  },
  {
    name: "talk51: 'I have an issue', the frother, 'it doesnt froth anymore': the frother replaced",
    who: SARAH,
    style: "slow start, the fault last",
    turns: [
      {
        // Was "would you like to sort out a payment problem, or get into your account?".
        say: "Hi, I have an issue",
        mention: ["which order"],
        avoid: GUESSED,
        proposes: null,
      },
      {
        // Was "UPS shows it delivered … check with neighbours", a supervisor proposed.
        say: "the milk frother",
        mention: ["ORD-1002", "What's gone wrong with the Milk Frother"],
        avoid: DOOR,
        proposes: null,
      },
      {
        // Was the order's status again ("delivered on …"), then the whole order's 428.00.
        say: "it doesnt froth anymore",
        mention: ["Milk Frother", "29\\.00"],
        avoid: ["428\\.00", "Espresso Machine and Milk Frother from"],
        proposes: "refund",
      },
      { say: "replacement please", mention: ["new Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk51: 'something's wrong with my stuff', then the shoes not shipped yet",
    who: SARAH,
    style: "vague, the goods a turn later",
    turns: [
      { say: "hello? anyone there", mention: ["here"] },
      { say: "something's wrong with my stuff", mention: ["which order"], proposes: null },
      {
        // Was "I couldn't check the tracking of order ORD-1003: it has not shipped yet".
        say: "the shoes",
        mention: ["ORD-1003", "hasn't shipped yet", "What's gone wrong"],
        avoid: ["tracking", "couldn't"],
        proposes: null,
      },
      {
        say: "i ordered the wrong size, can i cancel",
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "no actually leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk51: 'need help', 'the stuff that came', 'one of them doesnt work': which one, then it",
    who: SARAH,
    style: "slow start, vague goods",
    turns: [
      {
        // Was the whole list of what the assistant does.
        say: "need help",
        mention: ["What do you need a hand with"],
        avoid: MENU,
      },
      {
        say: "the stuff that came",
        facts: [{ order: "ORD-1002", field: "id" }],
        avoid: ["Which order"],
      },
      {
        // Was the whole order's 428.00 refund offered.
        say: "one of them doesnt work",
        mention: ["Which one", "Espresso Machine or the Milk Frother"],
        avoid: ["428\\.00"],
        proposes: null,
      },
      { say: "the frother", mention: ["Milk Frother", "29\\.00"], proposes: "refund" },
      { say: "send a new one", mention: ["new Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk51: 'something's wrong with the stuff i got' is asked about, not searched for",
    who: SARAH,
    style: "vague, the fault a turn later",
    turns: [
      { say: "hey", mention: ["Sarah"] },
      {
        // Was "UPS shows order ORD-1002 as delivered … check with neighbours".
        say: "something's wrong with the stuff i got",
        mention: ["ORD-1002", "What's gone wrong"],
        avoid: DOOR,
        proposes: null,
      },
      { say: "the frother leaks", mention: ["Milk Frother", "29\\.00"], proposes: "refund" },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk51: 'its making a weird noise' after nothing named is the delivered espresso order",
    who: SARAH,
    style: "slang, the goods vague",
    turns: [
      { say: "hiya", mention: ["Sarah"] },
      {
        say: "my espresso thing is making a weird noise",
        mention: ["Espresso Machine", "399\\.00"],
        avoid: ["Headphones", "UPS"],
        proposes: "refund",
      },
      {
        say: "yes a replacement",
        mention: ["new Espresso Machine"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk51: 'so about my order...' is no cancellation of the headphones",
    who: SARAH,
    style: "trailing off",
    turns: [
      { say: "hi!", mention: ["Sarah"] },
      {
        // Was "would you like to cancel an order, or check where …", then "cancelling is only
        // possible until an order ships" for the headphones.
        say: "so about my order...",
        mention: ["which order"],
        avoid: [NOT_CANCEL],
      },
      {
        say: "the headphones",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: [NOT_CANCEL],
      },
      { say: "when will they arrive", mention: ["ORD-1001"], avoid: [NOT_CANCEL] },
    ],
    changes: [],
  },
  {
    name: "talk51: 'I have a small problem', the water bottles, 'take one of them off'",
    who: SARAH,
    style: "polite, the change last",
    turns: [
      { say: "Good afternoon", mention: ["Sarah"] },
      { say: "I have a small problem", mention: ["which order"], avoid: GUESSED },
      {
        say: "the water bottles",
        mention: ["ORD-1003", "hasn't shipped yet"],
        avoid: ["tracking", "couldn't"],
        proposes: null,
      },
      {
        // Was "Which item would you like to change, and to what quantity?" — said already.
        say: "could you take one of them off?",
        mention: ["Insulated Water Bottle from 2 to 1"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk51: the water bottles named, then 'can you remove one of them'",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "the water bottles on my order",
        facts: [{ order: "ORD-1003", field: "id" }],
      },
      {
        say: "can you remove one of them",
        mention: ["Insulated Water Bottle from 2 to 1"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk51: Emma's 'ugh something's not right' is no 'no' handed to a person",
    who: EMMA,
    style: "upset, vague",
    turns: [
      { say: "hi", mention: ["Emma"] },
      {
        // Was read as a "no" and handed over to the queue.
        say: "ugh something's not right",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["refund", "replacement"],
        handoff: "none",
      },
      {
        say: "the vacuum yeah. refund it",
        mention: ["313\\.99"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk51: a guest's 'i have an issue', then the email: a code, nothing shown",
    who: GUEST,
    style: "guest, email last",
    turns: [
      { say: "hello", mention: ["What can I do|help"] },
      {
        say: "i have an issue",
        mention: ["email"],
        avoid: [...GUESSED, "ORD-"],
        proposes: null,
      },
      {
        say: "emma.wilson@example.com",
        mention: ["one-time code"],
        avoid: ["Robot Vacuum", "Stand Mixer", "ORD-3001"],
      },
    ],
    changes: [],
  },
  {
    name: "talk51: 'quick question' then 'can I still return the espresso machine?', and it is",
    who: SARAH,
    style: "opener, then the request",
    turns: [
      { say: "hi", mention: ["Sarah"] },
      { say: "quick question", mention: ["what would you like to know"], avoid: MENU },
      {
        say: "can I still return the espresso machine?",
        mention: ["Espresso Machine", "ORD-1002"],
        proposes: "return_item",
      },
      { say: "ok do it", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
