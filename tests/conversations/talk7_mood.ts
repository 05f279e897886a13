/**
 * The seventh round's mood (the talk7 branch): praise said in irony beside trouble ("wow
 * thanks a lot… great service", "love how my keyboard is late", "perfect. just perfect."),
 * praise read as a yes, as out of scope or as a complaint ("no complaints at all"), and
 * anger beside kind words.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** "I'm not sure whether that's a yes or a no": the reply to an unclear answer. */
const UNSURE = "yes or a no";

/** Irony and praise. */
export const TALK7_MOOD: Conversation[] = [
  {
    name: "7th round: Mike's 'wow thanks a lot… great service' about his late keyboard is irony",
    who: MIKE,
    style: "sarcastic",
    turns: [
      {
        say: "wow thanks a lot, my keyboard is late AGAIN. great service",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["honest feedback", "leave a review", "kind words"],
      },
      { say: "no", proposes: null },
      { say: "thanks", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Sarah gushes about fast delivery, then 'damn good sound too' is praise",
    who: SARAH,
    style: "excited, swearing",
    turns: [
      {
        say: "holy crap you guys are insanely fast lol",
        mention: ["kind words|lovely to hear|thank you"],
        avoid: ["sorry", "apologi"],
      },
      {
        say: "damn good sound too",
        avoid: ["what would you like me to help with", "sorry", "apologi"],
        mention: ["kind words|lovely to hear|thank you|glad"],
      },
      { say: "ok bye!", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike praises the last agent, then asks after ORD-2002, then 'ok cheers'",
    who: MIKE,
    style: "slang praise",
    turns: [
      {
        say: "your support is killing it honestly, the last agent was amazing",
        mention: ["kind words|lovely to hear"],
        avoid: ["sorry", "apologi", "outside what I can help"],
      },
      { say: "where's ORD-2002 at?", facts: [{ order: "ORD-2002", field: "status" }] },
      { say: "ok cheers", mention: ["happy to help|welcome"] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike's 'oh great, another delay' gets the delay and the investigation offer",
    who: MIKE,
    style: "sarcastic",
    turns: [
      {
        say: "oh great, another delay. love that for me",
        proposes: "carrier_investigation",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["not sure what you'd like", "kind words", "leave a review"],
      },
      { say: "no", proposes: null, avoid: ["opened"] },
      { say: "whatever. bye", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Mike's 'love how my keyboard is late, really great job guys' is irony",
    who: MIKE,
    style: "sarcastic",
    turns: [
      {
        say: "love how my keyboard is late, really great job guys",
        proposes: "carrier_investigation",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["kind words", "leave a review", "lovely to hear"],
      },
      { say: "no thanks", proposes: null, avoid: ["opened"] },
      { say: "bye", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Emma, angry about ORD-3001 but kind about the team, is asked last to choose",
    who: EMMA,
    style: "angry and kind",
    turns: [
      {
        say: "I'm so angry!!! ORD-3001 NEVER CAME. but honestly your team has always been lovely",
        facts: [{ order: "ORD-3001", field: "status" }],
        mention: ["which would you prefer\\?$"],
      },
      { say: "refund please", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "7th round: Mike's 'perfect. just perfect. my keyboard still isn't here' is irony",
    who: MIKE,
    style: "deadpan",
    turns: [
      {
        say: "perfect. just perfect. my keyboard still isn't here",
        proposes: "carrier_investigation",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["lovely to hear", "honest feedback", "leave a review"],
      },
      { say: "no", proposes: null, avoid: ["opened"] },
      { say: "k bye", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Emma loves the mixer and says 'no complaints at all': no supervisor",
    who: EMMA,
    style: "delighted",
    turns: [
      {
        say: "the mixer is AMAZING!!! seriously the best thing i've bought all year",
        mention: ["kind words|lovely to hear"],
        avoid: ["sorry", "apologi"],
      },
      {
        say: "no complaints at all",
        proposes: null,
        avoid: ["supervisor", "sorry", "apologi", "read everything you wrote"],
      },
      { say: "bye!", avoid: [UNSURE] },
    ],
    changes: [],
  },
  {
    name: "7th round: Emma thanks us, then 'actually one more thing, where is ORD-3002': answered",
    who: EMMA,
    style: "friendly VIP",
    turns: [
      {
        say: "thanks for the refund earlier, you guys were great",
        mention: ["kind words|lovely to hear"],
      },
      {
        say: "actually one more thing, where is ORD-3002",
        handoff: "none",
        facts: [{ order: "ORD-3002", field: "status" }],
        avoid: ["apolog", "member of our team"],
      },
      { say: "thank you, bye", handoff: "none", avoid: [UNSURE, "queue"] },
    ],
    changes: [],
  },
];
