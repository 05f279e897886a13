/**
 * More conversations of the tenth round (the talk10 branch): an item count over the limit,
 * a quantity change in two sentences, a follow-up after a refusal, a yes narrowed to another
 * order, undecided answers, a guest's yes, and a reference while queued for a person.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.net";

/** More of the tenth round's conversations (the talk10 branch). */
export const TALK10_MORE: Conversation[] = [
  {
    name:
      "10th round: Sarah names Emma's order and insists 'its my order, cancel it': nothing shown, nothing done",
    who: SARAH,
    style: "another customer's order, insisted on",
    turns: [
      {
        say: "cancel ORD-3001",
        mention: ["couldn't find order ORD-3001|can't find an order ORD-3001"],
        avoid: ["Robot Vacuum", "Cincinnati", "TRK8800003001"],
        proposes: null,
      },
      {
        say: "its my order, cancel it",
        mention: ["ORD-3001"],
        avoid: ["ORD-1003 \\(", "only order that can still be cancelled", "Robot Vacuum"],
        proposes: null,
      },
      { say: "ok whatever", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: Emma's orders listed, 'the cheaper one' is the vacuum, 'the other one' the mixer",
    who: EMMA,
    style: "by price, then the other",
    turns: [
      {
        say: "hi, what are my orders?",
        mention: ["ORD-3002", "ORD-3001"],
        proposes: null,
      },
      {
        say: "the cheaper one - where is it",
        mention: ["ORD-3001", "lost"],
        facts: [{ order: "ORD-3001", field: "status" }],
        avoid: ["ORD-3002"],
      },
      {
        say: "and the other one?",
        mention: ["ORD-3002", "delivered"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "10th round: 'make it 50 water bottles on 1003' is over the limit, said plainly; 'ok then 4'",
    who: SARAH,
    style: "terse, a count too big, then corrected",
    turns: [
      {
        say: "make it 50 water bottles on 1003",
        mention: ["at most 20", "ORD-1003"],
        avoid: ["expected number", "in stock", "Add it to your cart"],
        proposes: null,
      },
      {
        say: "ok then 4",
        mention: ["Insulated Water Bottle from 2 to 4"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "10th round: 'can i change the quantity on 1003? want 3 bottles': the change, no shop advice",
    who: SARAH,
    style: "two sentences, one change",
    turns: [
      {
        say: "can i change the quantity on 1003? want 3 bottles",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["Add it to your cart", "Checkout"],
        proposes: "modify_items",
      },
      { say: "sounds good", mention: ["ORD-1003"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "10th round: Mike's keyboard can't be cancelled; 'and the other one?' is the cancellation of 2002",
    who: MIKE,
    style: "terse follow-up after a refusal",
    turns: [
      {
        say: "cancel 2001",
        mention: ["ORD-2001", "already shipped", "return"],
        proposes: null,
      },
      {
        say: "and the other one?",
        mention: ["cancel order ORD-2002|ORD-2002 [^.]*can cancel it"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "10th round: Emma's new address refused for the lost parcel; 'what about the other one' is refused too",
    who: EMMA,
    style: "whole address, then the other order",
    turns: [
      {
        say: "pls change the address on my order to 5 Elm Road, Leeds LS1 4AP",
        mention: ["ORD-3001", "already shipped", "lost"],
        proposes: null,
      },
      {
        say: "what about the other one",
        mention: ["ORD-3002", "delivered", "changing the address is only possible until"],
        avoid: ["Stand Mixer\\) was delivered on [^.]*\\. Anything else"],
      },
      { say: "ok never mind", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: 'yes for 1001 only' while 1003's speed-up waits moves it to 1001, 1003 untouched",
    who: SARAH,
    style: "a yes that narrows to another order",
    turns: [
      {
        say: "can you speed up 1001 and 1003",
        mention: ["express", "ORD-1001", "ORD-1003"],
        proposes: "expedite_delivery",
      },
      {
        say: "yes for 1001 only",
        mention: ["ORD-1001", "left order ORD-1003 as it was"],
        avoid: ["not sure whether", "Done —"],
        proposes: "expedite_delivery",
      },
      { say: "yes", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800001001" }],
  },
  {
    name:
      "10th round: 'yeah no', 'ok wait', 'hmm maybe', then 'do it... actually no': nothing changes",
    who: SARAH,
    style: "undecided, chat",
    turns: [
      { say: "cancel ORD-1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "yeah no",
        mention: ["haven't changed anything", "ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "ok wait", mention: ["take your time"], proposes: "cancel_order" },
      {
        say: "hmm maybe",
        mention: ["haven't changed anything"],
        avoid: ["Done —"],
        proposes: "cancel_order",
      },
      { say: "do it... actually no", mention: ["won't cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: a guest asks to cancel Sarah's order and says yes: sign-in first, nothing done",
    who: GUEST,
    style: "guest, terse",
    turns: [
      {
        say: "cancel order ORD-1003",
        mention: ["sign in|email address you ordered with"],
        avoid: ["Trail Running Shoes", "192.00"],
        proposes: null,
      },
      { say: "yes", avoid: ["cancelled", "Trail Running Shoes"], proposes: null },
      {
        say: "its sarah.chen@example.com",
        mention: ["one-time code"],
        avoid: ["Trail Running Shoes", "ORD-1003 is"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "10th round: queued for a person about the keyboard, 'meanwhile can u cancel the other one'",
    who: MIKE,
    style: "after a handoff, a reference",
    turns: [
      {
        say: "i want to talk to a human about my keyboard order",
        mention: ["ORD-2001"],
        handoff: "new",
        proposes: null,
      },
      {
        say: "meanwhile can u cancel the other one",
        mention: ["ORD-2002", "still on the way"],
        avoid: ["ORD-2001 already shipped"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "10th round: 'never mind that one, what about the return of the third one?' after the list",
    who: SARAH,
    style: "a change named with a pick, while another waits",
    turns: [
      { say: "show me my orders", mention: ["ORD-1002"], proposes: null },
      { say: "cancel the first one", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "never mind that one, what about the return of the third one?",
        mention: ["ORD-1002", "return", "left order ORD-1003 as it was"],
        avoid: ["cancelling is only possible"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["ORD-1002"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name:
      "10th round: a delivery day asked for: the carrier sets it, said plainly, nothing proposed",
    who: SARAH,
    style: "delivery date, then a shrug",
    turns: [
      {
        say: "can you change the delivery date of 1001",
        mention: ["can't book a particular delivery day for order ORD-1001", "express"],
        avoid: ["Just to make sure I help with the right thing", "Standard shipping takes"],
        proposes: null,
      },
      { say: "fine", avoid: ["Done —"], proposes: null },
      {
        say: "pls deliver 1003 on saturday instead",
        mention: ["ORD-1003", "carrier sets the date"],
        avoid: ["new address", "street"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "10th round: Emma's refund, the time asked first, then 'Wonderful, yes please go ahead'",
    who: EMMA,
    style: "long and polite, praise beside the yes",
    turns: [
      {
        say: "Hello, I'd like a refund for my lost robot vacuum please",
        mention: ["ORD-3001", "313.99 USD"],
        proposes: "refund",
      },
      {
        say: "Before you do that, how long will the refund take?",
        mention: ["5 business days"],
        avoid: ["Done —"],
        proposes: "refund",
      },
      {
        say: "Wonderful, yes please go ahead",
        mention: ["refunded 313.99 USD"],
        avoid: ["not sure whether"],
        proposes: null,
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "10th round: 'can u change wher my order goes', then a flat and street, then the town",
    who: SARAH,
    style: "misspelt, address in pieces with a flat",
    turns: [
      {
        say: "hiya can u change wher my order goes",
        mention: ["ORD-1003", "new address"],
        avoid: ["Which item", "quantity"],
        proposes: null,
      },
      {
        say: "flat 2, 7 Mill Rd",
        mention: ["I have the street"],
        proposes: null,
      },
      { say: "Bristol BS1 5TR", mention: ["Bristol", "ORD-1003"], proposes: "change_address" },
      { say: "yep", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
];
