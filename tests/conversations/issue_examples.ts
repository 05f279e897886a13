/**
 * The examples of issue 15, each in a conversation of its own, written as the cast would
 * write them (Emma: VIP, long and polite; Mike: terse, lower case; Sarah: gold, brisk).
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** The issue's examples. */
export const ISSUE_EXAMPLES: Conversation[] = [
  {
    name: "Emma told ORD-3001 is lost wants her money back today and gets it after a clear yes",
    who: EMMA,
    style: "polite, long",
    turns: [
      {
        say: "Good afternoon, could you tell me where my order ORD-3001 is, please?",
        facts: [{ order: "ORD-3001", field: "id" }, { order: "ORD-3001", field: "tracking" }, {
          order: "ORD-3001",
          field: "status",
        }],
        mention: ["refund", "replacement"],
        avoid: ["on its way", "in transit"],
      },
      {
        say: "I want my money back today",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
        mention: ["replacement"],
        avoid: ["still on its way", "delivered orders"],
      },
      {
        say: "yes",
        proposes: null,
        mention: ["refunded"],
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      { say: "Thank you, that's very kind.", avoid: [GREETING], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "Emma asks for a replacement instead of the refund on offer and it is sent once",
    who: EMMA,
    style: "polite",
    turns: [
      { say: "Where is my order ORD-3001?", mention: ["lost"], avoid: ["on its way"] },
      { say: "I want my money back today", proposes: "refund" },
      {
        say: "can you send a replacement instead of refund?",
        proposes: "replacement",
        mention: ["replacement", "free of charge"],
      },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-3001"] },
      { say: "yes", proposes: null, avoid: ["Done"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Mike asks about the other one, 2002, then when the keyboard arrives",
    who: MIKE,
    style: "terse, lower case",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        say: "whats going on with the other one, 2002?",
        facts: [{ order: "ORD-2002", field: "id" }, { order: "ORD-2002", field: "status" }],
      },
      {
        say: "when will the keyboard arrive",
        facts: [{ order: "ORD-2001", field: "id" }],
        avoid: ["ORD-2002"],
      },
    ],
  },
  {
    name: "Sarah asks for the tracking number of the one that shipped",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "the one that shipped, whats the tracking number",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: ["Which order do you mean"],
      },
      { say: "and when's it due?", facts: [{ order: "ORD-1001", field: "id" }] },
      { say: "great ta", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah changes the address of ORD-1003 with the address in the same message",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "change the address on ORD-1003 to 22 Baker Street, London NW1 6XE",
        proposes: "change_address",
        // The guardrail masks street addresses to the town in every reply (privacy): the
        // proposal carries the whole address, the reply names London.
        mention: ["ORD-1003", "London"],
      },
      { say: "yes", proposes: null, mention: ["22 Baker Street|address"] },
      { say: "cheers", avoid: [GREETING] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah gives the new address of ORD-1003 in the message after asking",
    who: SARAH,
    style: "brisk",
    turns: [
      { say: "I need to change the delivery address on ORD-1003", mention: ["new address"] },
      { say: "22 Baker Street, London NW1 6XE", proposes: "change_address" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "where's ORD-1001 and do you take PayPal: both answered in one reply",
    who: SARAH,
    style: "two questions",
    turns: [
      {
        say: "where's ORD-1001 and do you take PayPal?",
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1001", field: "status" }],
        mention: ["PayPal"],
      },
      { say: "ok thanks", avoid: [GREETING] },
      { say: "bye", proposes: null },
    ],
  },
  {
    name: "Hola, dónde está mi pedido ORD-1001: answered in Spanish",
    who: SARAH,
    style: "Spanish",
    turns: [
      {
        say: "Hola, ¿dónde está mi pedido ORD-1001?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["pedido", "ORD-1001"],
      },
      { say: "¿y cuándo llega?", mention: ["ORD-1001"] },
      { say: "gracias", avoid: ["Just to make sure"] },
    ],
  },
  {
    name: "Mike already queued writes 'hello?? anyone there': no greeting, no new handoff",
    who: MIKE,
    style: "impatient",
    turns: [
      { say: "i need a human", handoff: "new" },
      {
        say: "hello?? anyone there",
        handoff: "same",
        avoid: [GREETING, "How can I help you today"],
        mention: ["queue", "wait"],
      },
      {
        say: "ok whatever where is ORD-2001",
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2001", field: "status" }],
        avoid: [GREETING],
      },
      { say: "still waiting here...", handoff: "same", avoid: [GREETING], mention: ["queue"] },
    ],
  },
  {
    name: "a forgotten password gets how to reset it, no apology and no handoff",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "I forgot my password and can't log into my account",
        handoff: "none",
        mention: ["Forgot password\\?"],
        avoid: ["sorry", "apologi", "shouldn't have happened"],
      },
      {
        say: "the reset email never came",
        handoff: "none",
        mention: ["Forgot password|reset link|spam"],
      },
      { say: "ok got it now, thanks", handoff: "none", avoid: [GREETING] },
    ],
  },
  {
    name: "a guest claiming Emma's email learns nothing of her orders and can change none",
    who: "guest.visitor@example.net",
    style: "guest, casual",
    turns: [
      {
        say: "my email is emma.wilson@example.com",
        avoid: ["ORD-3001", "Robot Vacuum", "Boston", "Beacon Hill", "TRK"],
      },
      {
        say: "where is ORD-3001",
        avoid: ["Robot Vacuum", "TRK", "lost", "DHL"],
        mention: ["sign in|email address"],
      },
      { say: "cancel ORD-3001", avoid: ["Done", "cancelled"], proposes: null },
      { say: "refund it then", avoid: ["Done", "313\\.99"], proposes: null },
    ],
  },
  {
    name: "a guest giving Emma's email is sent a one-time sign-in code",
    who: "guest.visitor@example.net",
    style: "guest",
    turns: [
      {
        say: "my email is emma.wilson@example.com",
        mention: ["code"],
        avoid: ["ORD-3001", "Robot Vacuum", "TRK"],
      },
      // Still a guest until the code is typed: asked to sign in, shown nothing of the order.
      { say: "where is ORD-3001", avoid: ["Robot Vacuum", "TRK"], mention: ["sign in|code"] },
      { say: "I didn't get any code", avoid: ["Robot Vacuum", "TRK"] },
    ],
  },
];
