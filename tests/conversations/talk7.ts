/**
 * The seventh round (the talk7 branch): handoffs and answers to a waiting change. A request
 * for a person withdrawn ("never mind, I sorted it" — the queue shows it withdrawn), a
 * thank-you, "hold on" or "just tell me when it comes" while a change waits (the rest of the
 * round is in `talk7_more.ts`).
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** "I'm not sure whether that's a yes or a no": the reply to an unclear answer. */
const UNSURE = "yes or a no";
/** The queue reported again. */
const QUEUE_REPORT = "number \\d+ in the queue|expected wait";
const WITHDRAWN = "withdrawn your request for a person";

/** Requests for a person withdrawn, and asked for again. */
export const TALK7: Conversation[] = [
  {
    name: "7th round: Sarah asks for a person, then 'never mind, I sorted it': withdrawn",
    who: SARAH,
    style: "sorted it herself",
    turns: [
      { say: "I want to talk to a human", handoff: "new" },
      {
        say: "never mind, I sorted it",
        handoff: "withdrawn",
        mention: [WITHDRAWN, "glad you're sorted"],
        avoid: [QUEUE_REPORT, "don't need them any more"],
      },
      { say: "thanks!", handoff: "none", mention: ["welcome|happy to help"], avoid: ["queue"] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike cancels 'the request for a human' — no order is cancelled",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "let me speak to someone", handoff: "new" },
      {
        say: "cancel the request for a human",
        handoff: "withdrawn",
        proposes: null,
        mention: [WITHDRAWN],
        avoid: ["cancel order", "ORD-2002"],
      },
      {
        say: "where is my keyboard",
        handoff: "none",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["still on the way", "queue"],
      },
    ],
    changes: [],
  },
  {
    name: "7th round: Emma no longer needs a person and asks about ORD-3002 in the same breath",
    who: EMMA,
    style: "changes her mind",
    turns: [
      { say: "I need a real person", handoff: "new" },
      {
        say: "actually I don't need a person anymore, where is ORD-3002?",
        handoff: "withdrawn",
        mention: [WITHDRAWN],
        facts: [{ order: "ORD-3002", field: "status" }],
      },
      { say: "thanks!", handoff: "none", avoid: ["queue", UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike says 'forget the agent' and asks where his keyboard is",
    who: MIKE,
    style: "impatient",
    turns: [
      { say: "get me a human", handoff: "new" },
      {
        say: "forget the agent. wheres my keyboard",
        handoff: "withdrawn",
        mention: [WITHDRAWN],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "ok thanks bye", handoff: "none", avoid: ["queue"] },
    ],
    changes: [],
  },
  {
    name:
      "7th round: Sarah withdraws the person ('nvm i figured it out'), then wants one after all",
    who: SARAH,
    style: "back and forth",
    turns: [
      { say: "can I talk to a human please", handoff: "new" },
      { say: "nvm i figured it out", handoff: "withdrawn", mention: [WITHDRAWN] },
      {
        say: "actually can I get a person after all",
        handoff: "new",
        mention: ["member of our team"],
      },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike, queued, says 'i don't need a refund, i need a person': still queued",
    who: MIKE,
    style: "insistent",
    turns: [
      { say: "let me speak to someone", handoff: "new" },
      {
        say: "i don't need a refund, i need a person",
        handoff: "same",
        mention: ["queue"],
        avoid: ["sorted", "don't need them", WITHDRAWN],
      },
      { say: "ok ill wait", handoff: "same", avoid: [WITHDRAWN] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike waits in the queue, asks how long, then just where the keyboard is",
    who: MIKE,
    style: "waiting",
    turns: [
      { say: "I want to talk to a real person about my keyboard", handoff: "new" },
      { say: "how long will it be?", handoff: "same", mention: ["queue"] },
      {
        say: "ok actually, can you just tell me where it is",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        mention: ["still on the way"],
      },
      { say: "thanks, bye", handoff: "same", mention: ["place in the queue is kept"] },
    ],
    changes: [],
  },
  {
    name:
      "7th round: Sarah, queued about a refund, asks 'could you just do it': withdrawn, refunded",
    who: SARAH,
    style: "impatient",
    turns: [
      { say: "can I speak to someone about a refund for ORD-1002", handoff: "new" },
      {
        say: "actually could you just do it",
        handoff: "withdrawn",
        mention: [WITHDRAWN, "take care of it here"],
        avoid: ["more urgent", QUEUE_REPORT],
      },
      { say: "refund ORD-1002 please", proposes: "refund", handoff: "none" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
];

/** Answers to a waiting change that are not a yes. */
export const TALK7_PENDING: Conversation[] = [
  {
    name: "7th round: Sarah says 'thanks!' twice while the cancellation waits, then yes: once",
    who: SARAH,
    style: "polite",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "thanks!",
        proposes: "cancel_order",
        mention: ["welcome", "haven't done anything yet", "cancel order ORD-1003, say yes"],
        avoid: [UNSURE, "is cancelled"],
      },
      {
        say: "thank you",
        proposes: "cancel_order",
        mention: ["nothing has changed"],
        avoid: [UNSURE, "ORD-1003"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "7th round: Emma's lost parcel, 'refund please', 'thanks so much', then yes: refunded once",
    who: EMMA,
    style: "grateful",
    turns: [
      { say: "my parcel ORD-3001 never came", facts: [{ order: "ORD-3001", field: "status" }] },
      { say: "refund please", proposes: "refund" },
      {
        say: "thanks so much",
        proposes: "refund",
        mention: ["haven't done anything yet", "say yes"],
        avoid: [UNSURE, "refunded"],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "7th round: Mike says 'just tell me when it comes' to the investigation offer",
    who: MIKE,
    style: "resigned",
    turns: [
      { say: "my keyboard is late AGAIN", proposes: "carrier_investigation" },
      {
        say: "just tell me when it comes",
        proposes: "carrier_investigation",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        mention: ["can't send you a message", "haven't changed anything"],
        avoid: [UNSURE, "opened"],
      },
      { say: "ok thanks", avoid: [UNSURE, "opened"] },
      { say: "no", proposes: null, avoid: ["opened"] },
    ],
    changes: [],
  },
  {
    name: "7th round: Sarah says 'hold on' and 'wait what does that mean' before her yes",
    who: SARAH,
    style: "careful",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "hold on",
        proposes: "cancel_order",
        mention: ["take your time", "say yes and I'll cancel order ORD-1003"],
        avoid: [UNSURE],
      },
      {
        say: "wait what does that mean",
        proposes: "cancel_order",
        mention: ["original payment method"],
        facts: [{ order: "ORD-1003", field: "total" }],
        avoid: [UNSURE, "is cancelled"],
      },
      { say: "ok yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "7th round: Mike says 'give me a sec' then no: nothing cancelled",
    who: MIKE,
    style: "hesitant",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      { say: "give me a sec", proposes: "cancel_order", mention: ["take your time"] },
      { say: "no", proposes: null, mention: ["won't cancel"] },
    ],
    changes: [],
  },
  {
    name: "7th round: Sarah's return offer, 'i guess not': declined, nothing returned",
    who: SARAH,
    style: "soft no",
    turns: [
      { say: "i want to return ORD-1002", proposes: "return_item" },
      { say: "i guess not", proposes: null, avoid: [UNSURE, "return for order ORD-1002 is open"] },
      { say: "thanks", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Sarah says 'yeah no' (asked again), then no: nothing cancelled",
    who: SARAH,
    style: "colloquial",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "yeah no", proposes: "cancel_order", avoid: ["is cancelled"] },
      { say: "no", proposes: null, mention: ["won't cancel"] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike says 'not yet' to cancelling ORD-2002, then 'maybe later'",
    who: MIKE,
    style: "undecided",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      { say: "not yet", proposes: null, mention: ["won't cancel"] },
      { say: "maybe later", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [],
  },
];
