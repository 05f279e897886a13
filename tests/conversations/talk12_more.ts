/**
 * More conversations of the twelfth round (the talk12 branch): "what about 1001?" while a
 * change waits asks the same change of that order, proposed with the first under one yes.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";

/** The twelfth round's further conversations (the talk12 branch). */
export const TALK12_MORE: Conversation[] = [
  {
    name:
      "12th round: 'actually what about 1001' while 1003's cancellation waits: 1001 has shipped",
    who: SARAH,
    style: "another order by number, mid-proposal",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "actually what about 1001",
        mention: ["ORD-1001", "shipped", "ORD-1003"],
        avoid: ["not sure whether"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "12th round: 'ok how about the other one?' while 2002's cancellation waits, then 'nope'",
    who: MIKE,
    style: "lower case, then a no",
    turns: [
      { say: "cancel 2002 pls", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "ok how about the other one?",
        mention: ["ORD-2001", "ORD-2002"],
        avoid: ["not sure whether"],
        proposes: "cancel_order",
      },
      { say: "nope", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
];
