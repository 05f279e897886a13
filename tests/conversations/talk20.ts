/**
 * The twentieth round (the talk20 branch): upset customers who still ask for something, and
 * when to hand over — a clear request answered (proposed, or refused with what can be done
 * instead) rather than queued, a threat beside a request met by meeting it, venting beside a
 * change that is no supervisor's review, "never mind" that lets the matter go, a person asked
 * for and then withdrawn ("actually you can help me"), and a change carried out while a person
 * is on the way.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const QUEUE_LINE = "still on the way";
const WITHDRAWN = "withdrawn your request for a person";

/** The twentieth round's conversations: upset customers, requests and handoffs. */
export const TALK20: Conversation[] = [
  {
    name:
      "20th round: Mike's 'cancel it and refund me' about a late keyboard is answered, not queued",
    who: MIKE,
    style: "angry, caps, two asks",
    turns: [
      {
        say: "ok this is ridiculous. keyboard STILL not here. cancel it and refund me",
        mention: ["cancelling is only possible until an order ships", "investigation with FedEx"],
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["member of our team will take over", "supervisor"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      { say: "yes", mention: ["investigation"], proposes: null, handoff: "none" },
      { say: "ok thanks", avoid: ["ORD-2002", "queue"], handoff: "none" },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name:
      "20th round: Mike's 'just cancel it' after a comma is refused plainly, and his no leaves it",
    who: MIKE,
    style: "sarcastic, no apostrophes",
    turns: [
      {
        say: "this is a joke. my keyboard STILL hasnt come, just cancel it",
        mention: ["cancelling is only possible until an order ships"],
        avoid: ["member of our team will take over"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      { say: "no", mention: ["nothing has been changed"], proposes: null, handoff: "none" },
      {
        say: "so where is it now",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Emma's 'oh right, never mind then' after the lost vacuum's choice lets it go",
    who: EMMA,
    style: "VIP, lets it go",
    turns: [
      { say: "where is my order", mention: ["lost", "refund it in full or send a replacement"] },
      {
        say: "oh right, never mind then",
        mention: ["No problem"],
        avoid: ["member of our team", "take over", "queue"],
        proposes: null,
        handoff: "none",
      },
      { say: "thanks", avoid: ["queue", "member of our team"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "20th round: Emma's bare 'never mind' to a waiting refund drops it; no person for a VIP",
    who: EMMA,
    style: "VIP, changes her mind",
    turns: [
      { say: "can you refund my vacuum", proposes: "refund" },
      {
        say: "never mind",
        mention: ["won't refund", "nothing has been changed"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "what about my mixer",
        facts: [{ order: "ORD-3002", field: "status" }],
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Sarah asks for a human, then 'ok you'll do. cancel ORD-1003': withdrawn, cancelled",
    who: SARAH,
    style: "impatient, then changes her mind",
    turns: [
      { say: "I want a human", handoff: "new" },
      {
        say: "ok you'll do. cancel ORD-1003",
        mention: [WITHDRAWN, "can cancel"],
        proposes: "cancel_order",
        handoff: "withdrawn",
      },
      { say: "yes", mention: ["cancelled"], avoid: [QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "20th round: Sarah's 'speak to a manager NOW' with a question, then 'actually you can help me'",
    who: SARAH,
    style: "caps, demand and question in one",
    turns: [
      {
        say: "speak to a manager NOW. and where is ORD-1001?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["member of our team"],
        handoff: "new",
      },
      {
        say: "actually you can help me. just tell me when it arrives",
        mention: [WITHDRAWN, "estimate"],
        avoid: [QUEUE_LINE],
        handoff: "withdrawn",
      },
      { say: "thanks", avoid: ["queue"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Mike's 'actually it's fine, you can handle it. where is my keyboard' withdraws",
    who: MIKE,
    style: "terse, then relents",
    turns: [
      { say: "get me a real person", handoff: "new" },
      {
        say: "actually it's fine, you can handle it. where is my keyboard",
        mention: [WITHDRAWN],
        facts: [{ order: "ORD-2001", field: "tracking" }],
        handoff: "withdrawn",
      },
      { say: "ok thanks", avoid: ["queue"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Emma, queued for a manager, says 'this is taking forever, just refund the vacuum'",
    who: EMMA,
    style: "VIP, impatient while queued",
    turns: [
      { say: "I want to speak to your manager", handoff: "new" },
      {
        say: "this is taking forever, just refund the vacuum",
        mention: ["refund 313\\.99 USD", QUEUE_LINE],
        proposes: "refund",
      },
      {
        say: "yes",
        mention: ["refunded 313\\.99 USD", QUEUE_LINE],
        proposes: null,
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "20th round: Mike threatens a chargeback and asks to cancel the monitor: it is cancelled",
    who: MIKE,
    style: "threat beside a request",
    turns: [
      {
        say: "if this isn't sorted today I'm doing a chargeback. just cancel my monitor order",
        mention: ["can cancel"],
        avoid: ["member of our team will take over"],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
      { say: "good", avoid: ["queue", "member of our team"], handoff: "none" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "20th round: Emma's lawyer threat asks nothing: a person; 'just refund it' is still proposed",
    who: EMMA,
    style: "threat, then a clear ask while queued",
    turns: [
      {
        say: "I'm contacting my lawyer. my vacuum never arrived and nobody cares",
        mention: ["lost"],
        handoff: "new",
        handoff_reason: "critical",
      },
      { say: "just refund it", mention: ["313\\.99 USD", QUEUE_LINE], proposes: "refund" },
      { say: "yes", mention: ["refunded", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "20th round: Sarah swears at the bot and asks to cancel: the cancellation, no supervisor",
    who: SARAH,
    style: "swearing at the bot",
    turns: [
      {
        say: "this bot is f***ing useless. cancel ORD-1003",
        mention: ["can cancel", "192\\.00 USD"],
        avoid: ["supervisor", "Thank you for telling us", "once this is settled"],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], avoid: ["supervisor"], proposes: null },
      { say: "ok", avoid: ["supervisor", "cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "20th round: Mike's 'WHY IS MY KEYBOARD NOT HERE YET' gets the delay's reason, not a payment question",
    who: MIKE,
    style: "all caps",
    turns: [
      {
        say: "WHY IS MY KEYBOARD NOT HERE YET",
        mention: ["severe weather", "{date+3}"],
        avoid: ["payment problem", "Just to make sure"],
        handoff: "none",
      },
      { say: "can you speed it up", mention: ["9\\.99 USD"], proposes: "expedite_delivery" },
      { say: "no thanks", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Mike's 'sorry, not your fault' before his question is not thanked as a complaint",
    who: MIKE,
    style: "swears at the situation, then apologises",
    turns: [
      { say: "wtf is going on with my order", mention: ["ORD-2002", "ORD-2001"] },
      {
        say: "sorry, not your fault. can you just tell me when it will arrive",
        mention: ["Which order"],
        avoid: ["Thank you for telling us", "look into it personally"],
      },
      {
        say: "the keyboard",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["{date+3}"],
      },
    ],
    changes: [],
  },
  {
    name: "20th round: Mike asks for a person, then 'no wait, I'll stay with the bot': withdrawn",
    who: MIKE,
    style: "changes his mind mid-sentence",
    turns: [
      { say: "I want a person", handoff: "new" },
      {
        say: "no wait, I'll stay with the bot. where's my keyboard",
        mention: [WITHDRAWN, "{date+3}"],
        avoid: [QUEUE_LINE],
        handoff: "withdrawn",
      },
      { say: "ok cheers", avoid: ["queue"], handoff: "none" },
    ],
    changes: [],
  },
];
