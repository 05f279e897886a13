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
        // A missing frother is sent as missing (was "the right Milk Frother", as for a wrong one).
        mention: ["Milk Frother was missing, I can send it", "ORD-1002", "29\\.00"],
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
        mention: ["ORD-1003", "ORD-1001", "once it's delivered", "Trail Running Shoes off"],
        avoid: ["are in stock"],
        // The shoes of unshipped ORD-1003 off the order, not all of it cancelled (talk38).
        proposes: "modify_items",
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
];
