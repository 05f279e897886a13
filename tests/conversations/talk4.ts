/**
 * Conversations found by a support lead's fourth round of talking (the talk4 branch), about
 * orders and goods: changes to orders and what arrived. A misspelt order line, a yes after
 * a hesitation, a return of one item widened to both, and the rounds held as the cast.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by talking to the system about orders and goods (talk4). */
export const TALK4: Conversation[] = [
  {
    name: "Sarah adds 'another water botle to my shoes order': the bottles, not the shoes",
    who: SARAH,
    style: "a typo in an order line",
    turns: [
      {
        say: "add another water botle to my shoes order",
        proposes: "modify_items",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["which item", "Trail Running Shoes from"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
      { say: "thanks", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah cancels ORD-1003 and answers 'hmm ok fine yes': cancelled once",
    who: SARAH,
    style: "a yes after a hesitation",
    turns: [
      { say: "can you cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "hmm ok fine yes",
        proposes: null,
        mention: ["cancelled"],
        avoid: ["yes or a no"],
      },
      { say: "yes", proposes: null, avoid: ["cancelled again"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the milk frother of ORD-1002, then 'both please': both go back",
    who: SARAH,
    style: "one item of several, then both",
    turns: [
      {
        say: "i want to return the milk frother from ORD-1002",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays with you"],
      },
      {
        say: "both please",
        proposes: "return_item",
        mention: ["Espresso Machine and Milk Frother"],
        avoid: ["rest of the order stays", "yes or a no"],
      },
      { say: "yes", proposes: null, mention: ["return for order ORD-1002 is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Sarah sends back 'the frother from my espresso order', then 'the espresso machine too'",
    who: SARAH,
    style: "an item naming the order, then one more",
    turns: [
      {
        say: "can i send back the frother from my espresso order",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays with you"],
      },
      {
        say: "the espresso machine too",
        proposes: "return_item",
        mention: ["Espresso Machine and Milk Frother"],
        avoid: ["rest of the order stays"],
      },
      { say: "yep", proposes: null, mention: ["return for order ORD-1002 is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },

  {
    name: "Mike asks 'where's my order and send me the invoice': both about ORD-2001",
    who: MIKE,
    style: "a status and an invoice in one message",
    turns: [
      {
        say: "where's my order and send me the invoice",
        proposes: null,
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        mention: ["invoice for order ORD-2001"],
        avoid: ["which order", "ORD-2002"],
      },
      {
        say: "invoice please and whats the status",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["which order do you mean"],
      },
      { say: "ok thanks", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [],
  },

  {
    name:
      "Sarah cancels her shoes order, then 'can i just change the address instead': not cancelled",
    who: SARAH,
    style: "a change of mind to another change",
    turns: [
      { say: "hi can u cancel my shoes order pls", proposes: "cancel_order" },
      {
        say: "wait actually can i just change the address instead",
        proposes: null,
        mention: ["new address", "left order ORD-1003 as it was"],
        avoid: ["shall I cancel"],
      },
      {
        say: "12 Baker Street, London NW1 6XE, UK",
        proposes: "change_address",
        mention: ["London"],
        avoid: ["yes or a no"],
      },
      { say: "yes", proposes: null, mention: ["new address"], avoid: ["cancelled"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },

  {
    name:
      "Sarah can't re-address the shipped ORD-1001, then 'what about 1003 then' and gives the address",
    who: SARAH,
    style: "a refused change carried to another order",
    turns: [
      {
        say: "i want to change the delivery address for ORD-1001",
        proposes: null,
        mention: ["already shipped"],
      },
      {
        say: "oh ok. what about 1003 then",
        proposes: null,
        mention: ["ORD-1003", "new address"],
        avoid: ["being prepared and hasn't shipped yet\\. Our current estimate"],
      },
      {
        say: "45 Elm Road, Cambridge CB1 2AB, UK",
        proposes: "change_address",
        mention: ["Cambridge"],
      },
      { say: "yes pls", proposes: null, mention: ["new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Mike can't cancel the shipped keyboard, then 'what about 2002' and cancels the monitor",
    who: MIKE,
    style: "a refused cancellation carried to another order",
    turns: [
      { say: "cancel 2001", proposes: null, mention: ["already shipped"] },
      { say: "what about 2002", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },

  {
    name:
      "Emma's lost ORD-3001 replaced, then 'how long will it take', 'when will the new one arrive?'",
    who: EMMA,
    style: "questions about a change just done",
    turns: [
      { say: "ORD-3001 never came, send a replacement", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["arranged a replacement"] },
      {
        say: "how long will it take",
        proposes: null,
        mention: ["replacement for order ORD-3001", "should be with you by"],
        avoid: ["shipping options", "which would you prefer"],
      },
      {
        say: "when will the new one arrive?",
        proposes: null,
        mention: ["ORD-3001", "should be with you by"],
        avoid: ["ORD-3002", "which would you prefer"],
      },
      {
        say: "did it work?",
        proposes: null,
        mention: ["arranged a replacement"],
        avoid: ["which would you prefer"],
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah's ORD-1002 refunded, then 'how long will it take': when the money arrives",
    who: SARAH,
    style: "a question about a refund just made",
    turns: [
      { say: "refund ORD-1002 please", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
      {
        say: "how long will it take",
        proposes: null,
        mention: ["5 business days"],
        avoid: ["shipping options", "Just to make sure"],
      },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },

  {
    name: "Sarah sets the bottles to 1, then 'actually make it 4': four, not one",
    who: SARAH,
    style: "a count corrected while the change waits",
    turns: [
      {
        say: "change the water bottles to 1 please",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      {
        say: "actually make it 4",
        proposes: "modify_items",
        mention: ["from 2 to 4"],
        avoid: ["yes or a no"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah removes the shoes, then 'no wait, I meant the bottles': the bottles go",
    who: SARAH,
    style: "an item corrected while the change waits",
    turns: [
      { say: "can i change my order", proposes: null, mention: ["Which item"] },
      { say: "remove the shoes", proposes: "modify_items", mention: ["remove the Trail"] },
      {
        say: "no wait, I meant the bottles",
        proposes: "modify_items",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["How many", "left order ORD-1003 as it was"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
