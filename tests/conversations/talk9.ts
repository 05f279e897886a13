/**
 * Conversations of the ninth round (the talk9 branch): returns, refunds, exchanges and
 * replacements, damaged / missing / wrong items, and messages with two questions or two
 * requests — every question answered, the change about the order meant.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The ninth round's conversations (the talk9 branch). */
export const TALK9: Conversation[] = [
  {
    name:
      "9th round: Emma's cracked mixer bowl, 'can i get a replacement?' and her other order in one message",
    who: EMMA,
    style: "two requests and a question in one message, lower case",
    turns: [
      {
        say:
          "hi, the stand mixer arrived with a cracked bowl. can i get a replacement? and whats happening with my other order",
        mention: ["replacement", "ORD-3002", "ORD-3001", "lost"],
        avoid: ["I can refund 349\\.00 USD to your original payment method right away"],
        facts: [{ order: "ORD-3001", field: "status" }],
        proposes: "replacement",
        handoff: "none",
      },
      { say: "yes", mention: ["replacement", "ORD-3002"], proposes: null, handoff: "none" },
      { say: "thanks!", proposes: null, handoff: "none" },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name:
      "9th round: Sarah's frother missing from her espresso order: the frother's 29.00 offered, 'can you send it?' sends it",
    who: SARAH,
    style: "terse, a question as the choice",
    turns: [
      {
        say: "the frother from my espresso order is missing from the box",
        mention: ["29\\.00 USD", "ORD-1002"],
        avoid: ["refund 428\\.00"],
        proposes: "refund",
      },
      {
        say: "can you send it?",
        mention: ["send you the right Milk Frother", "ORD-1002", "29\\.00"],
        avoid: ["not sure whether", "shipping options", "refund the full 428"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "9th round: the wrong frother came, 'i want an exchange' is the right item sent",
    who: SARAH,
    style: "plain, an exchange asked while a refund waits",
    turns: [
      {
        say: "i got the wrong item in ORD-1002, the frother is a different model",
        mention: ["ORD-1002", "right item"],
        proposes: "refund",
      },
      {
        say: "i want an exchange",
        mention: ["send you the right Milk Frother", "29\\.00"],
        avoid: ["not sure whether"],
        proposes: "replacement",
      },
      { say: "ok yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "9th round: 'cancel 1003, and how long does the refund take?' — proposed and answered",
    who: SARAH,
    style: "terse request plus a question",
    turns: [
      {
        say: "cancel 1003, and how long does the refund take?",
        mention: ["ORD-1003", "5 business days"],
        avoid: ["I don't see a refund"],
        facts: [{ order: "ORD-1003", field: "total" }],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "9th round: Mike asks 'is it shipped yet? also do you have gift cards' — both answered",
    who: MIKE,
    style: "chat slang, two questions",
    turns: [
      {
        say: "is it shipped yet? also do you have gift cards",
        mention: ["which order", "gift card"],
        proposes: null,
      },
      {
        say: "ok and the keyboard, when does it arrive",
        mention: ["ORD-2001"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        proposes: null,
      },
      { say: "k thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "9th round: the price of the frother and when a refund lands, then its return",
    who: SARAH,
    style: "two questions, then a return of one item of two",
    turns: [
      {
        say: "how much was the frother and when will the refund land?",
        mention: ["29\\.00", "refund"],
        proposes: null,
      },
      {
        say: "i want to return the frother",
        mention: ["Milk Frother", "ORD-1002"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "9th round: Emma, long and polite: broken mixer refunded, the lost vacuum's choice put off and raised after the yes",
    who: EMMA,
    style: "long and polite, a remedy and a question about another order",
    turns: [
      {
        say:
          "Hello, I hope you are well. My stand mixer came broken and I would like my money back. Could you also tell me when the robot vacuum will finally arrive?",
        mention: ["ORD-3002", "349\\.00", "ORD-3001", "lost", "once this is settled"],
        avoid: ["which would you prefer", "I can also help with the refund"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        proposes: "refund",
        handoff: "none",
      },
      {
        say: "yes please",
        mention: ["refunded 349\\.00", "ORD-3001"],
        avoid: ["about the refund"],
        proposes: null,
      },
      {
        say: "yes",
        mention: ["ORD-3001", "lost", "which would you prefer"],
        avoid: ["running late", "investigation"],
        proposes: null,
        handoff: "none",
      },
      { say: "a replacement please", mention: ["ORD-3001"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null, handoff: "none" },
    ],
    changes: [
      { action: "refund", target: "ORD-3002" },
      { action: "replacement", target: "ORD-3001" },
    ],
  },
  {
    name:
      "9th round: Sarah 'returned the espresso machine last week, wheres my refund??' — no return on record, how to match it",
    who: SARAH,
    style: "chat slang, double question marks",
    turns: [
      {
        say: "hey i returned the espresso machine last week, wheres my refund??",
        mention: ["don't see a return opened for order ORD-1002", "colleague", "tracking number"],
        avoid: ["If you'd like one"],
        proposes: "escalate_supervisor",
        handoff: "none",
      },
      { say: "yes pls", mention: ["supervisor"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "customer_note", target: "CUST-0001" }],
  },
  {
    name:
      "9th round: Mike asks after the keyboard, then 'what about the monitor one, can i cancel that?' cancels the monitor",
    who: MIKE,
    style: "switching orders mid-flow, chat style",
    turns: [
      { say: "whats up with my keyboard", mention: ["ORD-2001"], proposes: null },
      {
        say: "and what about the monitor one, can i cancel that?",
        mention: ["ORD-2002", "cancel"],
        avoid: ["An order can be cancelled until it ships"],
        proposes: "cancel_order",
      },
      { say: "yes please", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "9th round: 'my refund for the frother hasnt come through' with none issued: said so, a colleague's check offered",
    who: SARAH,
    style: "terse, a refund that never was",
    turns: [
      {
        say: "my refund for the frother hasnt come through",
        mention: ["don't see a refund issued on order ORD-1002", "colleague"],
        avoid: ["If you'd like one", "on its way"],
        proposes: "escalate_supervisor",
        handoff: "none",
      },
      { say: "yes", mention: ["supervisor"], proposes: null },
      { say: "ok thanks", proposes: null },
    ],
    changes: [{ action: "customer_note", target: "CUST-0001" }],
  },
  {
    name:
      "9th round: 'can i return the shoes? and the headphones too?' — both orders answered, nothing done on a no",
    who: SARAH,
    style: "two questions, the second elliptical",
    turns: [
      {
        say: "can i return the shoes? and the headphones too?",
        mention: ["ORD-1003", "ORD-1001", "once it's delivered"],
        avoid: ["are in stock"],
        proposes: "cancel_order",
      },
      { say: "no leave it", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "9th round: Emma thinks a return is open for the mixer; 'can u check the vacuum' is her lost vacuum, not the catalogue's",
    who: EMMA,
    style: "a wrong belief, then a switch of order mid-flow",
    turns: [
      {
        say: "i already have a return open for the mixer right? when do i get my money",
        mention: ["don't see a return opened for order ORD-3002"],
        avoid: ["If you'd like one"],
        proposes: "return_item",
      },
      {
        say: "ok and can u check the vacuum",
        mention: ["ORD-3001", "lost"],
        avoid: ["Cordless Stick Vacuum"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
  {
    name:
      "9th round: Mike's keyboard came with a broken spacebar (not delivered on record), 'ok send a new keyboard'",
    who: MIKE,
    style: "chat style, a problem and a payment question, then a replacement by the thing's name",
    turns: [
      {
        say:
          "hey the keyboard i got has a broken spacebar, and i never got an email about the monitor payment??",
        mention: ["hasn't recorded the delivery of order ORD-2001", "ORD-2002"],
        proposes: null,
      },
      {
        say: "ok send a new keyboard",
        mention: ["ORD-2001"],
        avoid: ["Just to make sure I help with the right thing"],
        proposes: null,
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
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
];
