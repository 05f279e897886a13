/**
 * Conversations of the queued-handoff work (issue 15): questions about the wait in many
 * phrasings, orders asked about while queued, a handoff that keeps its first reason and
 * supersedes a supervisor review; and what testers found besides — a lost parcel offered
 * its remedy at once, a guest with a sign-in code on its way, the dates of a Spanish reply,
 * and the second of two changes raised again once the first is settled.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";
const CLARIFY = "just to make sure|would you like to";

/** Conversations of the queued-handoff work and the testers' findings. */
export const QUEUED: Conversation[] = [
  {
    name: "Sarah queued asks how much longer, whether anyone is there, and about ORD-1001",
    who: SARAH,
    style: "impatient, chat spelling",
    turns: [
      { say: "get me a human please", handoff: "new" },
      {
        say: "how much longer??",
        handoff: "same",
        mention: ["expected wait is about|any moment"],
        avoid: [GREETING, CLARIFY],
      },
      { say: "r u there?", handoff: "same", mention: ["^Yes\\b", "queue"], avoid: [CLARIFY] },
      {
        say: "where is ORD-1001 meanwhile",
        facts: [{ order: "ORD-1001", field: "tracking" }, { order: "ORD-1001", field: "status" }],
        mention: ["still on the way"],
        avoid: [GREETING],
      },
      { say: "when will someone answer me", handoff: "same", mention: ["wait"] },
    ],
  },
  {
    name: "Mike's complaint proposes a supervisor, he asks for a person instead, then waits",
    who: MIKE,
    style: "angry, then resigned",
    turns: [
      { say: "where is ORD-2001", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "this is the worst service ever", proposes: "escalate_supervisor" },
      // The handoff supersedes the review: nothing waits for a yes any more.
      { say: "just get me a real person", handoff: "new", proposes: null },
      {
        say: "ok",
        handoff: "same",
        proposes: null,
        avoid: ["yes or a no", "supervisor to review", GREETING],
        mention: ["queue"],
      },
      { say: "how long will it be", handoff: "same", mention: ["wait"], proposes: null },
    ],
  },
  {
    name: "Mike asks for a person and chases twice: the handoff keeps the reason it was opened for",
    who: MIKE,
    style: "terse, then shouting",
    turns: [
      {
        say: "I want to talk to a real person",
        handoff: "new",
        handoff_reason: "asked for a person",
      },
      {
        say: "how long??",
        handoff: "same",
        handoff_reason: "asked for a person",
        mention: ["wait"],
      },
      {
        say: "THIS IS RIDICULOUS nobody is answering",
        handoff: "same",
        handoff_reason: "^the customer asked for a person$",
        mention: ["more urgent"],
      },
    ],
  },
  {
    name: "Emma's first message 'my parcel ORD-3001 never came' is told it is lost and refunded",
    who: EMMA,
    style: "upset, short",
    turns: [
      {
        say: "my parcel ORD-3001 never came",
        handoff: "none",
        facts: [{ order: "ORD-3001", field: "status" }, { order: "ORD-3001", field: "tracking" }],
        mention: ["refund", "replacement"],
        avoid: ["on its way", "passing our conversation"],
      },
      {
        say: "refund please",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "a guest with a sign-in code on its way is asked to type it, not for an email again",
    who: "guest.code@example.net",
    style: "guest",
    turns: [
      { say: "my email is emma.wilson@example.com", mention: ["code"], avoid: ["ORD-3001"] },
      {
        say: "where is ORD-3001",
        mention: ["type the one-time code"],
        avoid: ["Robot Vacuum", "TRK", "tell me the email address you ordered with"],
      },
      {
        say: "can you refund it",
        mention: ["type the one-time code"],
        avoid: ["313\\.99", "Done"],
        proposes: null,
      },
    ],
  },
  {
    name: "a guest giving an email with no account hears the same: type the code",
    who: "guest.code@example.net",
    style: "guest",
    turns: [
      { say: "hi, my email is no.account.here@example.com", mention: ["code"] },
      // The same reply as for an account's email: nothing tells whether one exists.
      { say: "where is my order", mention: ["type the one-time code"] },
      { say: "123456", mention: ["doesn't match"] },
    ],
  },
  {
    name: "Sarah asks in Spanish where ORD-1001 and ORD-1002 are and gets their dates",
    who: SARAH,
    style: "Spanish",
    turns: [
      {
        say: "Hola, ¿dónde está mi pedido ORD-1001?",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["en camino", "Salió el \\d{1,2}/\\d{1,2}/\\d{4}", "entrega estimada"],
        avoid: ["Hello"],
      },
      {
        say: "¿y el pedido ORD-1002?",
        mention: ["ORD-1002 se entregó el \\d{1,2}/\\d{1,2}/\\d{4}"],
        avoid: [GREETING, "¡Hola"],
      },
      { say: "gracias", avoid: [GREETING] },
    ],
  },
  {
    name: "Sarah cancels ORD-1003 and returns ORD-1002 in one message, each after its own yes",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "cancel ORD-1003 and return ORD-1002",
        proposes: "cancel_order",
        mention: ["also help with the return"],
      },
      {
        say: "yes",
        proposes: null,
        mention: ["cancelled", "You also asked about returning order ORD-1002"],
      },
      { say: "yes", proposes: "return_item", mention: ["ORD-1002"] },
      { say: "yes", proposes: null, mention: ["return"] },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-1003" },
      { action: "return_item", target: "ORD-1002" },
    ],
  },
  {
    name: "Sarah declines the cancellation and then the return she asked for beside it",
    who: SARAH,
    style: "brisk, changes her mind",
    turns: [
      { say: "cancel ORD-1003 and also return ORD-1002 pls", proposes: "cancel_order" },
      { say: "no", proposes: null, mention: ["You also asked about returning order ORD-1002"] },
      { say: "no thanks", proposes: null, avoid: ["You also asked"] },
      { say: "yes", proposes: null, avoid: ["return for order ORD-1002"] },
    ],
  },
  {
    name: "Mike asks for a person while a cancellation waits: reminded of it, then declines it",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel ORD-2002", proposes: "cancel_order" },
      {
        say: "actually get me a person first",
        handoff: "new",
        proposes: "cancel_order",
        mention: ["still waits for your answer", "shall I cancel order ORD-2002"],
      },
      {
        say: "how long",
        handoff: "same",
        proposes: "cancel_order",
        mention: ["wait", "shall I cancel order ORD-2002"],
      },
      { say: "no keep it", proposes: null, mention: ["won't cancel|nothing has been changed"] },
    ],
  },
];
