/**
 * Conversations that change an order: cancellations, returns, refunds, replacements and
 * expedites, with follow-ups that say "it" or "that one", changes of mind mid-proposal and
 * second yeses that must not act twice.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations that change orders. */
export const CHANGES: Conversation[] = [
  {
    name: "Sarah asks where ORD-1003 is, then cancels it with 'cancel it'",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "where is ORD-1003", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        say: "cancel it",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "total" }],
      },
      {
        say: "yes",
        proposes: null,
        mention: ["cancelled"],
        facts: [{ order: "ORD-1003", field: "id" }],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Emma returns 'that one' after asking about ORD-3002",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "Could you tell me about ORD-3002?", facts: [{ order: "ORD-3002", field: "status" }] },
      { say: "I want to return that one", proposes: "return_item", mention: ["ORD-3002"] },
      { say: "yes please", proposes: null, mention: ["label"] },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
  {
    name: "Mike cancels his monitor order by naming the product",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel my monitor order", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "yes", proposes: null, mention: ["cancelled"] },
      { say: "thanks", avoid: [GREETING], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah starts a return of ORD-1002 then changes her mind to a refund and declines it",
    who: SARAH,
    style: "indecisive",
    turns: [
      { say: "I want to return ORD-1002", proposes: "return_item" },
      {
        say: "actually make it a refund instead",
        proposes: "refund",
        facts: [{ order: "ORD-1002", field: "total" }],
      },
      { say: "no", proposes: null, mention: ["nothing has been changed"] },
      { say: "ok bye", proposes: null },
    ],
  },
  {
    name: "Sarah starts a return then says forget it: nothing changes",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "I want to return ORD-1002", proposes: "return_item" },
      { say: "actually no, forget it", proposes: null, mention: ["nothing has been changed"] },
      { say: "thx", proposes: null, avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah refunds ORD-1002 once though she asks and says yes twice",
    who: SARAH,
    style: "repetitive",
    turns: [
      {
        say: "refund ORD-1002 pls",
        proposes: "refund",
        facts: [{ order: "ORD-1002", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
      { say: "refund ORD-1002 pls", proposes: null, mention: ["already"] },
      { say: "yes", proposes: null, avoid: ["Done"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Emma's lost parcel refunded after a clear yes, asked for in a few words",
    who: EMMA,
    style: "terse",
    turns: [
      {
        say: "I want a refund for ORD-3001",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
      { say: "and a replacement too?", proposes: null, avoid: ["Done"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma wants a refund, wavers to a replacement, and settles on the refund",
    who: EMMA,
    style: "indecisive",
    turns: [
      { say: "I want a refund for ORD-3001", proposes: "refund" },
      { say: "hmm, on second thought send a replacement", proposes: "replacement" },
      { say: "no I want the refund", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma turns a pending replacement back into a refund with 'no actually the refund'",
    who: EMMA,
    style: "indecisive, terse",
    turns: [
      { say: "I want a refund for ORD-3001", proposes: "refund" },
      { say: "send a replacement instead", proposes: "replacement" },
      { say: "no actually the refund", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma's damaged stand mixer: a new one sent after her yes",
    who: EMMA,
    style: "upset, polite",
    turns: [
      { say: "hello", avoid: ["ORD-"] },
      {
        say: "my stand mixer was broken when it arrived",
        facts: [{ order: "ORD-3002", field: "id" }],
      },
      { say: "send me a new one please", proposes: "replacement", mention: ["free of charge"] },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Emma, furious, asks outright for her smashed mixer to be replaced: offered, not queued",
    who: EMMA,
    style: "angry, terse",
    turns: [
      {
        say: "3002 arrived smashed, replace it",
        proposes: "replacement",
        mention: ["free of charge"],
        avoid: ["member of our team"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
      { say: "ok thanks", proposes: null, avoid: ["member of our team"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Emma asks to reship 'the lost order' without its number",
    who: EMMA,
    style: "terse, lowercase",
    turns: [
      {
        say: "can you reship the lost order",
        proposes: "replacement",
        facts: [{ order: "ORD-3001", field: "id" }],
        avoid: ["on its way", "Which order"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
      { say: "when will it get here?", proposes: null, mention: ["ORD-3001"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Mike asks what happens to his money before saying yes to cancelling the unpaid monitor",
    who: MIKE,
    style: "hesitant, lowercase",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      {
        say: "hmm what happens to my money?",
        proposes: "cancel_order",
        mention: ["haven't paid", "shall I cancel order ORD-2002"],
        avoid: ["yes or a no"],
      },
      { say: "ok go ahead", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah asks how long a refund takes, then says yes to it",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "refund 1002 please", proposes: "refund" },
      {
        say: "how long will it take",
        proposes: "refund",
        mention: ["5 business days", "shall I refund"],
        avoid: ["yes or a no"],
      },
      { say: "fine, do it", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Emma refuses the refund and asks for the vacuum itself: a replacement, not a refund",
    who: EMMA,
    style: "upset, plain",
    turns: [
      { say: "where is my robot vacuum, ORD-3001", facts: [{ order: "ORD-3001", field: "id" }] },
      {
        say: "I don't want a refund, I want the vacuum",
        proposes: "replacement",
        mention: ["free of charge"],
      },
      { say: "yes please", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah says she wants no refund, only to say the espresso machine was late",
    who: SARAH,
    style: "annoyed, polite",
    turns: [
      {
        say: "I don't want a refund for 1002, I'm just annoyed it was late",
        avoid: ["I can refund"],
      },
      { say: "no thanks, that's all", proposes: null, avoid: ["refunded"] },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Mike asks to cancel the shipped keyboard, then corrects himself: the other order",
    who: MIKE,
    style: "terse, correcting",
    turns: [
      { say: "cancel ORD-2001", proposes: null, mention: ["already shipped"] },
      {
        say: "sorry I meant the other order",
        proposes: "cancel_order",
        facts: [{ order: "ORD-2002", field: "id" }],
        avoid: ["Just to make sure"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Emma's damaged ORD-3002 refunded instead of replaced",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "ORD-3002 arrived damaged", facts: [{ order: "ORD-3002", field: "status" }] },
      {
        say: "I'd like a refund for it",
        proposes: "refund",
        facts: [{ order: "ORD-3002", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "Sarah speeds up ORD-1001 for free then cancels ORD-1003",
    who: SARAH,
    style: "busy, abbreviations",
    turns: [
      { say: "pls expedite ORD-1001", proposes: "expedite_delivery", mention: ["no fee"] },
      { say: "yes", proposes: null, mention: ["sped up"] },
      {
        say: "and cancel ORD-1003",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "total" }],
      },
      { say: "yep", proposes: null, mention: ["cancelled"] },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "cancel_order", target: "ORD-1003" },
    ],
  },
  {
    name: "Sarah says no to the expedite: nothing changes",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "can you speed up ORD-1001", proposes: "expedite_delivery" },
      { say: "no thanks, standard is fine", proposes: null },
      { say: "where is it now?", facts: [{ order: "ORD-1001", field: "tracking" }] },
    ],
  },
  {
    name: "Mike cannot cancel the shipped keyboard and is told where it is instead",
    who: MIKE,
    style: "grumpy",
    turns: [
      { say: "cancel ORD-2001", proposes: null, mention: ["already shipped"] },
      {
        say: "ugh ok. when does it get here then",
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2001", field: "status" }],
      },
      { say: "can i return it after it arrives", mention: ["30 days"] },
    ],
  },
  {
    name: "Mike demands a refund for the keyboard still in transit and cancels the monitor",
    who: MIKE,
    style: "angry, capitals",
    turns: [
      {
        say: "WHERE IS MY ORDER ORD-2001 ITS LATE!!!",
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      // A carrier investigation of the late parcel may be on offer; a refund is not, yet.
      {
        say: "this is unacceptable i want a refund",
        avoid: ["refunded", "shall I refund"],
        mention: ["delivered"],
      },
      { say: "fine. cancel ORD-2002 then", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah withdraws a cancellation mid-proposal and asks when it ships instead",
    who: SARAH,
    style: "change of mind",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "hmm actually dont cancel, just tell me when it ships", proposes: null },
      { say: "ok", proposes: null, avoid: ["cancelled"] },
    ],
  },
  {
    name: "Emma returns ORD-3002, then asks when her money comes back",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "I want to return ORD-3002", proposes: "return_item" },
      { say: "yes", proposes: null, mention: ["label"] },
      { say: "and when do I get the money back for it", mention: ["refund", "ORD-3002"] },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
];
