/**
 * The sixteenth round, continued: a payment told as "nvm its paid", an order not theirs asked
 * about again ("ok can you at least tell me if it shipped"), "ugh" before an answer, and relief
 * beside a yes ("thank god").
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const ASKED_AGAIN = "whether that's a yes or a no";
const CLARIFY = "Just to make sure";

/** More of the sixteenth round's conversations. */
export const TALK16_MORE: Conversation[] = [
  {
    name: "16th round: Mike's 'nvm its paid. how much was it' after a PayPal question",
    who: MIKE,
    style: "calls it off, asks the amount",
    turns: [
      { say: "my paypal payment for ORD-2002 didnt go through?", mention: ["ORD-2002"] },
      {
        say: "nvm its paid. how much was it",
        facts: [{ order: "ORD-2002", field: "total" }],
        mention: ["PayPal"],
        avoid: ["card is declined", "billing address", "let's get this sorted"],
      },
      { say: "ok thx", avoid: ["declined"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Mike's 'ok its paid now' after how to pay is about ORD-2002's payment",
    who: MIKE,
    style: "terse statement",
    turns: [
      { say: "how do i pay for ORD-2002", mention: ["PayPal"] },
      {
        say: "ok its paid now",
        facts: [{ order: "ORD-2002", field: "id" }],
        mention: ["payment"],
        avoid: ["what would you like me to help with"],
      },
      { say: "thanks", avoid: [CLARIFY] },
    ],
    changes: [],
  },
  {
    name:
      "16th round: Mike refused his wife's order, 'at least tell me if it shipped': not even that",
    who: MIKE,
    style: "pushes after a privacy refusal",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        say: "and my wife sarah's order ORD-1001?",
        avoid: ["Headphones", "TRK8800001001", "UPS"],
      },
      {
        say: "ok can you at least tell me if it shipped",
        mention: ["not even whether", "ORD-2001 has shipped"],
        avoid: ["Headphones", "TRK8800001001", "check the number", "Which order"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "16th round: Mike's friend's order, then 'at least tell me if it shipped'",
    who: MIKE,
    style: "friend's order, asked twice",
    turns: [
      { say: "whats the status of ORD-3001", avoid: ["Robot Vacuum", "lost"] },
      {
        say: "its my friends order, she asked me",
        mention: ["signed in with"],
        avoid: ["Robot Vacuum", "DHL"],
      },
      {
        say: "ok can you at least tell me if it shipped",
        mention: ["not even whether"],
        avoid: ["Robot Vacuum", "DHL", "lost", "Which order do you mean"],
      },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'ugh no' keeps ORD-1003, 'ugh fine' alone does not cancel",
    who: SARAH,
    style: "exasperated interjections",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "ugh fine", avoid: ["Done", "is cancelled"], proposes: "cancel_order" },
      { say: "ugh no", mention: ["won't cancel"], avoid: ["Done", ASKED_AGAIN], proposes: null },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'yes please!! thank god' cancels, 'obsessed with' is praise",
    who: SARAH,
    style: "relief and slang",
    turns: [
      { say: "pls cancel 1003", proposes: "cancel_order" },
      {
        say: "yes please!! thank god",
        mention: ["cancelled"],
        avoid: ["You're welcome", ASKED_AGAIN],
        proposes: null,
      },
      {
        say: "omg obsessed with my espresso machine btw",
        avoid: ["sorted", "honest feedback", "sorry"],
        handoff: "none",
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "16th round: Sarah's 'sure but not the shoes' removes the bottles from ORD-1003",
    who: SARAH,
    style: "mixed answer: yes, except",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "sure but not the shoes",
        mention: ["Insulated Water Bottle"],
        avoid: [ASKED_AGAIN, "remove the Trail Running Shoes"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "16th round: Sarah's 'yes, everything except the bottles', then a no: nothing changes",
    who: SARAH,
    style: "mixed answer, then declines",
    turns: [
      { say: "can u cancel 1003", proposes: "cancel_order" },
      {
        say: "yes, everything except the bottles",
        mention: ["Trail Running Shoes"],
        avoid: [ASKED_AGAIN, "is cancelled"],
        proposes: "modify_items",
      },
      { say: "hmm no leave it", avoid: ["Done"], proposes: null },
    ],
    changes: [],
  },
];
