/**
 * Conversations of the twelfth round (the talk12 branch): a clear yes said beside a question
 * (the change is carried out and the question answered), a call-off before a question (the
 * change is dropped and the question answered), a speed-up asked of several orders, "same
 * for the other one" while a change waits, and orders named by age while something waits.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The twelfth round's conversations (the talk12 branch). */
export const TALK12: Conversation[] = [
  {
    name: "12th round: 'sounds good. also whats the status of 1001?' cancels 1003 and answers",
    who: SARAH,
    style: "lower case, a yes and a question",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "sounds good. also whats the status of 1001?",
        mention: ["ORD-1003 is cancelled", "ORD-1001"],
        avoid: ["haven't done anything", "not sure whether"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      { say: "thanks", avoid: ["cancel"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "12th round: Mike's misspelt cancellation, then 'yea go ahead. oh and wheres 2001 at'",
    who: MIKE,
    style: "misspelt, chat slang",
    turns: [
      { say: "pls cancle 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "yea go ahead. oh and wheres 2001 at",
        mention: ["ORD-2002 is cancelled", "ORD-2001"],
        avoid: ["haven't done anything"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        proposes: null,
      },
      { say: "yes", avoid: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "12th round: a long polite yes with a question about PayPal cancels and answers",
    who: SARAH,
    style: "long and polite",
    turns: [
      {
        say: "Hello, could you please cancel order 1003 for me?",
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      {
        say:
          "Yes, please go ahead. Also, could you tell me whether you accept PayPal for future orders?",
        mention: ["cancelled", "PayPal"],
        avoid: ["haven't done anything"],
        proposes: null,
      },
      { say: "Thank you very much, that's all.", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "12th round: 'yep!! btw wat payment methods do u take' cancels once; a second yes does nothing",
    who: MIKE,
    style: "chat slang, exclamation marks",
    turns: [
      { say: "cancl 2002 plz", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "yep!! btw wat payment methods do u take",
        mention: ["ORD-2002 is cancelled", "PayPal"],
        proposes: null,
      },
      { say: "yes", avoid: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "12th round: 'Sure, go ahead. By the way, is the order 1001 still on its way?'",
    who: SARAH,
    style: "polite, by the way",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "Sure, go ahead. By the way, is the order 1001 still on its way?",
        mention: ["ORD-1003 is cancelled", "ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      { say: "great", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "12th round: 'yes. when will it arrive?' about the order being cancelled is no yes",
    who: MIKE,
    style: "terse, a question about the same order",
    turns: [
      { say: "cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "yes. when will it arrive?",
        mention: ["haven't done anything", "ORD-2002"],
        avoid: ["is cancelled"],
        proposes: "cancel_order",
      },
      { say: "no", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "12th round: 'yes please. btw how long do refunds take?' asks about the refund: no yes yet",
    who: EMMA,
    style: "lower case, a question about the change",
    turns: [
      { say: "refund 3001", mention: ["ORD-3001"], proposes: "refund" },
      {
        say: "yes please. btw how long do refunds usually take?",
        mention: ["5 business days", "haven't done anything"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded", "ORD-3001"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "12th round: 'ok nvm. when will it ship' drops the cancellation and answers",
    who: SARAH,
    style: "chat slang, a call-off then a question",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "ok nvm. when will it ship",
        mention: ["ORD-1003", "left order ORD-1003 as it was"],
        avoid: ["haven't done anything", "shall I cancel"],
        proposes: null,
      },
      { say: "ok thx", avoid: ["cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "12th round: 'hmm forget that. whats the status of 3002' drops Emma's refund",
    who: EMMA,
    style: "hesitant, a call-off then another order",
    turns: [
      { say: "i want a refund for 3001", mention: ["ORD-3001"], proposes: "refund" },
      {
        say: "hmm forget that. whats the status of 3002",
        mention: ["ORD-3002", "left order ORD-3001 as it was"],
        facts: [{ order: "ORD-3002", field: "status" }],
        proposes: null,
      },
      { say: "yes", avoid: ["refunded"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "12th round: 'oh wait scratch that, where is 1001 now?' drops the speed-up",
    who: SARAH,
    style: "a call-off after a filler",
    turns: [
      { say: "speed up 1003", mention: ["ORD-1003", "express"], proposes: "expedite_order" },
      {
        say: "oh wait scratch that, where is 1001 now?",
        mention: ["ORD-1001", "left order ORD-1003 as it was"],
        proposes: null,
      },
      { say: "ok cool", proposes: null },
    ],
    changes: [],
  },
  {
    name: "12th round: Mike asks to speed up 2001 and 2002: one yes speeds up both",
    who: MIKE,
    style: "two orders by number",
    turns: [
      {
        say: "can you speed up 2001 and 2002",
        mention: ["ORD-2001", "ORD-2002", "One yes covers both"],
        proposes: "expedite_delivery",
      },
      { say: "ok go", mention: ["ORD-2001", "ORD-2002"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800002001" },
      { action: "expedite_order", target: "ORD-2002" },
    ],
  },
  {
    name:
      "12th round: 'expedite both my orders' is Sarah's two still to come, not the delivered one",
    who: SARAH,
    style: "terse, none named",
    turns: [
      {
        say: "expedite both my orders",
        mention: ["ORD-1001", "ORD-1003", "One yes covers both"],
        avoid: ["ORD-1002"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1001", "ORD-1003"], proposes: null },
      { say: "perfect thanks", proposes: null },
    ],
    changes: [
      { action: "expedite_order", target: "ORD-1003" },
      { action: "expedite_tracking", target: "TRK8800001001" },
    ],
  },
  {
    name: "12th round: 'expedite both my orders pls' for Mike, then a yes",
    who: MIKE,
    style: "lower case, pls",
    turns: [
      {
        say: "expedite both my orders pls",
        mention: ["ORD-2001", "ORD-2002"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-2001", "ORD-2002"], proposes: null },
      { say: "cool", proposes: null },
    ],
    changes: [
      { action: "expedite_order", target: "ORD-2002" },
      { action: "expedite_tracking", target: "TRK8800002001" },
    ],
  },
  {
    name: "12th round: 'can u rush 1001 and 1003 pls', then 'nah leave it': neither changes",
    who: SARAH,
    style: "chat slang, then a no",
    turns: [
      {
        say: "can u rush 1001 and 1003 pls",
        mention: ["ORD-1001", "ORD-1003"],
        proposes: "expedite_delivery",
      },
      {
        say: "nah leave it",
        mention: ["ORD-1001", "ORD-1003", "nothing has been changed"],
        proposes: null,
      },
      { say: "yes", avoid: ["sped up", "upgraded"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "12th round: 'same for the other one' while 2002's cancellation waits: 2001 has shipped",
    who: MIKE,
    style: "terse reference",
    turns: [
      { say: "cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "same for the other one",
        mention: ["ORD-2001", "shipped", "ORD-2002"],
        avoid: ["not sure whether"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "12th round: Emma's 'same for 3002' while 3001's refund waits refunds both on one yes",
    who: EMMA,
    style: "terse, by number",
    turns: [
      { say: "refund 3001 please", mention: ["ORD-3001"], proposes: "refund" },
      {
        say: "same for 3002",
        mention: ["ORD-3001", "ORD-3002", "One yes covers both"],
        avoid: ["not sure whether", "still on its way"],
        proposes: "refund",
      },
      { say: "yes", mention: ["ORD-3001", "ORD-3002"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "refund", target: "ORD-3002" },
    ],
  },
  {
    name: "12th round: 'same for 1001 pls' while 1003's speed-up waits speeds up both",
    who: SARAH,
    style: "terse, pls",
    turns: [
      { say: "speed up 1003", mention: ["ORD-1003"], proposes: "expedite_order" },
      {
        say: "same for 1001 pls",
        mention: ["ORD-1001", "ORD-1003", "One yes covers both"],
        avoid: ["Standard shipping takes"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1001", "ORD-1003"], proposes: null },
    ],
    changes: [
      { action: "expedite_order", target: "ORD-1003" },
      { action: "expedite_tracking", target: "TRK8800001001" },
    ],
  },
  {
    name: "12th round: 'and the other one too', then 'no': nothing cancelled",
    who: MIKE,
    style: "lower case, too",
    turns: [
      { say: "can u cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "and the other one too",
        mention: ["ORD-2001", "ORD-2002"],
        proposes: "cancel_order",
      },
      { say: "no", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "12th round: a bare 'never mind' while queued withdraws the person; the next question is answered",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "i want a human", handoff: "new", proposes: null },
      {
        say: "never mind",
        mention: ["withdrawn", "person after all"],
        handoff: "withdrawn",
        proposes: null,
      },
      {
        say: "where is 2001",
        mention: ["ORD-2001"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        handoff: "none",
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "12th round: 'my first order' while a cancellation waits: its status, the cancellation kept",
    who: SARAH,
    style: "an order by its age",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "wait, my first order — where is it?",
        mention: ["ORD-1002", "delivered", "haven't done anything"],
        proposes: "cancel_order",
      },
      { say: "yes cancel it", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "12th round: 'the order from november' while Emma's refund waits: the lost parcel",
    who: EMMA,
    style: "an order by its month",
    turns: [
      { say: "refund 3001", mention: ["ORD-3001"], proposes: "refund" },
      {
        say: "the order from november, when did it ship?",
        mention: ["ORD-3001", "lost"],
        proposes: "refund",
      },
      { say: "ok yes refund it", mention: ["refunded", "ORD-3001"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "12th round: two yeses beside a question: the cancellation happens once",
    who: MIKE,
    style: "a yes and a question, then another yes",
    turns: [
      { say: "cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "sounds good. also whats the status of 2001?",
        mention: ["ORD-2002 is cancelled", "ORD-2001"],
        proposes: null,
      },
      { say: "yes", avoid: ["is cancelled"], proposes: null },
      { say: "ok bye", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
