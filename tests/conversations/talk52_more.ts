/**
 * Talk52 round, continued: the change asked for later, hedges and idioms held unclear, emoji,
 * two changes and a digression before the yes, a soft offer taken with "ok".
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Said when the reply could not tell a yes from a no. */
const UNSURE = "not sure whether that's a yes";
/** Said when ORD-1003 was cancelled. */
const CANCELLED = "ORD-1003 is cancelled";

/** More conversations of the talk52 round. */
export const TALK52_MORE: Conversation[] = [
  {
    name: "talk52: 'not today, maybe next week' changes nothing and says until when it can wait",
    who: SARAH,
    style: "putting it off",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "not today, maybe next week",
        mention: ["later day", "until it does"],
        avoid: [UNSURE, CANCELLED],
        proposes: "cancel_order",
      },
      { say: "ok thanks bye", avoid: [CANCELLED] },
    ],
    changes: [],
  },
  {
    name: "talk52: 'process the refund on friday pls' is no yes; 'actually no, leave it' is a no",
    who: SARAH,
    style: "a day named for the change",
    turns: [
      { say: "refund ORD-1002", proposes: "refund" },
      {
        say: "process the refund on friday pls",
        mention: ["later day", "to decide"],
        avoid: ["refunded"],
        proposes: "refund",
      },
      { say: "actually no, leave it", avoid: ["refunded"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk52: 'sure why not' is asked again; the 'yes' after cancels once",
    who: SARAH,
    style: "an idiom held unclear",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "sure why not", avoid: [CANCELLED], proposes: "cancel_order" },
      { say: "yes", mention: [CANCELLED], proposes: null },
      { say: "yes", avoid: ["cancelled again"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'I guess…' is no yes; 'no actually keep it' leaves the order",
    who: SARAH,
    style: "a hedge, then a no",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "I guess…", avoid: [CANCELLED], proposes: "cancel_order" },
      { say: "no actually keep it", avoid: [CANCELLED], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk52: 👎 to the cancellation is a no, and 👍 after it does nothing",
    who: SARAH,
    style: "emoji only",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "👎", mention: ["won't cancel"], proposes: null },
      { say: "👍", avoid: [CANCELLED], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk52: 'go for it' to the first of two changes, then each asked for its own yes",
    who: SARAH,
    style: "two changes, short yeses",
    turns: [
      { say: "refund 1002 and cancel 1003", proposes: "refund" },
      {
        say: "go for it",
        mention: ["refunded 428\\.00", "cancelling order ORD-1003"],
        proposes: null,
      },
      { say: "yes", mention: ["ORD-1003"], avoid: [CANCELLED], proposes: "cancel_order" },
      { say: "yup", mention: [CANCELLED], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-1002" },
      { action: "cancel_order", target: "ORD-1003" },
    ],
  },
  {
    name: "talk52: a yes three turns later, after two questions, cancels once",
    who: SARAH,
    style: "a digression before the yes",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "where is ORD-1001?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "cancel_order",
      },
      { say: "what's your returns policy", mention: ["30 days"], proposes: "cancel_order" },
      { say: "ok yes cancel it", mention: [CANCELLED], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk52: 'ok' after Mike is offered an investigation opens it",
    who: MIKE,
    style: "a soft offer, a one-word yes",
    turns: [
      { say: "my order 2001 is really late", proposes: "carrier_investigation" },
      { say: "ok", mention: ["investigation"], proposes: null },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
];
