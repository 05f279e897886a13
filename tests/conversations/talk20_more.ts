/**
 * The twentieth round, continued: polite anger, threats that ask nothing (a person) and the
 * change asked while that person is on the way, insults beside a request, and customers who
 * calm down once it is done.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const QUEUE_LINE = "still on the way";

/** The twentieth round's further conversations. */
export const TALK20_MORE: Conversation[] = [
  {
    name: "20th round: Emma's polite anger with a refund asked is offered it, and she calms down",
    who: EMMA,
    style: "polite anger, formal",
    turns: [
      {
        say:
          "I'm afraid this is simply not good enough. My vacuum cleaner (ORD-3001) has not arrived and I would like a refund.",
        mention: ["refund 313\\.99 USD"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes please", mention: ["refunded 313\\.99 USD"], proposes: null },
      {
        say: "thank you, that's much better",
        avoid: ["member of our team", "sorry"],
        handoff: "none",
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "20th round: Mike's bad-review threat goes to a person; 'can you at least speed it up' is done",
    who: MIKE,
    style: "threat, then a grudging ask",
    turns: [
      {
        say: "I'll leave a 1 star review everywhere if my keyboard doesn't show up",
        handoff: "new",
        handoff_reason: "critical",
      },
      {
        say: "can you at least speed it up",
        mention: ["9\\.99 USD", QUEUE_LINE],
        proposes: "expedite_delivery",
      },
      { say: "yes", mention: ["sped up", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
  {
    name: "20th round: Sarah's 'you guys are the WORST. return my espresso machine' is the return",
    who: SARAH,
    style: "insult, then calms down",
    turns: [
      {
        say: "you guys are the WORST. return my espresso machine",
        mention: ["return", "Espresso Machine"],
        avoid: ["supervisor", "member of our team"],
        proposes: "return_item",
        handoff: "none",
      },
      { say: "yes", mention: ["label"], proposes: null },
      {
        say: "thanks, that was quick actually",
        avoid: ["sorry", "member of our team"],
        handoff: "none",
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "20th round: Emma, queued over her smashed mixer, says 'actually a replacement please'",
    who: EMMA,
    style: "VIP, angry, then a clear ask",
    turns: [
      {
        say: "this is a disgrace. my mixer came smashed to pieces, sort it out",
        mention: ["damaged"],
        handoff: "new",
      },
      {
        say: "actually a replacement please",
        mention: ["new Stand Mixer", QUEUE_LINE],
        avoid: ["more urgent"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "20th round: Sarah shouts for ORD-1001, gets it, then cancels 1003 calmly",
    who: SARAH,
    style: "all caps, then calm",
    turns: [
      {
        say: "THIS IS UNACCEPTABLE. WHERE IS MY ORDER 1001",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        handoff: "none",
      },
      { say: "ok fine. cancel 1003 then", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "20th round: Mike threatens to report us, then 'just cancel my monitor order then' while queued",
    who: MIKE,
    style: "threat, then resigned",
    turns: [
      {
        say: "i'll report you to the better business bureau",
        handoff: "new",
        handoff_reason: "critical",
      },
      {
        say: "ok whatever, just cancel my monitor order then",
        mention: ["ORD-2002", QUEUE_LINE],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "20th round: Emma's 'I want a manager. my mixer arrived smashed' is a handoff, no offer left waiting",
    who: EMMA,
    style: "VIP, demand beside a report",
    turns: [
      {
        say: "I want a manager. my mixer arrived smashed",
        mention: ["damaged", "member of our team"],
        proposes: null,
        handoff: "new",
        handoff_reason: "asked for a person",
      },
      {
        say: "ok just send a new one then",
        mention: ["new Stand Mixer", QUEUE_LINE],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "20th round: Sarah, queued, says 'ugh this is taking ages. just cancel ORD-1003 for me'",
    who: SARAH,
    style: "impatient while queued",
    turns: [
      { say: "can i talk to a human please", handoff: "new" },
      {
        say: "ugh this is taking ages. just cancel ORD-1003 for me",
        mention: ["192\\.00 USD", QUEUE_LINE],
        avoid: ["more urgent"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled", QUEUE_LINE], proposes: null },
      { say: "never mind the person then, thanks", mention: ["withdrawn"], handoff: "withdrawn" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "20th round: Sarah's fed-up email: the headphones' news, 1003 cancelled, the return rules told",
    who: SARAH,
    style: "long email: greeting, story, two asks, signature",
    turns: [
      {
        say:
          "Hi,\n\nMy headphones (ORD-1001) still haven't come and I'm fed up. Please cancel my shoes order 1003, and tell me how returns work.\n\nThanks,\nSarah",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["can cancel", "within 30 days of delivery"],
        avoid: ["help with the return once", "member of our team"],
        proposes: "cancel_order",
        handoff: "none",
      },
      {
        say: "yes",
        mention: ["ORD-1003 is cancelled"],
        avoid: ["returning order ORD-1003"],
        proposes: null,
      },
      { say: "thanks", avoid: ["return"], handoff: "none" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "20th round: Emma's 'I'm contacting my lawyer. refund my vacuum NOW' is offered the refund",
    who: EMMA,
    style: "legal threat beside a demand",
    turns: [
      {
        say: "I'm contacting my lawyer. refund my vacuum NOW",
        mention: ["refund 313\\.99 USD"],
        avoid: ["don't see a refund", "member of our team"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes", mention: ["refunded 313\\.99 USD"], proposes: null },
      { say: "thank you", avoid: ["sorry", "queue"], handoff: "none" },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "20th round: Emma's 'I'm done with this shop. refund it.' is offered the refund, not queued",
    who: EMMA,
    style: "VIP, fed up, terse order",
    turns: [
      {
        say: "the mixer is broken and honestly I'm done with this shop. refund it.",
        mention: ["refund 349\\.00 USD"],
        avoid: ["supervisor", "member of our team"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes", mention: ["refunded 349\\.00 USD"], proposes: null },
      { say: "ok thanks, appreciated", avoid: ["queue", "sorry"], handoff: "none" },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "20th round: Sarah's 'fuck this, where are my headphones' is told where they are",
    who: SARAH,
    style: "swearing at the situation",
    turns: [
      {
        say: "fuck this, where are my headphones",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["Just to make sure", "make a complaint"],
        handoff: "none",
      },
      { say: "ok sorry. when do they arrive", mention: ["{date+2}"], handoff: "none" },
      { say: "thanks", avoid: ["sorry"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "20th round: Mike's 'I want my money back for the keyboard' is refused with the chase offered",
    who: MIKE,
    style: "accuses us of a scam, then asks what we can do",
    turns: [
      {
        say: "your company is a scam. I want my money back for the keyboard",
        mention: ["Refunds are for delivered orders", "investigation with FedEx"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      {
        say: "fine, what CAN you do then",
        mention: ["carrier investigation"],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["opened an investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
];
