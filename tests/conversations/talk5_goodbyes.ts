/**
 * The fifth round's goodbyes said while a change waits for a yes (the talk5 branch): nothing
 * is done, the change stays the question asked, and a later yes acts once; and a cheerful
 * customer's praise beside a question.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";

/** Goodbyes while a change waits (the talk5 branch). */
export const TALK5_GOODBYES: Conversation[] = [
  {
    name:
      "5th round: Sarah's cancellation waits, she says 'ok bye', later says yes: cancelled once",
    who: SARAH,
    style: "leaving mid-question",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "ok bye",
        proposes: "cancel_order",
        mention: ["haven't changed anything", "say yes"],
        avoid: ["yes or a no", "is cancelled"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "5th round: Mike's late keyboard, he says 'fine bye' to the investigation: nothing opened",
    who: MIKE,
    style: "resigned",
    turns: [
      {
        say: "my keyboard is late AGAIN",
        facts: [{ order: "ORD-2001", field: "status" }],
        proposes: "carrier_investigation",
      },
      {
        say: "fine bye",
        mention: ["haven't changed anything"],
        avoid: ["yes or a no", "opened"],
      },
      { say: "no", proposes: null, avoid: ["opened"] },
    ],
    changes: [],
  },
  {
    name:
      "5th round: Mike praises the shop and asks after ORD-2001 in one breath, then 'lol ok ty'",
    who: MIKE,
    style: "cheerful, chat slang",
    turns: [
      {
        say: "omg ur the best, the keyboard support was amazing last time!! anyway wheres ORD-2001",
        mention: ["lovely to hear|kind words"],
        avoid: ["leave a review", "sorry|apologi"],
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
      },
      { say: "lol ok ty", mention: ["you're welcome|happy to help"] },
      { say: "bye", mention: ["lovely day|take care"] },
    ],
  },
  {
    name: "5th round: Sarah asks to change her password and her phone number at once",
    who: SARAH,
    style: "two account questions in one",
    turns: [
      {
        say: "i'd like to change my password and also update my phone number",
        mention: ["Forgot password", "phone number"],
      },
      { say: "and can you unsubscribe me from emails", mention: ["Account → Notifications"] },
      { say: "great, that's all", mention: ["lovely day|take care"] },
    ],
  },
  {
    name: "5th round: Sarah asks in emoji and slang whether returns are free and where refunds go",
    who: SARAH,
    style: "emoji, chat slang, tag question",
    turns: [
      { say: "hiii 👋 quick one: r returns free?", mention: ["label is free"], proposes: null },
      {
        say: "and refunds go back to my card right?",
        mention: ["goes back to the way you paid"],
        avoid: ["don't see a refund"],
        proposes: null,
      },
      { say: "👍", avoid: ["what would you like me to help with"], proposes: null },
    ],
    changes: [],
  },
];
