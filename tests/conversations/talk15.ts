/**
 * The fifteenth round (the talk15 branch): the order in focus, and every request of a
 * message answered — orders named by their goods ("my headphones order and my shoes
 * order"), by age ("and my oldest?"), as "the other one" after two were answered, as "both
 * … that aren't delivered", loose order numbers, and a remedy asked for one order beside
 * the trouble of another (an upset VIP offered what she asked for, not queued).
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The fifteenth round's conversations. */
export const TALK15: Conversation[] = [
  {
    name: "15th round: Sarah speeds up her headphones order and her shoes order, named by goods",
    who: SARAH,
    style: "plain, orders named by their items",
    turns: [
      {
        say: "I would like to speed up my headphones order and my shoes order",
        mention: ["ORD-1001", "ORD-1003", "one yes covers both"],
        avoid: ["Standard shipping takes", "just tell me"],
        proposes: "expedite_delivery",
        handoff: "none",
      },
      { say: "yes", mention: ["ORD-1001", "ORD-1003"], avoid: ["what would you like"] },
      { say: "great thanks", avoid: ["expedite", "speed up"] },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "15th round: Sarah 'can you speed up my headphones and shoes', then yes",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "can you speed up my headphones and shoes",
        mention: ["ORD-1001", "ORD-1003"],
        avoid: ["Standard shipping takes"],
        proposes: "expedite_delivery",
      },
      { say: "yep", proposes: null, avoid: ["what would you like"] },
      { say: "cheers", avoid: ["speed up"] },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "15th round: Mike rushes the keyboard and the monitor orders, then says no",
    who: MIKE,
    style: "chat slang",
    turns: [
      {
        say: "rush the keyboard and the monitor orders pls",
        mention: ["ORD-2001", "ORD-2002", "9\\.99"],
        proposes: "expedite_delivery",
      },
      { say: "nah too pricey, leave it", proposes: null, avoid: ["Done"] },
      {
        say: "where is the keyboard then",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["ORD-2002"],
      },
    ],
  },
  {
    name: "15th round: Sarah asks when the headphones come and whether the shoes shipped",
    who: SARAH,
    style: "one question of two orders by goods",
    turns: [
      {
        say: "can you tell me when the headphones arrive and whether the shoes shipped yet",
        facts: [
          { order: "ORD-1001", field: "status" },
          { order: "ORD-1003", field: "status" },
        ],
        avoid: ["Do you mean", "Which order"],
      },
      {
        say: "and the other one?",
        facts: [{ order: "ORD-1002", field: "status" }],
        avoid: ["Which order", "Do you mean"],
      },
      { say: "ok thanks", avoid: ["Which order"] },
    ],
  },
  {
    name: "15th round: Sarah's headphones and shoes, then 'and the other one?' is the third",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "where are my headphones and my shoes?",
        facts: [
          { order: "ORD-1001", field: "status" },
          { order: "ORD-1003", field: "status" },
        ],
      },
      {
        say: "and the other one?",
        facts: [{ order: "ORD-1002", field: "id" }, { order: "ORD-1002", field: "status" }],
        avoid: ["Which order", "ORD-1001", "ORD-1003"],
      },
      { say: "perfect, thats all", avoid: ["Which order"] },
    ],
  },
  {
    name: "15th round: Sarah asks both orders that aren't delivered, then cancels the unshipped",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      {
        say: "whats the status of both my orders that arent delivered",
        facts: [
          { order: "ORD-1003", field: "status" },
          { order: "ORD-1001", field: "status" },
        ],
        avoid: ["Which order", "ORD-1002"],
      },
      {
        say: "ok cancel the one that hasnt shipped",
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "15th round: Sarah's most recent order, then 'and my oldest?', then 'and the newest?'",
    who: SARAH,
    style: "elliptical follow-ups",
    turns: [
      { say: "where is my most recent order", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        say: "and my oldest?",
        facts: [{ order: "ORD-1002", field: "id" }, { order: "ORD-1002", field: "status" }],
        avoid: ["outside what I can help", "Just to make sure"],
      },
      {
        say: "and the newest?",
        facts: [{ order: "ORD-1003", field: "id" }],
        avoid: ["Just to make sure", "outside what I can help"],
      },
    ],
  },
  {
    name: "15th round: Sarah's oldest order, then 'and the newest?' is ORD-1003",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "where is my oldest order", facts: [{ order: "ORD-1002", field: "status" }] },
      {
        say: "and the newest?",
        facts: [{ order: "ORD-1003", field: "id" }, { order: "ORD-1003", field: "status" }],
        avoid: ["delivery problem", "Just to make sure"],
      },
      { say: "k thx", avoid: ["Just to make sure"] },
    ],
  },
  {
    name: "15th round: Emma (VIP) asks a replacement for the cracked mixer; the lost vacuum kept",
    who: EMMA,
    style: "upset VIP, two orders by goods",
    turns: [
      {
        say: "my mixer arrived with a cracked bowl and the vacuum never came. I'd like a " +
          "replacement for the mixer please",
        mention: ["ORD-3002", "ORD-3001", "lost", "replacement"],
        avoid: ["passing our conversation", "member of our team", "Do you mean"],
        proposes: "replacement",
        handoff: "none",
      },
      { say: "yes please", mention: ["replacement"], avoid: ["member of our team"] },
      {
        say: "yes",
        mention: ["ORD-3001", "refund", "replacement"],
        avoid: ["member of our team"],
      },
      { say: "a refund please", mention: ["313\\.99"], proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [
      { action: "replacement", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "15th round: Emma 'refund the vacuum and replace the mixer', one after the other",
    who: EMMA,
    style: "upset VIP, two remedies in one sentence",
    turns: [
      {
        say:
          "my vacuum never came and the mixer is broken, refund the vacuum and replace the mixer",
        mention: ["ORD-3001", "313\\.99", "replacement for order ORD-3002"],
        avoid: ["member of our team", "Do you mean", "Refunds are for delivered orders"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes", mention: ["refunded", "ORD-3002"], proposes: null },
      { say: "yes", mention: ["Stand Mixer"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "15th round: Emma 'the vacuum never showed up. refund it please. and the mixer…'",
    who: EMMA,
    style: "short sentences, 'it' for the order before",
    turns: [
      {
        say: "the vacuum never showed up. refund it please. and the mixer came dented, i want " +
          "a new one",
        mention: ["ORD-3001", "313\\.99", "replacement for order ORD-3002"],
        avoid: ["member of our team", "349\\.00 USD for order ORD-3002"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes", mention: ["refunded"], proposes: null },
      { say: "yes", mention: ["Stand Mixer"], proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "15th round: Emma 'replace the mixer and refund the vacuum' (calm)",
    who: EMMA,
    style: "terse, two remedies",
    turns: [
      {
        say: "replace the mixer and refund the vacuum",
        mention: ["ORD-3002", "refund"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["ORD-3001"], proposes: null },
      { say: "yes", mention: ["313\\.99"], proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "replacement", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "15th round: Mike 'whr is ORD 2001', then 'order 2002?'",
    who: MIKE,
    style: "loose order numbers",
    turns: [
      {
        say: "whr is ORD 2001",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
      },
      { say: "order 2002?", facts: [{ order: "ORD-2002", field: "status" }], avoid: ["ORD-2001"] },
      { say: "k", avoid: ["Just to make sure"] },
    ],
  },
  {
    name: "15th round: Sarah '#1001 status', 'order 1003?', then 'cancel it' is 1003",
    who: SARAH,
    style: "loose order numbers",
    turns: [
      { say: "#1001 status", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "order 1003?", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "cancel it", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "15th round: Mike 'where is my keyboard? also pls cancel 2002': both answered",
    who: MIKE,
    style: "status beside a change of another order",
    turns: [
      {
        say: "where is my keyboard? also pls cancel 2002",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["ORD-2002", "cancel"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002", "cancelled"], proposes: null },
      { say: "thx", avoid: ["cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "15th round: Mike 'cancel my monitor order and tell me where the keyboard is'",
    who: MIKE,
    style: "a change before a status, orders by goods",
    turns: [
      {
        say: "cancel my monitor order and tell me where the keyboard is",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["ORD-2002"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002"], proposes: null },
      {
        say: "and the keyboard's tracking number?",
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "15th round: Mike 'ord 2001 status plz', then 'what about the other'",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "ord 2001 status plz", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "what about the other",
        facts: [{ order: "ORD-2002", field: "status" }],
        avoid: ["Which order"],
      },
      { say: "ok", avoid: ["Which order"] },
    ],
  },
];
