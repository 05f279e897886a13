/**
 * More conversations of the ninth round (the talk9 branch): refunds awaited, returns believed
 * open, corrections of the item, handoffs about two orders, and rules asked two at a time.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The rest of the ninth round's conversations (the talk9 branch). */
export const TALK9_MORE: Conversation[] = [
  {
    name:
      "9th round: Sarah, polite: when the headphones arrive and a return of just the frother, in one message",
    who: SARAH,
    style: "long and polite, two requests",
    turns: [
      {
        say:
          "Hi there! Two things please: could you tell me when my headphones will arrive, and could I return just the milk frother from my earlier order?",
        mention: ["ORD-1001", "Milk Frother", "ORD-1002"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["return"], proposes: null },
      { say: "thank you so much", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "9th round: Emma returns the damaged mixer and asks how long the refund takes once it's back — both answered",
    who: EMMA,
    style: "terse, a return and a question",
    turns: [
      {
        say:
          "the mixer is damaged, i want to return it. how long does the refund take once u get it?",
        mention: ["ORD-3002", "once the parcel is back with us", "5 business days"],
        avoid: ["If you'd like one"],
        proposes: "return_item",
      },
      { say: "ok go ahead", mention: ["return"], proposes: null },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
  {
    name:
      "9th round: Mike asks for a refund of the unpaid monitor and where the keyboard is — each answered",
    who: MIKE,
    style: "three parts, chat slang",
    turns: [
      {
        say: "can i get a refund on the monitor? i havent paid yet tho. also wheres the keyboard",
        mention: ["ORD-2002", "nothing to refund", "ORD-2001"],
        avoid: ["I don't see a refund on order ORD-2001"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        proposes: null,
      },
      { say: "ok", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "9th round: 'i want a refund for the one that hasnt shipped' cancels ORD-1003",
    who: SARAH,
    style: "an order named by its state",
    turns: [
      {
        say: "i want a refund for the one that hasnt shipped",
        mention: ["ORD-1003", "cancel"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled", "192\\.00"], proposes: null },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "9th round: 'retrun the expresso machine pls', then 'wait no, the frother only' returns the frother alone",
    who: SARAH,
    style: "misspelt, a correction of the item while the return waits",
    turns: [
      {
        say: "retrun the expresso machine pls",
        mention: ["Espresso Machine", "ORD-1002"],
        proposes: "return_item",
      },
      {
        say: "wait no, the frother only",
        mention: ["Milk Frother", "ORD-1002"],
        avoid: ["won't start the return", "nothing has been changed"],
        proposes: "return_item",
      },
      { say: "ya", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "9th round: 'is my refund for 1002 done? and did the headphones ship yet' — both answered",
    who: SARAH,
    style: "terse, two questions about two orders",
    turns: [
      {
        say: "is my refund for 1002 done? and did the headphones ship yet",
        mention: ["ORD-1002", "ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      { say: "ok cool", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "9th round: upset VIP 'the mixer arrived dented. also is there any news on the vacuum??' — handed over with both orders' facts",
    who: EMMA,
    style: "upset, double marks, a problem and a question about two orders",
    turns: [
      {
        say: "hi!! the mixer arrived dented. also is there any news on the vacuum??",
        mention: ["ORD-3002", "ORD-3001", "lost"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        proposes: null,
        handoff: "new",
      },
      {
        say: "replacement for the mixer pls",
        mention: ["Stand Mixer", "ORD-3002"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name:
      "9th round: Emma, formal: refund the defective mixer, then 'And the vacuum? I would prefer a replacement.'",
    who: EMMA,
    style: "long and polite, a remedy and a question, then a replacement for the other order",
    turns: [
      {
        say:
          "Good morning. The stand mixer I received is defective and my robot vacuum has not arrived. Could you refund the mixer and tell me what is happening with the vacuum, please?",
        mention: ["349\\.00", "ORD-3001", "lost"],
        avoid: ["which would you prefer"],
        proposes: "refund",
      },
      { say: "Yes, please go ahead.", mention: ["refunded 349\\.00"], proposes: null },
      {
        say: "And the vacuum? I would prefer a replacement.",
        mention: ["ORD-3001", "Robot Vacuum Cleaner"],
        avoid: ["Cordless Stick Vacuum"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3002" },
      { action: "replacement", target: "ORD-3001" },
    ],
  },
  {
    name:
      "9th round: Sarah starts a return of the delivered order, then cancels 'the other one, the one not shipped' instead",
    who: SARAH,
    style: "switching orders mid-flow, by state",
    turns: [
      {
        say: "i need to return something from my delivered order",
        mention: ["ORD-1002"],
        proposes: "return_item",
      },
      {
        say: "actually can i cancel the other one instead, the one not shipped",
        mention: ["ORD-1003"],
        facts: [{ order: "ORD-1003", field: "total" }],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "9th round: Mike 'refund status?' then 'for the keyboard' — the refund of ORD-2001, not the catalogue",
    who: MIKE,
    style: "terse, the order named in answer to our question",
    turns: [
      {
        say: "refund status?",
        mention: ["ORD-2001", "ORD-2002"],
        proposes: null,
      },
      {
        say: "for the keyboard",
        mention: ["ORD-2001", "refund"],
        avoid: ["in stock", "109\\.00"],
        proposes: null,
      },
      { say: "ok thx", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "9th round: a guest asks 'how do returns work and how long do refunds take?' — both rules told",
    who: "new.shopper@example.net",
    style: "a guest, two policy questions in one",
    turns: [
      {
        say: "how do returns work and how long do refunds take?",
        mention: ["30 days of delivery", "prepaid return label", "5 business days"],
        proposes: null,
      },
      { say: "ok and do you do exchanges", mention: ["swap", "replaced"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "9th round: Emma 'pls refund the vacuum and tell me the status of the mixer return' — refund proposed, no return on record said",
    who: EMMA,
    style: "terse, a request and a question about another order",
    turns: [
      {
        say: "pls refund the vacuum and tell me the status of the mixer return",
        mention: ["313\\.99", "ORD-3001", "don't see a return opened for order ORD-3002"],
        avoid: ["If you'd like one"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 313\\.99"], proposes: null },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "9th round: Emma's broken mixer refunded, then 'where is ORD-3002' — refunded, not 'running late' (and no handoff)",
    who: EMMA,
    style: "terse, the order asked about after its refund",
    turns: [
      { say: "refund ORD-3002 its broken", mention: ["349\\.00"], proposes: "refund" },
      { say: "yes", mention: ["refunded 349\\.00"], proposes: null },
      {
        say: "where is ORD-3002",
        mention: ["ORD-3002", "refunded"],
        avoid: ["running late", "delayed"],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
];
