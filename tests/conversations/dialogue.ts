/**
 * Conversations that only hold when the agent remembers the dialogue: the answer to the
 * question we asked, the choice between the changes we offered, a switch of mind while a
 * change waits for a yes, and elliptical follow-ups ("what about 2002", "and the
 * keyboard?", "is it delivered yet?") that carry the request of the turn before.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";
/** A clarifying question: what the dialogue state should make unnecessary. */
const CLARIFYING = "Which order|Just to make sure|what would you like me to do|Do you mean";

/** Conversations carried by the dialogue state. */
export const DIALOGUE: Conversation[] = [
  {
    name: "Mike asks where his keyboard is, then 'what about 2002'",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "where's my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        say: "what about 2002",
        facts: [{ order: "ORD-2002", field: "id" }, { order: "ORD-2002", field: "status" }],
        avoid: [CLARIFYING, "ORD-2001"],
      },
      { say: "ok thx", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Mike asks about the monitor, then 'and the keyboard?'",
    who: MIKE,
    style: "casual",
    turns: [
      { say: "where is my monitor", facts: [{ order: "ORD-2002", field: "status" }] },
      {
        say: "and the keyboard?",
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2001", field: "status" }],
        avoid: [CLARIFYING, "ORD-2002", GREETING],
      },
      { say: "cool", proposes: null, handoff: "none" },
    ],
  },
  {
    name: "Sarah asks about the one that shipped, then 'is it delivered yet?'",
    who: SARAH,
    style: "chatty",
    turns: [
      {
        say: "what's up with the one that shipped",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "is it delivered yet?",
        facts: [{ order: "ORD-1001", field: "id" }, { order: "ORD-1001", field: "status" }],
        avoid: [CLARIFYING],
      },
      { say: "ok cheers", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah gets the invoice of ORD-1001, then 'and ORD-1002?'",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "I need the invoice for ORD-1001",
        mention: ["invoice"],
        facts: [{ order: "ORD-1001", field: "id" }],
      },
      {
        say: "and ORD-1002?",
        mention: ["invoice"],
        facts: [{ order: "ORD-1002", field: "id" }],
        avoid: [CLARIFYING, "ORD-1001"],
      },
      { say: "thanks!", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Emma picks the replacement of the lost robot vacuum from the choice offered",
    who: EMMA,
    style: "terse",
    turns: [
      {
        say: "hi, any update on my robot vacuum?",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["refund", "replacement"],
      },
      {
        say: "the replacement",
        proposes: "replacement",
        facts: [{ order: "ORD-3001", field: "id" }],
        handoff: "none",
      },
      { say: "yes go ahead", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Emma turns a pending refund into a replacement with 'nah make it a replacement'",
    who: EMMA,
    style: "indecisive, slang",
    turns: [
      {
        say: "refund ORD-3001 please",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      {
        // Her "nah" is a choice, not a complaint: no handoff, no apology for it.
        say: "nah make it a replacement",
        proposes: "replacement",
        handoff: "none",
        avoid: ["apologi"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah sends half the new address of ORD-1003, is asked for the rest, then confirms",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "change the address on ORD-1003 pls", mention: ["new address"] },
      { say: "22 Baker Street", proposes: null, mention: ["postcode"], avoid: [GREETING] },
      {
        say: "22 Baker Street, London NW1 6XE",
        proposes: "change_address",
        mention: ["ORD-1003", "London"],
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah answers 'sure, it's …' with the new address of the order that hasn't shipped",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "can I change the shipping address for the order that hasn't shipped yet",
        mention: ["new address"],
        facts: [{ order: "ORD-1003", field: "id" }],
      },
      {
        say: "sure, it's 14 Kings Road, Brighton BN1 1AA",
        proposes: "change_address",
        mention: ["Brighton"],
      },
      { say: "yep", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah answers which item of ORD-1003 to change with 'make it 3 bottles'",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "I want to change the items on ORD-1003",
        mention: ["Which item"],
        facts: [{ order: "ORD-1003", field: "id" }],
      },
      { say: "make it 3 bottles", proposes: "modify_items", mention: ["from 2 to 3"] },
      { say: "yes", proposes: null, avoid: [GREETING] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
