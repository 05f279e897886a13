/**
 * The thirty-second round, last part: a change offered softly to someone only asking is not
 * carried out on a bare "ok" (asked once, nothing changed), and a change wanted only if a
 * parcel is late is weighed against the order's estimate, with nothing proposed.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
/** The check after a bare "ok" to a soft offer. */
const CHECKED = "Just to check, so nothing happens by mistake";

/** Soft offers taken in, and conditions on a late arrival. */
export const TALK32_OFFER: Conversation[] = [
  {
    name: "32nd round: 'Can I cancel 1003? Asking for later, not now' then 'ok' cancels nothing",
    who: SARAH,
    style: "asking only, then an acknowledgment",
    turns: [
      {
        say: "Can I cancel 1003? Asking for later, not now",
        mention: ["ORD-1003", "nothing has been changed"],
        avoid: ["Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "cancel_order",
      },
      {
        // Was the cancellation carried out: "ok" took in the answer, it agreed to nothing.
        say: "ok",
        mention: [CHECKED, "ORD-1003"],
        avoid: ["is cancelled"],
        proposes: "cancel_order",
      },
      { say: "no, I was only asking", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'what happens if I cancel 1003?', 'ok good to know', then 'yes cancel it'",
    who: SARAH,
    style: "hypothetical, acknowledgment, then a clear yes",
    turns: [
      {
        say: "what happens if I cancel 1003?",
        mention: ["ORD-1003", "192\\.00"],
        proposes: "cancel_order",
      },
      {
        say: "ok good to know",
        mention: [CHECKED],
        avoid: ["whether that's a yes or a no", "is cancelled"],
        proposes: "cancel_order",
      },
      { say: "yes cancel it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "32nd round: Emma's 'I'm considering returning the mixer tbh', 'ok', then 'nah leave it'",
    who: EMMA,
    style: "thinking aloud, acknowledgment, no",
    turns: [
      {
        say: "I'm considering returning the mixer tbh",
        mention: ["ORD-3002", "No rush"],
        avoid: ["Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "return_item",
      },
      {
        say: "ok",
        mention: [CHECKED, "ORD-3002"],
        avoid: ["return is open", "label here"],
        proposes: "return_item",
      },
      { say: "nah leave it", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: Mike's 'if my keyboard doesn't arrive by tomorrow I want a refund' is weighed",
    who: MIKE,
    style: "condition on a late arrival, estimate after the day",
    turns: [
      {
        // Was "Refunds are for delivered orders" with "a parcel that doesn't turn up".
        say: "if my keyboard doesn't arrive by tomorrow I want a refund",
        mention: [
          "ORD-2001",
          "estimate",
          "after",
          "haven't changed anything",
          "refund or a replacement",
        ],
        avoid: ["Refunds are for delivered orders"],
        proposes: null,
        handoff: "none",
      },
      { say: "ok thanks", avoid: ["refunded", "Done"], proposes: null },
      { say: "where is it now?", mention: ["ORD-2001"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: 'if the headphones aren't here in 5 days just refund them' should arrive in time",
    who: SARAH,
    style: "condition on a late arrival, estimate before the day",
    turns: [
      {
        // Was "would you like to check on a refund, or get a refund, or know about our policies?"
        say: "if the headphones aren't here in 5 days just refund them",
        mention: ["ORD-1001", "should arrive in time", "haven't changed anything"],
        avoid: ["Just to make sure I help", "frustrating"],
        proposes: null,
      },
      { say: "ok", avoid: ["refunded", "Done"], proposes: null },
      { say: "cool", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: 'If I cancel the water bottles, will the shoes still ship on time?' is the bottles",
    who: SARAH,
    style: "hypothetical about part of an order, question beside it",
    turns: [
      {
        // Was the whole of ORD-1003's cancellation offered (the shoes named in the question).
        say: "If I cancel the water bottles, will the shoes still ship on time?",
        mention: ["Insulated Water Bottle", "rest of the order stays", "nothing has been changed"],
        avoid: ["cancel order ORD-1003", "192\\.00"],
        proposes: "modify_items",
      },
      { say: "alright", mention: [CHECKED], proposes: "modify_items" },
      { say: "yes do it", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "32nd round: 'I was going to cancel 1003 but maybe I'll keep it. What's the latest I can cancel?'",
    who: SARAH,
    style: "a plan dropped, asks the last day",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1003".
        say: "I was going to cancel 1003 but maybe I'll keep it. What's the latest I can cancel?",
        mention: ["ORD-1003", "hasn't shipped|can cancel", "nothing has been changed"],
        avoid: ["not sure what you'd like", "Shall I go ahead\\?"],
        proposes: "cancel_order",
      },
      { say: "ok thanks", mention: [CHECKED], avoid: ["is cancelled"], proposes: "cancel_order" },
      { say: "no, keep it", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'debating whether to send back the espresso machine... what do you think?'",
    who: SARAH,
    style: "thinking aloud with a reason, asks advice",
    turns: [
      {
        say:
          "debating whether to send back the espresso machine... it's a bit loud. what do you think?",
        mention: ["Espresso Machine", "No rush"],
        avoid: ["Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "return_item",
      },
      { say: "what would you do?", mention: ["your call", "until"], proposes: "return_item" },
      { say: "I'll sleep on it", mention: ["haven't changed anything"], avoid: ["return is open"] },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: 'if it's not too much trouble could you cancel 1003' is a courtesy, not an upset",
    who: SARAH,
    style: "polite condition",
    turns: [
      {
        // Was opened with "I can see this is frustrating".
        say: "if it's not too much trouble could you cancel 1003",
        mention: ["ORD-1003"],
        avoid: ["frustrating", "sorry"],
        proposes: "cancel_order",
      },
      { say: "yes please", mention: ["cancelled"], proposes: null },
      { say: "thank you so much", avoid: ["cancel it"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "32nd round: 'cancel 1003 only if the refund goes back to my card' is the cancellation",
    who: SARAH,
    style: "a change with a condition on the money",
    turns: [
      {
        // Was "I don't see a refund on order ORD-1003 yet", and the yes found nothing.
        say: "cancel 1003 only if the refund goes back to my card",
        mention: ["ORD-1003", "original payment method"],
        avoid: ["I don't see a refund"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "great", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "32nd round: Emma's 'is it faster to return the mixer or to get a replacement?' is compared",
    who: EMMA,
    style: "which is faster, then an acknowledgment, then a choice",
    turns: [
      {
        // Was the replacement proposed with "Shall I go ahead?", the question not answered.
        say: "is it faster to return the mixer or to get a replacement?",
        mention: ["which is quicker", "1 business day", "5 business days", "Nothing changes"],
        avoid: ["Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "replacement",
      },
      { say: "ok", mention: [CHECKED], avoid: ["arranged a replacement"], proposes: "replacement" },
      { say: "the replacement please", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name:
      "32nd round: Sarah's 'is it faster to return the frother or get a new one' is only a return",
    who: SARAH,
    style: "which is faster, where no replacement is possible",
    turns: [
      {
        say: "is it faster to return the frother or get a new one",
        mention: ["Milk Frother", "your call"],
        avoid: ["which is quicker", "Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "return_item",
      },
      { say: "hmm no thanks", mention: ["nothing has been changed|won't"], proposes: null },
      { say: "ok bye", avoid: ["return is open"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'what would you do?' after the address question is her call, nothing waits",
    who: SARAH,
    style: "asks advice with nothing waiting",
    turns: [
      {
        say: "can I still change the address on ORD-1003?",
        mention: ["ORD-1003", "new address"],
        proposes: null,
      },
      {
        // Was "What would you like me to look at next? I can check an order…".
        say: "what would you do?",
        mention: ["your call", "ORD-1003 hasn't shipped yet", "once you've said so"],
        avoid: ["look at next", "what can I do for you next"],
        proposes: null,
      },
      { say: "ok I'll leave it as is", avoid: ["Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: Emma's 'how long do I have to return the mixer?' is offered softly, 'ok', 'no'",
    who: EMMA,
    style: "deadline question, acknowledgment, no",
    turns: [
      {
        // Was a return proposed with "Would you like me to go ahead? Reply yes to confirm".
        say: "how long do I have to return the mixer?",
        mention: ["ORD-3002", "return window runs until", "nothing has been changed"],
        avoid: ["Shall I go ahead\\?|Reply yes to confirm"],
        proposes: "return_item",
      },
      { say: "ok", mention: [CHECKED], avoid: ["return is open"], proposes: "return_item" },
      { say: "no, just wanted to know", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
];
