/**
 * The twenty-fourth round, second part: replies that narrow, widen, correct or carry the
 * waiting change to another order — "only the frother", "yes 4", "all of them", "yes cancel it
 * but keep the shoes", "do the same for 1001" — and goods of theirs named with "change my".
 * The ledger shows exactly what the shopper agreed to.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
/** What the unclear reading says: a yes asked again. */
const UNSURE = "yes or a no";

/** The twenty-fourth round's second part. */
export const TALK24_MORE: Conversation[] = [
  {
    name: "24th round: 'only the frother' while the whole order's refund waits: 29.00, not 428.00",
    who: SARAH,
    style: "narrowed without a no",
    turns: [
      { say: "refund ORD-1002", mention: ["428\\.00"], proposes: "refund" },
      {
        // Was "not sure whether that's a yes or a no" — and the yes after it refunded 428.00.
        say: "only the frother",
        mention: ["29\\.00", "Milk Frother"],
        avoid: [UNSURE, "frustrating"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], avoid: ["428\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'yes 4' while 2 → 3 bottles waits proposes 4; the yes carries out 4",
    who: SARAH,
    style: "a yes with another count",
    turns: [
      {
        say: "change the bottles on 1003 to 3",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      {
        // Was "not sure whether that's a yes or a no" — and the yes after it made it 3.
        say: "yes 4",
        mention: ["from 2 to 4"],
        avoid: [UNSURE, "Done"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 260\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'the bottles' after we asked which item, then 'all of them' is the yes",
    who: SARAH,
    style: "an item as the answer, then all of them",
    turns: [
      {
        say: "i want to remove something from 1003",
        mention: ["Which item"],
        proposes: null,
      },
      {
        say: "the bottles",
        mention: ["remove the Insulated Water Bottle"],
        proposes: "modify_items",
      },
      {
        say: "all of them",
        mention: ["new total is 124\\.00"],
        avoid: [UNSURE],
        proposes: null,
      },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'i want to change my water bottles' is the order's goods, then a count",
    who: SARAH,
    style: "change my <goods>, a number as the answer",
    turns: [
      {
        // Was the account's profile settings ("Account → Profile").
        say: "i want to change my water bottles",
        mention: ["ORD-1003", "How many"],
        avoid: ["Profile", "newsletter"],
        proposes: null,
      },
      { say: "4", mention: ["from 2 to 4"], proposes: "modify_items" },
      { say: "yes", mention: ["new total is 260\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'yes cancel it but keep the shoes' removes the bottles, not the order",
    who: SARAH,
    style: "yes with what is kept",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        // Was the whole order's cancellation asked again.
        say: "yes cancel it but keep the shoes",
        mention: ["remove 2× Insulated Water Bottle", "rest of the order stays"],
        avoid: ["is cancelled"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 124\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'yes please, all of it' to the whole order's cancellation cancels it once",
    who: SARAH,
    style: "yes with the whole named",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        // Was "not sure whether that's a yes or a no".
        say: "yes please, all of it",
        mention: ["ORD-1003 is cancelled"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "yes", avoid: ["Done"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'do the same for 1001' keeps the frother's return as it waited",
    who: SARAH,
    style: "same for another order",
    turns: [
      {
        say: "return the frother from 1002",
        mention: ["Milk Frother", "rest of the order stays"],
        proposes: "return_item",
      },
      {
        // Was the whole of ORD-1002's return proposed (the espresso machine too).
        say: "do the same for 1001",
        mention: ["Milk Frother from order ORD-1002", "ORD-1001 is still on its way"],
        avoid: ["\\(Espresso Machine and Milk Frother\\) can be returned"],
        proposes: "return_item",
      },
      { say: "ok go ahead", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'same for ORD-1001 please' keeps the frother's refund at 29.00",
    who: SARAH,
    style: "same for another order, refund",
    turns: [
      { say: "refund the frother from 1002", mention: ["29\\.00"], proposes: "refund" },
      {
        // Was the whole order's 428.00 refund proposed in its place.
        say: "same for ORD-1001 please",
        mention: ["29\\.00", "still on its way"],
        avoid: ["428\\.00"],
        proposes: "refund",
      },
      { say: "no thanks", avoid: ["Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "24th round: 'hmm just the bottles' to the whole cancellation, then 'yep'",
    who: SARAH,
    style: "hesitation, then the part",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        say: "hmm just the bottles",
        mention: ["remove 2× Insulated Water Bottle"],
        avoid: ["is cancelled"],
        proposes: "modify_items",
      },
      { say: "yep", mention: ["new total is 124\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: Emma's 'actually both orders' widens the mixer's refund to the vacuum's",
    who: EMMA,
    style: "widened to another order",
    turns: [
      { say: "refund ORD-3002", mention: ["349\\.00"], proposes: "refund" },
      {
        say: "actually both orders",
        mention: ["313\\.99", "One yes covers both"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 349\\.00", "refunded 313\\.99"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "24th round: 'yes to the refund only' drops the waiting cancellation for the refund",
    who: SARAH,
    style: "a yes to one of two changes asked together",
    turns: [
      {
        say: "cancel 1003 and refund 1002",
        mention: ["ORD-1003", "refund of order ORD-1002 once this is settled"],
        proposes: "cancel_order",
      },
      {
        // Was the cancellation proposed again ("the quickest way to get your money back").
        say: "yes to the refund only",
        mention: ["428\\.00", "ORD-1002", "left order ORD-1003 as it was"],
        avoid: ["is cancelled", "quickest way"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 428\\.00"], avoid: ["You also asked"], proposes: null },
      { say: "yes", avoid: ["Done", "cancel"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'just the one' while the whole order's return waits asks which item",
    who: SARAH,
    style: "just the one",
    turns: [
      { say: "return ORD-1002", proposes: "return_item" },
      {
        // Was "not sure whether that's a yes or a no".
        say: "just the one",
        mention: ["which would you like to send back", "Espresso Machine", "Milk Frother"],
        avoid: [UNSURE],
        proposes: "return_item",
      },
      {
        say: "the frother",
        mention: ["Milk Frother from order ORD-1002"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "24th round: Mike's 'yes cancel the monitor' to 2002's cancellation cancels it once",
    who: "mike.johnson@example.com",
    style: "yes with the order's only goods",
    turns: [
      { say: "cancel 2002", mention: ["27-inch 4K Monitor"], proposes: "cancel_order" },
      {
        // Was the cancellation asked again.
        say: "yes cancel the monitor",
        mention: ["ORD-2002 is cancelled"],
        avoid: ["Shall I go ahead", "Reply yes"],
        proposes: null,
      },
      { say: "thanks", avoid: ["haven't done anything"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "24th round: Emma's 'yes send the mixer' is the replacement's yes, not a return",
    who: EMMA,
    style: "yes with the goods and the change's verb",
    turns: [
      { say: "send me a new mixer", mention: ["new Stand Mixer"], proposes: "replacement" },
      {
        // Was a return of ORD-3002 proposed in the replacement's place.
        say: "yes send the mixer",
        mention: ["replacement for order ORD-3002"],
        avoid: ["return label", "start a return"],
        proposes: null,
      },
      { say: "ok", avoid: ["Done"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "24th round: 'yes refund the vacuum please' is the yes to the lost vacuum's refund",
    who: EMMA,
    style: "yes with goods two catalogue products share a word of",
    turns: [
      { say: "refund my vacuum", mention: ["313\\.99"], proposes: "refund" },
      {
        say: "yes refund the vacuum please",
        mention: ["refunded 313\\.99"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "thanks", avoid: ["haven't done anything"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "24th round: 'yh get rid of them' while the shoes' removal waits takes them off",
    who: SARAH,
    style: "slang yes with the removal's words",
    turns: [
      { say: "remove the shoes from ORD-1003", proposes: "modify_items" },
      {
        say: "yh get rid of them",
        mention: ["new total is 68\\.00"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "ok", avoid: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'what happens to my money?' while the frother's return waits: 29.00",
    who: SARAH,
    style: "a question about the waiting change's money",
    turns: [
      { say: "return the frother from 1002", proposes: "return_item" },
      {
        // Was "the 428.00 USD is refunded" — the whole order's, for the frother's return.
        say: "what happens to my money?",
        mention: ["29\\.00 USD is refunded"],
        avoid: ["428\\.00", "Done —", "is open"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'what are my options now' while the frother's return waits lists them",
    who: SARAH,
    style: "options asked with 'now'",
    turns: [
      { say: "can i remove the frother from 1002", proposes: "return_item" },
      {
        // Was "not sure whether that's a yes or a no".
        say: "what are my options now",
        mention: ["your call", "29\\.00"],
        avoid: [UNSURE, "428\\.00"],
        proposes: "return_item",
      },
      { say: "no", mention: ["won't start the return"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "24th round: 'yes and the shoes too' while the bottles' removal waits: the cancellation",
    who: SARAH,
    style: "yes, widened to the other line",
    turns: [
      { say: "remove the bottles from 1003", proposes: "modify_items" },
      {
        // Was unclear, and the yes after it took the bottles alone off.
        say: "yes and the shoes too",
        mention: ["every item", "cancelling the order", "192\\.00"],
        avoid: [UNSURE],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'yes 2 bottles' while 2 → 3 waits is back to two: dropped, nothing done",
    who: SARAH,
    style: "a yes with the count the order has",
    turns: [
      { say: "change my water bottles on ORD-1003 to 3", proposes: "modify_items" },
      {
        say: "yes 2 bottles",
        mention: ["already has 2× Insulated Water Bottle", "dropped"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "yes", avoid: ["Done", "226\\.00"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "24th round: 'refund the frother and the espresso machine' widens the frother's refund",
    who: SARAH,
    style: "more goods named than the change waiting",
    turns: [
      { say: "refund the frother from 1002", mention: ["29\\.00"], proposes: "refund" },
      {
        // Was unclear, and the yes after it refunded the frother's 29.00 alone.
        say: "refund the frother and the espresso machine",
        mention: ["428\\.00"],
        avoid: [UNSURE],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 428\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
];
