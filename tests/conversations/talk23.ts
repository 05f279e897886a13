/**
 * The twenty-third round: a person asked for beside a request ("get me a manager and cancel
 * ORD-1003" — the change answered and proposed, the person queued too), call backs asked in
 * shoppers' words (proposed with the day, time and number, or asked for what is missing), and
 * shoppers already queued whose clear requests are still read and answered.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const QUEUE_LINE = "still on the way";
const PERSON_TOO = "You asked for a person too";

/** The twenty-third round's conversations: a person beside a request, and call backs. */
export const TALK23: Conversation[] = [
  {
    name: "23rd round: 'get me a manager and cancel ORD-1003' proposes the cancellation and queues",
    who: SARAH,
    style: "terse, two asks",
    turns: [
      {
        say: "get me a manager and cancel ORD-1003",
        mention: ["can cancel", "192\\.00 USD", PERSON_TOO],
        proposes: "cancel_order",
        handoff: "new",
      },
      { say: "yes", mention: ["cancelled", QUEUE_LINE], proposes: null },
      { say: "thanks", mention: ["on the way|queue"], avoid: ["cancel"], handoff: "same" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "23rd round: Emma's 'manager and cancel ORD-1003' is told it isn't hers, and queued",
    who: EMMA,
    style: "terse, someone else's order",
    turns: [
      {
        say: "get me a manager and cancel ORD-1003",
        mention: ["find (an )?order ORD-1003", PERSON_TOO],
        avoid: ["Trail Running", "192\\.00"],
        proposes: null,
        handoff: "new",
      },
      { say: "yes", avoid: ["cancelled"], proposes: null, handoff: "same" },
      { say: "ok", avoid: ["cancelled"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "23rd round: Mike's manager beside cancelling his shipped keyboard: why not, and queued",
    who: MIKE,
    style: "angry, two asks",
    turns: [
      {
        say: "this is a joke. get me a manager and cancel my keyboard order",
        mention: ["already shipped", "return it within 30 days", PERSON_TOO],
        avoid: ["cancelled"],
        proposes: null,
        handoff: "new",
      },
      { say: "ok", avoid: ["cancelled"], proposes: null, handoff: "same" },
      { say: "how long??", mention: ["expected wait"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'manager. now. and refund ORD-1002' queues the person beside the refund",
    who: SARAH,
    style: "clipped commands",
    turns: [
      {
        say: "manager. now. and refund ORD-1002",
        mention: ["refund 428\\.00 USD", PERSON_TOO],
        proposes: "refund",
        handoff: "new",
      },
      { say: "yes", mention: ["refunded 428\\.00 USD", QUEUE_LINE], proposes: null },
      { say: "ok good", avoid: ["refund 428"], handoff: "same" },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "23rd round: a supervisor asked and the address changed in the same email",
    who: SARAH,
    style: "formal, address given",
    turns: [
      {
        say:
          "I want to speak to a supervisor. Also please change the delivery address of ORD-1003 to 42 Elm Street, Portland, OR 97201",
        mention: ["Portland", PERSON_TOO],
        proposes: "change_address",
        handoff: "new",
      },
      { say: "yes", mention: ["new address", QUEUE_LINE], proposes: null },
      { say: "thank you", handoff: "same" },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "23rd round: Emma wants a real person and a refund for the broken mixer: both",
    who: EMMA,
    style: "VIP, two asks in one breath",
    turns: [
      {
        say: "i want a real person and a refund for the broken mixer",
        mention: ["refund 349\\.00 USD", PERSON_TOO],
        proposes: "refund",
        handoff: "new",
      },
      { say: "yes", mention: ["refunded 349\\.00 USD", QUEUE_LINE], proposes: null },
      { say: "ok", handoff: "same" },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "23rd round: a person 'about cancelling ORD-1003' is offered the cancellation meanwhile",
    who: SARAH,
    style: "polite, the subject named",
    turns: [
      {
        say: "I want to talk to a person about cancelling ORD-1003",
        mention: ["can cancel", PERSON_TOO],
        proposes: "cancel_order",
        handoff: "new",
      },
      {
        say: "can't you just do it?",
        mention: ["cancel order ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "23rd round: queued, then 'cancel ORD-1003 and get me a manager too' is proposed",
    who: SARAH,
    style: "impatient, queued",
    turns: [
      { say: "human please", handoff: "new" },
      {
        say: "cancel ORD-1003 and get me a manager too",
        mention: ["can cancel", QUEUE_LINE],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "23rd round: Emma, queued, 'actually, could you just send a new vacuum?' is proposed",
    who: EMMA,
    style: "queued, changes her mind",
    turns: [
      { say: "get me a person", handoff: "new" },
      {
        say: "actually, could you just send a new vacuum?",
        mention: ["replacement", QUEUE_LINE],
        avoid: ["invoice", "Just to make sure"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "23rd round: 'can i speak to someone, my order hasn't arrived' gets the person and the news",
    who: SARAH,
    style: "a person and a problem, one comma",
    turns: [
      {
        say: "can i speak to someone, my order ORD-1001 hasn't arrived",
        mention: ["member of our team"],
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        handoff: "new",
      },
      { say: "thanks", mention: ["on the way|queue"], handoff: "same" },
      { say: "is someone coming?", mention: ["on the way|someone is coming"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'what will the agent see?' while queued: the whole conversation",
    who: MIKE,
    style: "worried about repeating himself",
    turns: [
      { say: "human pls", handoff: "new" },
      {
        say: "what will the agent see?",
        mention: ["whole conversation", "won't need to repeat"],
        avoid: ["Just to make sure"],
        handoff: "same",
      },
      {
        say: "do i have to explain it all again?",
        mention: ["won't need to repeat"],
        handoff: "same",
      },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'no need to talk to a person, just cancel ORD-1003' queues nobody",
    who: SARAH,
    style: "a person turned down",
    turns: [
      {
        say: "no need to talk to a person, just cancel ORD-1003 please",
        mention: ["can cancel"],
        avoid: ["member of our team", PERSON_TOO],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "yes", mention: ["cancelled"], avoid: [QUEUE_LINE], proposes: null },
      { say: "thanks", avoid: ["queue"], handoff: "none" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "23rd round: 'put me through to customer service, I want to return…' offers the return too",
    who: SARAH,
    style: "one comma, two asks",
    turns: [
      {
        say: "put me through to customer service, I want to return the espresso machine",
        mention: ["return for the Espresso Machine", PERSON_TOO],
        proposes: "return_item",
        handoff: "new",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open", QUEUE_LINE], proposes: null },
      { say: "thx", handoff: "same" },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
