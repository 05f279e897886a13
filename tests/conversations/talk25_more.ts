/**
 * The twenty-fifth round, continued: "how long" and "what does it not cover" after the
 * warranty, a supposed wait that is no complaint ("what if its been 35 days"), a price that
 * drops "tomorrow", a cancellation "even if its been paid?", the policy on delivery problems,
 * and a detail asked in so many words right after another rule.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "rules25@example.org";
const OVERVIEW = "Would you like details on refunds";
const UNSURE = "Just to make sure|what can I do for you next";

/** More of the twenty-fifth round's conversations. */
export const TALK25_MORE: Conversation[] = [
  {
    name: "25th round: 'how long' and 'what does it not cover' after the warranty",
    who: GUEST,
    style: "two-word follow-ups",
    turns: [
      { say: "is there a warranty on stuff", mention: ["at least 6 months"] },
      { say: "how long", mention: ["at least 6 months"], avoid: [OVERVIEW, "return any item"] },
      {
        say: "what does it not cover",
        mention: ["not accidental damage"],
        avoid: [OVERVIEW, "return any item"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: 'what if its been 35 days' after the refund policy is asked, not upset",
    who: SARAH,
    style: "a supposition with no question mark",
    turns: [
      { say: "whats your refund policy", mention: ["30 days of delivery"] },
      {
        say: "what if its been 35 days",
        mention: ["Not after 35 days", "warranty"],
        avoid: ["member of our team", "I'm sorry"],
        handoff: "none",
      },
      { say: "ok fair enough", handoff: "none", avoid: ["member of our team"] },
    ],
    changes: [],
  },
  {
    name: "25th round: 'so if it goes on sale tomorrow i'm screwed?' after the price-drop rule",
    who: MIKE,
    style: "sarcastic follow-up",
    turns: [
      { say: "what's your policy on price drops", mention: ["difference in price"] },
      {
        say: "so if it goes on sale tomorrow i'm screwed?",
        mention: ["difference in price", "return it within 30 days"],
        avoid: ["Something doesn't sound right", UNSURE],
      },
      { say: "ok thanks i guess", avoid: ["difference in price"] },
    ],
    changes: [],
  },
  {
    name: "25th round: a guest asks about cancelling, then 'how long do i have', 'even if paid?'",
    who: GUEST,
    style: "terse follow-ups on cancelling",
    turns: [
      { say: "can i cancel after ordering", mention: ["until it ships"] },
      {
        say: "how long do i have",
        mention: ["until it ships"],
        avoid: [OVERVIEW, "return any item"],
      },
      {
        say: "even if its been paid?",
        mention: ["^Yes — an order can be cancelled until it ships, paid or not"],
        avoid: ["declined", "billing address"],
      },
    ],
    changes: [],
  },
  {
    name: "25th round: Emma asks the policy on delivery problems in a polite full sentence",
    who: EMMA,
    style: "long and polite",
    turns: [
      {
        say: "Hello, I would like to understand your policy on delivery problems.",
        mention: ["investigation with the carrier", "Damaged or wrong items"],
        avoid: [OVERVIEW],
      },
      {
        say: "and who pays the return of a wrong item?",
        mention: ["free"],
        proposes: null,
      },
      { say: "thank you", avoid: ["investigation with the carrier"] },
    ],
    changes: [],
  },
  {
    name: "25th round: a refund's timing asked right after shipping abroad is that timing",
    who: GUEST,
    style: "another rule asked in so many words",
    turns: [
      { say: "whats ur return policy", mention: ["30 days"] },
      { say: "do u ship to the uk", mention: ["United Kingdom", "19\\.99 USD"] },
      {
        say: "how long does it take to get a refund",
        mention: ["5 business days"],
        avoid: ["shipping fee included"],
      },
    ],
    changes: [],
  },
];
