/**
 * More shoppers' styles on everyday asks: misspellings, slang, emoji, no punctuation at all,
 * and a shopper who does not say which order until asked.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const GREETING = "^(hi|hello|hey|dear)\\b";

/** Conversations in varied styles. */
export const STYLES: Conversation[] = [
  {
    name: "Sarah misspells cancel and confirms with a thumbs-up word",
    who: SARAH,
    style: "typos",
    turns: [
      {
        say: "pls cancle ORD-1003",
        proposes: "cancel_order",
        facts: [{ order: "ORD-1003", field: "total" }],
      },
      { say: "yes pls", proposes: null, mention: ["cancelled"] },
      { say: "ty", avoid: [GREETING], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Mike in slang cancels the monitor thing",
    who: MIKE,
    style: "slang",
    turns: [
      {
        say: "yo cancel the monitor order ORD-2002 i dont need it no more",
        proposes: "cancel_order",
      },
      { say: "yep do it", proposes: null, mention: ["cancelled"] },
      { say: "sweet", avoid: [GREETING] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Emma returns her stand mixer named by the product",
    who: EMMA,
    style: "polite",
    turns: [
      {
        say: "I would like to return my stand mixer, please.",
        proposes: "return_item",
        mention: ["ORD-3002"],
      },
      { say: "Yes, please go ahead.", proposes: null, mention: ["label"] },
      { say: "Many thanks.", avoid: [GREETING] },
    ],
    changes: [{ action: "return_item", target: "ORD-3002" }],
  },
  {
    name: "Sarah asks about 'my order' and names ORD-1002 when asked which",
    who: SARAH,
    style: "vague, then precise",
    turns: [
      { say: "whats the status of my order", mention: ["which order|ORD-"] },
      {
        say: "ORD-1002",
        facts: [{ order: "ORD-1002", field: "status" }, { order: "ORD-1002", field: "id" }],
      },
      { say: "ok thanks", avoid: [GREETING] },
    ],
  },
  {
    name: "Mike writes without any punctuation about his keyboard and the monitor",
    who: MIKE,
    style: "no punctuation",
    turns: [
      {
        say: "hey where is ORD-2001 been waiting forever",
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "and ORD-2002 whats up with that", facts: [{ order: "ORD-2002", field: "status" }] },
      { say: "ok cancel ORD-2002", proposes: "cancel_order" },
      { say: "no leave it", proposes: null },
    ],
  },
  {
    name: "Emma refunds the lost ORD-3001 after asking twice where it is",
    who: EMMA,
    style: "worried",
    turns: [
      { say: "Is there any news on ORD-3001?", facts: [{ order: "ORD-3001", field: "status" }] },
      { say: "So it's really gone?", mention: ["lost|refund|replacement"] },
      {
        say: "Then please refund ORD-3001",
        proposes: "refund",
        facts: [{ order: "ORD-3001", field: "total" }],
      },
      { say: "Yes, please.", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
];
