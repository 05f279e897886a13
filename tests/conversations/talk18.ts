/**
 * The eighteenth round (the talk18 branch): corrections and recoveries — a wrong order number
 * or item corrected ("sorry wrong number, i meant 1003", "not that one, the other"), "sorry,
 * wrong shop" before the real question, a damage report said back, a problem announced with
 * nothing said of it, and policy answers that open with "Yes —" only to a yes-or-no question.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const NO_PROBLEM = "^No problem";

/** The eighteenth round's conversations: corrections, slips and policy openings. */
export const TALK18: Conversation[] = [
  {
    name: "18th round: Sarah's 'sorry wrong order number, it's 1003' gets 1003's status, no cancel",
    who: SARAH,
    style: "apologetic, corrects a number",
    turns: [
      { say: "where is ORD-1002", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "sorry wrong order number, it's 1003",
        facts: [{ order: "ORD-1003", field: "status" }],
        avoid: ["cancel", "Just to make sure"],
        proposes: null,
      },
      { say: "ok thanks", avoid: ["cancel"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'oops typo, it's ORD-1001' is a status, not a complaint",
    who: SARAH,
    style: "terse, typo owned",
    turns: [
      { say: "where's my order ORD-1002?", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "oops typo, it's ORD-1001",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: ["Thank you for telling us", "colleague"],
      },
      { say: "great ty", avoid: ["ORD-1002"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah says 'sorry wrong number, i meant 1003' without the word order",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "has ORD-1001 shipped?", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "sorry wrong number, i meant 1003",
        facts: [{ order: "ORD-1003", field: "status" }],
        avoid: ["Just to make sure", "delivery address"],
        proposes: null,
      },
      { say: "ok so when will it ship", mention: ["ORD-1003"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Mike's 'not that one, the other' after the monitor is the keyboard",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "whats the status of ORD-2002", facts: [{ order: "ORD-2002", field: "status" }] },
      {
        say: "not that one, the other",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        avoid: [NO_PROBLEM],
      },
      { say: "ok thx", avoid: ["ORD-2002"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'not that one, the other' with two others is asked which",
    who: SARAH,
    style: "terse, vague",
    turns: [
      { say: "whats the status of my shoes", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "not that one, the other", mention: ["ORD-1001", "ORD-1002"], avoid: [NO_PROBLEM] },
      { say: "the headphones", facts: [{ order: "ORD-1001", field: "status" }] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'no I meant the shoes' carries the return over to ORD-1003",
    who: SARAH,
    style: "corrects herself",
    turns: [
      { say: "can i return the headphones", mention: ["ORD-1001"] },
      {
        say: "no I meant the shoes",
        mention: ["ORD-1003", "hasn't shipped"],
        avoid: [NO_PROBLEM],
        // The shoes off unshipped ORD-1003, not all of it cancelled (talk38).
        proposes: "modify_items",
      },
      {
        say: "no leave it",
        proposes: null,
        mention: ["won't (?:cancel|change)|nothing has been changed"],
      },
    ],
    changes: [],
  },
  {
    name: "18th round: Mike's 'typo, should be 2002' after an invoice asks 2002's invoice",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "can i get an invoice for ORD-2001", mention: ["invoice", "ORD-2001"] },
      { say: "typo, should be 2002", mention: ["ORD-2002", "paid"] },
      { say: "ok", avoid: ["ORD-2001"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'sorry wrong number, i meant 1001' while 1003's cancel waits",
    who: SARAH,
    style: "apologetic",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "sorry wrong number, i meant 1001",
        mention: ["ORD-1001", "already shipped"],
        proposes: null,
      },
      { say: "ok then where is it", facts: [{ order: "ORD-1001", field: "status" }] },
    ],
    changes: [],
  },
  {
    name: "18th round: Emma's damaged mixer is said back in the handoff and in its status",
    who: EMMA,
    style: "polite, VIP",
    turns: [
      {
        say: "my stand mixer arrived damaged",
        mention: ["told us the Stand Mixer arrived damaged"],
        handoff: "new",
      },
      {
        say: "what's the status of my stand mixer?",
        facts: [{ order: "ORD-3002", field: "status" }],
        mention: ["told us it arrived damaged", "team"],
      },
      { say: "ok thank you", avoid: ["refund 349"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's broken espresso machine is said back when she asks where it is",
    who: SARAH,
    style: "chatty",
    turns: [
      { say: "my espresso machine arrived broken", proposes: "refund" },
      {
        say: "where is my espresso machine",
        facts: [{ order: "ORD-1002", field: "status" }],
        mention: ["told us it arrived damaged"],
        proposes: "refund",
      },
      { say: "yes refund it", mention: ["refund"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "18th round: Emma's 'sorry, wrong account i think. what about my mixer' is its status",
    who: EMMA,
    style: "apologetic, two thoughts",
    turns: [
      { say: "where is my espresso machine", mention: ["can't see"] },
      {
        say: "sorry, wrong account i think. what about my mixer",
        facts: [{ order: "ORD-3002", field: "status" }],
        avoid: ["password", "sign in", "passing our conversation"],
        handoff: "none",
      },
      { say: "ok great", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "18th round: Mike's 'ah sorry, wrong shop. my keyboard…, where is it' is its status",
    who: MIKE,
    style: "long, apologetic",
    turns: [
      { say: "where is my espresso machine?", mention: ["can't see"] },
      {
        say: "ah sorry, wrong shop. my keyboard is what i wanted to ask about, where is it",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["Thank you for telling us"],
        proposes: null,
      },
      { say: "thx", avoid: ["espresso"] },
    ],
    changes: [],
  },
  {
    name: "18th round: Mike's 'wrong shop lol. where's my keyboard' after 'which to return?'",
    who: MIKE,
    style: "slang",
    turns: [
      { say: "i want to return my espresso machine", mention: ["can't see"] },
      {
        say: "ah sorry wrong shop lol. where's my keyboard",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["return it within"],
        proposes: null,
      },
      { say: "ok cool", proposes: null },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'sorry not 1003, the headphones order' after the address question",
    who: SARAH,
    style: "corrects the order she named",
    turns: [
      { say: "change address of ORD-1003", mention: ["new address"] },
      {
        say: "sorry not 1003, the headphones order",
        mention: ["ORD-1001", "already shipped"],
        avoid: ["ORD-1003"],
        proposes: null,
      },
      { say: "ah ok never mind then", proposes: null },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'not 1002, 1003' answers 1003 only",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "where is ORD-1002", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "not 1002, 1003",
        facts: [{ order: "ORD-1003", field: "status" }],
        avoid: ["ORD-1002"],
      },
      { say: "thanks", avoid: ["ORD-1002"] },
    ],
    changes: [],
  },
  {
    name: "18th round: 'no the other one, the frother' returns the frother, not another order",
    who: SARAH,
    style: "corrects the item",
    turns: [
      { say: "return the espresso machine", proposes: "return_item" },
      {
        say: "no the other one, the frother",
        mention: ["Milk Frother"],
        avoid: ["ORD-1001", "ORD-1003"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "18th round: Emma's 'where are my headphones' (none of hers) is not her lost vacuum",
    who: EMMA,
    style: "wrong account, then the right question",
    turns: [
      {
        say: "where are my headphones",
        mention: ["can't see any headphones"],
        avoid: ["marked the parcel as lost", "refund it in full"],
      },
      {
        say: "oh sorry, wrong account lol. where's my mixer",
        facts: [{ order: "ORD-3002", field: "status" }],
        avoid: ["password", "passing our conversation"],
        handoff: "none",
      },
      { say: "perfect thanks", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "18th round: Sarah's 'thats my husband's account. nvm. where are my headphones'",
    who: SARAH,
    style: "takes a slip back mid-message",
    turns: [
      { say: "where is the keyboard i ordered", mention: ["can't see"] },
      {
        say: "oh wait thats my husband's account. nvm. where are my headphones",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: ["another person's account"],
      },
      { say: "thanks!", avoid: ["another person"] },
    ],
    changes: [],
  },
];
