/**
 * Conversations found by talking to the system as a newcomer would, after the suite was
 * written: damage told in other words than ours, a replacement asked for as "a new one",
 * and order questions in French and German about a lost or late parcel.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations found by trying the system. */
export const FOUND: Conversation[] = [
  {
    name: "Emma's mixer arrived in pieces and she asks for a new one instead of the refund",
    who: EMMA,
    style: "polite, the product misnamed",
    turns: [
      {
        say: "Hello, I'm writing about my order ORD-3002. The vase arrived in pieces.",
        proposes: "refund",
        mention: ["replacement"],
        avoid: ["neighbours", "supervisor"],
        facts: [{ order: "ORD-3002", field: "id" }],
      },
      {
        say: "I'd like a new one please",
        proposes: "replacement",
        mention: ["free of charge"],
        avoid: ["yes or a no", GREETING],
      },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-3002"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name:
      "Sarah's espresso machine came broken: 'no, a new one please' turns the refund into a replacement",
    who: SARAH,
    style: "brisk",
    turns: [
      {
        say: "my ORD-1002 arrived broken",
        proposes: "refund",
        facts: [{ order: "ORD-1002", field: "total" }],
      },
      {
        say: "no, a new one please",
        proposes: "replacement",
        avoid: ["start a return", "otherwise it can be returned"],
      },
      { say: "yes please", proposes: null, mention: ["replacement"] },
      { say: "thanks!", proposes: null, avoid: [GREETING] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "Emma asks in French where her lost parcel is and is handed to a French-speaking colleague",
    who: EMMA,
    style: "French, then without accents",
    turns: [
      {
        say: "Bonjour, où est ma commande ORD-3001 ?",
        handoff: "new",
        mention: ["perdu", "rembourser"],
        avoid: ["en route", "Thanks for your patience"],
      },
      { say: "ou est mon colis 3001", handoff: "same", avoid: ["en route", GREETING] },
      { say: "merci", avoid: ["en route"] },
    ],
  },
  {
    name: "Mike asks in German about his late keyboard, then the monitor",
    who: MIKE,
    style: "German, terse",
    turns: [
      {
        say: "wo ist meine bestellung 2001",
        handoff: "none",
        mention: ["Verzögerung", "TRK\\d{10}"],
      },
      { say: "und ORD-2002?", handoff: "none", mention: ["ORD-2002"], avoid: ["ORD-2001 ist"] },
      { say: "danke", avoid: ["ORD-"] },
    ],
  },
  {
    name: "Mike asks when the monitor ships and for the keyboard's tracking in one message",
    who: MIKE,
    style: "terse, two questions, products not ids",
    turns: [
      {
        say: "hey can u tell me when my monitor ships and also whats the tracking for the keyboard",
        facts: [{ order: "ORD-2002", field: "id" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["Do you mean"],
        proposes: null,
      },
      { say: "ok and why is the monitor not paid, i paid", avoid: ["ORD-2001 \\("] },
      {
        say: "cancel the monitor then",
        proposes: "cancel_order",
        facts: [{ order: "ORD-2002", field: "id" }],
      },
      { say: "yes", proposes: null, mention: ["cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah asks where the headphones are and whether the espresso machine was delivered",
    who: SARAH,
    style: "two questions, products not ids",
    turns: [
      {
        say: "where are the headphones and has the espresso machine been delivered?",
        facts: [
          { order: "ORD-1001", field: "tracking" },
          { order: "ORD-1002", field: "status" },
        ],
        avoid: ["Do you mean"],
      },
      {
        say: "and the shoes?",
        facts: [{ order: "ORD-1003", field: "id" }],
        avoid: [GREETING, "Do you mean"],
      },
      { say: "great thanks", avoid: [GREETING], proposes: null },
    ],
  },
  {
    name: "Emma's parcel is lost and she asks for a manager in the same breath",
    who: EMMA,
    style: "upset, one long sentence",
    turns: [
      {
        say: "My package ORD-3001 is lost, this is unacceptable, I want a manager",
        handoff: "new",
        avoid: ["still on its way"],
      },
      {
        say: "how long will that take",
        handoff: "same",
        mention: ["wait|minutes"],
        avoid: [GREETING],
      },
      { say: "ok thank you", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike's sarcastic delay complaint, then why it is late while the investigation waits",
    who: MIKE,
    style: "sarcastic, terse",
    turns: [
      {
        say: "great, another delay. just what i needed 🙄",
        proposes: "carrier_investigation",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        avoid: ["outside what I can help", "support assistant"],
      },
      {
        say: "why is it delayed",
        proposes: "carrier_investigation",
        mention: ["weather"],
        avoid: ["yes or a no"],
      },
      { say: "ok yes open the investigation", proposes: null, mention: ["investigation"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
];
