/**
 * Conversations of the sixth round (the talk6 branch): orders and goods — one change for two
 * orders in one message, a status beside a change of another order, quantities past the
 * stock, refunds of an order still on its way, requests while queued, cancellations,
 * returns, replacements, address changes and changes of mind, in shoppers' own words.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const UNCLEAR = "not sure whether that's a yes or a no";
const QUEUE_REPORT = "I've added this message|number \\d+ in the queue";

/** The sixth round's conversations (the talk6 branch). */
export const TALK6: Conversation[] = [
  {
    name: "6th round: Emma's lost and smashed orders, 'just refund both' refunds each once",
    who: EMMA,
    style: "two orders in one message",
    turns: [
      {
        // talk39: two troubles told by an upset VIP who asks for nothing go to a person, as the
        // damaged one alone does (both orders' facts shown); her "refund both" is served.
        say: "hi, one order never showed up and the other came smashed",
        mention: ["ORD-3001", "ORD-3002", "lost"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        proposes: null,
        handoff: "new",
      },
      {
        say: "just refund both",
        mention: ["ORD-3001", "ORD-3002", "One yes covers both"],
        facts: [{ order: "ORD-3001", field: "total" }, { order: "ORD-3002", field: "total" }],
        proposes: "refund",
      },
      {
        say: "yes",
        mention: ["refunded .*ORD-300[12][\\s\\S]*refunded .*ORD-300[12]"],
        proposes: null,
      },
      { say: "yes", avoid: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }, { action: "refund", target: "ORD-3002" }],
  },
  {
    name: "6th round: Mike cancels 2002 and 2001 in one message; the shipped one is told why not",
    who: MIKE,
    style: "terse, two orders",
    turns: [
      {
        say: "cancel 2002 and 2001",
        mention: ["ORD-2002", "ORD-2001 already shipped"],
        avoid: ["One yes covers"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], avoid: ["ORD-2001 is cancelled"] },
      { say: "thanks", avoid: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "6th round: the keyboard's carrier delay is told beside cancelling the monitor order",
    who: MIKE,
    style: "two requests, lower case",
    turns: [
      {
        say: "where is my keyboard? also pls cancel 2002",
        mention: ["ORD-2001", "delay", "Memphis", "ORD-2002"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"] },
      { say: "and when does the keyboard come", mention: ["ORD-2001"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "6th round: two monitors asked for while sold out is told at once, nothing proposed",
    who: MIKE,
    style: "quantity past the stock",
    turns: [
      {
        say: "change the monitor to 2",
        mention: ["ORD-2002", "sold out"],
        avoid: ["Reply yes", "return it within"],
        proposes: null,
      },
      { say: "ok what about the keyboard then", mention: ["ORD-2001"], proposes: null },
      { say: "fine leave it", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name:
      "6th round: 'refund it when it arrives i guess' is told how a refund works after delivery",
    who: SARAH,
    style: "resigned, lower case",
    turns: [
      {
        say: "where are my headphones",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      { say: "can i get a refund", mention: ["ORD-1001", "delivered"], proposes: null },
      {
        say: "fine, refund it when it arrives i guess",
        mention: ["can't be set up before it arrives", "30 days", "249.00 USD", "5 business days"],
        avoid: ["I don't see a refund"],
        proposes: null,
      },
      { say: "ok thanks", avoid: [UNCLEAR] },
    ],
    changes: [],
  },
  {
    name: "6th round: 'refund ORD-1001 its taking forever' is answered, not queued",
    who: SARAH,
    style: "impatient",
    turns: [
      {
        say: "can i get a refund on ORD-1001 its taking forever",
        mention: ["ORD-1001", "December|expects it", "30 days", "5 business days"],
        avoid: ["member of our team"],
        handoff: "none",
        proposes: null,
      },
      {
        say: "ugh fine. where is it now",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      { say: "ok", avoid: ["refunded"] },
    ],
    changes: [],
  },
  {
    name:
      "6th round: 'fine, refund it' while queued for the smashed mixer is proposed and refunded",
    who: EMMA,
    style: "queued, concession",
    turns: [
      {
        say: "my mixer ORD-3002 arrived smashed, i want to talk to a person",
        handoff: "new",
        proposes: null,
      },
      {
        say: "fine, refund it",
        mention: ["ORD-3002", "349.00 USD", "still on the way"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "6th round: 'can i get a new one' while queued offers the replacement",
    who: EMMA,
    style: "queued, short",
    turns: [
      {
        say: "my mixer ORD-3002 arrived smashed, i want to talk to a person",
        handoff: "new",
      },
      {
        say: "can i get a new one",
        mention: ["new Stand Mixer", "ORD-3002"],
        avoid: [`^(?:${QUEUE_REPORT})`],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "6th round: 'wait, which order is that?' while a cancellation waits names it, then yes",
    who: SARAH,
    style: "unsure, then clear",
    turns: [
      { say: "cancel my shoes order", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "wait, which order is that?",
        mention: ["It's order ORD-1003", "Trail Running Shoes", "192.00 USD"],
        avoid: [UNCLEAR],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel it", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "6th round: two keyboards on a shipped order is refused without apologising for the parcel",
    who: MIKE,
    style: "quantity, shipped order",
    turns: [
      {
        say: "can i get 2 keyboards instead of 1 on ORD-2001",
        mention: ["ORD-2001", "shipped"],
        avoid: ["doesn't turn up", "trouble with this delivery"],
        proposes: null,
      },
      {
        say: "ok then add a second monitor to 2002",
        mention: ["ORD-2002", "sold out"],
        proposes: null,
      },
      { say: "never mind then", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "6th round: the frother's return switched to a refund refunds the frother, not the order",
    who: SARAH,
    style: "change of mind mid-proposal",
    turns: [
      {
        say: "hi i want to return the frother from my espresso order",
        mention: ["Milk Frother", "ORD-1002"],
        proposes: "return_item",
      },
      {
        say: "actually make it a refund instead",
        mention: ["29.00 USD", "Milk Frother"],
        avoid: ["428.00 USD"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29.00 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "6th round: Sarah asks after 1001 and 1003 together, then cancels 'both of them'",
    who: SARAH,
    style: "two orders, terse",
    turns: [
      {
        say: "whats going on with 1001 and 1003",
        mention: ["ORD-1001", "ORD-1003"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      {
        say: "cancel both of them",
        mention: ["ORD-1001 already shipped", "ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], avoid: ["ORD-1001 is cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "6th round: 'cancle the water bottles from 1003, keep the shoes' removes the bottles",
    who: SARAH,
    style: "misspelt, part of an order",
    turns: [
      {
        say: "cancle the water bottles from 1003, keep the shoes",
        mention: ["ORD-1003", "Insulated Water Bottle"],
        avoid: ["Which one do you mean"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
      { say: "thx", avoid: ["cancelled"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "6th round: Emma's refund of ORD-3001 widened to 'both of my orders' mid-proposal",
    who: EMMA,
    style: "change of mind, two orders",
    turns: [
      { say: "refund ORD-3001 please", mention: ["313.99 USD"], proposes: "refund" },
      {
        say: "actually refund both of my orders",
        mention: ["ORD-3001", "ORD-3002", "One yes covers both"],
        proposes: "refund",
      },
      { say: "yes", mention: ["ORD-3001", "ORD-3002"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }, { action: "refund", target: "ORD-3002" }],
  },
  {
    name: "6th round: 'both items pls' while the espresso order's return waits, then yes",
    who: SARAH,
    style: "scope restated",
    turns: [
      { say: "i want to return my espresso order", mention: ["ORD-1002"], proposes: "return_item" },
      {
        say: "both items pls",
        mention: ["covers all of order ORD-1002", "Espresso Machine", "Milk Frother"],
        avoid: [UNCLEAR],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open", "label"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "6th round: 'refnd 1002 pls' is a refund request, and 'ya' carries it out",
    who: SARAH,
    style: "misspelt, terse",
    turns: [
      {
        say: "refnd 1002 pls",
        mention: ["ORD-1002", "428.00 USD"],
        avoid: ["what would you like me to help with"],
        proposes: "refund",
      },
      { say: "ya", mention: ["refunded 428.00 USD"], proposes: null },
      { say: "cool thx", avoid: ["refunded 428"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "6th round: a cancellation turned into an address change mid-proposal",
    who: SARAH,
    style: "change of mind",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "wait no, change the address instead",
        mention: ["new address"],
        avoid: ["is cancelled"],
        proposes: null,
      },
      {
        say: "10 Downing Street, London SW1A 2AA, UK",
        mention: ["London"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "6th round: the keyboard's address can't change once shipped; the speed-up is declined",
    who: MIKE,
    style: "refused, then an alternative turned down",
    turns: [
      {
        say: "change the delivery address of my keyboard order to 5 Main St, Springfield, IL 62701",
        mention: ["ORD-2001", "shipped"],
        proposes: null,
      },
      {
        say: "oh ok. can u speed it up then",
        mention: ["9.99 USD"],
        proposes: "expedite_delivery",
      },
      { say: "no thanks", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
];
