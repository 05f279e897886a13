/**
 * Talk46 round, continued: jokes (a person asked for in jest and taken back), praise while a
 * change waits, good news thanked, and mixed feedback beside a question.
 */
import type { Conversation } from "./schema.ts";
import { NO_TROUBLE } from "./talk46.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Jokes, and praise while a change waits: no person for a jest, no change for praise. */
export const TALK46_MORE: Conversation[] = [
  {
    name: "talk46: 'lol let me speak to your manager jk jk, where is 1001' hands over to nobody",
    who: SARAH,
    style: "a joke taken back, then a question",
    turns: [
      {
        // Was the status and "I'm passing our conversation to a member of our team".
        say: "lol let me speak to your manager jk jk, where is 1001",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["member of our team", "passing our conversation"],
        handoff: "none",
      },
      { say: "haha thanks", avoid: ["member of our team"], handoff: "none" },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'can I speak to the CEO 😂 kidding, when does 2001 arrive?'",
    who: MIKE,
    style: "a joke with an emoji, then the real question",
    turns: [
      {
        say: "can I speak to the CEO 😂 kidding, when does 2001 arrive?",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["member of our team"],
        handoff: "none",
      },
      { say: "ok cool", handoff: "none", avoid: ["Shall I"] },
      { say: "thx", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'speak to your manager... just kidding! you've been great' is thanked",
    who: SARAH,
    style: "a joke, then praise",
    turns: [
      {
        // Was a handoff, then "No problem." to the praise.
        say: "speak to your manager... just kidding! you've been great",
        mention: ["lovely to hear|kind words"],
        avoid: ["member of our team", "Just to make sure", "How can I help you today"],
        handoff: "none",
      },
      { say: "that's all", handoff: "none", avoid: ["Shall I"] },
      { say: "bye", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'I want a manager, no kidding' still asks for one",
    who: MIKE,
    style: "the opposite of a joke",
    turns: [
      { say: "where's 2001", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "I want a manager, no kidding", handoff: "new" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "talk46: 'cool cool, you guys rock' while a return waits is no yes",
    who: SARAH,
    style: "praise while a change waits",
    turns: [
      { say: "can I return 1002?", proposes: "return_item" },
      {
        say: "cool cool, you guys rock",
        mention: ["haven't done anything"],
        avoid: ["^Done", "label is on its way"],
        proposes: "return_item",
      },
      { say: "no, I'll keep it actually", avoid: ["^Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk46: 'you're a lifesaver' while a cancellation waits changes nothing",
    who: SARAH,
    style: "praise instead of an answer",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "you're a lifesaver",
        avoid: ["^Done", "is cancelled"],
        proposes: "cancel_order",
      },
      { say: "yes please cancel it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk46: 'headphones came 2 days early!! thanks guys' is thanked warmly",
    who: SARAH,
    style: "good news with exclamation marks",
    turns: [
      { say: "where is my order 1001?", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "headphones came 2 days early!! thanks guys",
        mention: ["kind words|lovely to hear|glad"],
        avoid: NO_TROUBLE,
        proposes: null,
        handoff: "none",
      },
      { say: "no that's it", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk46: 'the keyboard is great but it took forever, when does 2002 ship?'",
    who: MIKE,
    style: "mixed feedback and a question",
    turns: [
      {
        say: "the keyboard is great but it took forever, can you tell me when 2002 ships?",
        mention: ["glad you like", "waiting for payment"],
        facts: [{ order: "ORD-2002", field: "status" }],
        avoid: ["Just to make sure"],
        proposes: null,
      },
      { say: "ok will pay tonight", avoid: ["Shall I"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
];
