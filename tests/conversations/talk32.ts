/**
 * The thirty-second round (the talk32 branch): thinking aloud, conditions and hypotheticals. A
 * shopper asks what a change would do ("what happens if I cancel 1003?"), whether to make it
 * ("should I just cancel?"), thinks aloud ("I'm thinking about returning it", "might cancel, not
 * sure yet"), sets a condition ("cancel it if it hasn't shipped yet", "only cancel the shoes if
 * the rest can still ship") or weighs two remedies. The answer is what would happen for their
 * order, offered softly; "not sure yet" and "what would you do?" are met as such; the ledger
 * shows only what was agreed.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "sam.taylor.shopper@example.net";
/** The hard ask a shopper who is only weighing a change should not get. */
const PUSHED = "Shall I go ahead\\?|Reply yes to confirm|Would you like me to go ahead\\?";
/** The soft offer: nothing changes until they decide. */
const SOFT = "nothing (?:has been changed|changes)";
/** "Not sure yet" read as unclear, or a yes asked again. */
const ASKED_AGAIN = "whether that's a yes or a no|Just to be sure";
/** The store's general rule, given in place of what would happen to their order. */
const GENERAL = "An order can be cancelled until it ships \\(while it is pending or processing\\)";

/** Questions of what a change would do, answered for the shopper's own order. */
export const TALK32: Conversation[] = [
  {
    name:
      "32nd round: 'what happens if I cancel 1003?' is answered for that order, then 'ok do it then'",
    who: SARAH,
    style: "hypothetical, then a yes",
    turns: [
      {
        // Was the general cancellation rule, and "ok do it then" found nothing waiting.
        say: "what happens if I cancel 1003?",
        mention: ["ORD-1003", "hasn't shipped|can cancel", "192\\.00", SOFT],
        avoid: [GENERAL, PUSHED],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "ok do it then", mention: ["cancelled"], avoid: ["nothing waiting"], proposes: null },
      { say: "thanks!", avoid: ["cancel it"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "32nd round: 'what if I cancel ORD-1001?' after it shipped is the no, and nothing waits",
    who: SARAH,
    style: "hypothetical, shipped order",
    turns: [
      {
        say: "what if I cancel ORD-1001?",
        mention: ["already shipped", "return"],
        avoid: [GENERAL, "I can cancel"],
        proposes: null,
      },
      { say: "oh ok, never mind then", avoid: ["cancelled"], proposes: null, handoff: "none" },
      { say: "ok", avoid: ["Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: Mike's 'what happens if i cancel 2002?', 'what do you think?', then a yes",
    who: MIKE,
    style: "terse hypothetical, asks advice",
    turns: [
      {
        say: "what happens if i cancel 2002?",
        mention: ["ORD-2002", "hasn't shipped|can cancel", SOFT],
        avoid: [GENERAL, PUSHED],
        proposes: "cancel_order",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "hmm what do you think?",
        mention: ["your call", "hasn't shipped yet"],
        avoid: [ASKED_AGAIN, "Done"],
        proposes: "cancel_order",
      },
      { say: "ok fine do it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "32nd round: 'if i cancel the water bottles only, do i get money back?' then 'do that'",
    who: SARAH,
    style: "lower case hypothetical about items",
    turns: [
      {
        say: "what if i cancel the water bottles only, do i get money back for them?",
        mention: ["Insulated Water Bottle", "ORD-1003", SOFT],
        avoid: [GENERAL, PUSHED],
        proposes: "modify_items",
      },
      { say: "hmm ok do that", mention: ["ORD-1003"], proposes: null },
      { say: "cheers", avoid: ["Shall I"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "32nd round: 'should I just cancel 1003?' is her call, and 'yeah ok' cancels it",
    who: SARAH,
    style: "asks whether to",
    turns: [
      {
        // Was a proposal with "Shall I go ahead? Reply yes to confirm."
        say: "should I just cancel 1003?",
        mention: ["your call", "ORD-1003", "hasn't shipped|can cancel"],
        avoid: [PUSHED],
        proposes: "cancel_order",
      },
      { say: "yeah ok", mention: ["cancelled"], proposes: null },
      { say: "great thx", avoid: ["cancel it"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "32nd round: a guest's 'if I cancel ORD-1003 will I get all my money back' changes nothing",
    who: GUEST,
    style: "guest hypothetical, then 'ok do it'",
    turns: [
      {
        say: "if I cancel ORD-1003 will I get all my money back",
        mention: ["sign in|email"],
        proposes: null,
      },
      { say: "ok do it", avoid: ["cancelled", "Done"], proposes: null },
      { say: "what happens if I cancel an order in general?", mention: ["cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: Emma's 'if i return the mixer do i get the full 349 back?' then 'not sure yet tbh'",
    who: EMMA,
    style: "hypothetical with an amount, then undecided",
    turns: [
      {
        say: "if i return the mixer do i get the full 349 back?",
        mention: ["ORD-3002", "return", SOFT],
        avoid: [PUSHED],
        proposes: "return_item",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "not sure yet tbh",
        mention: ["No rush", "haven't changed anything", "until"],
        avoid: [ASKED_AGAIN],
      },
      { say: "no, I'll keep it", avoid: ["Done", "return is open"], proposes: null },
    ],
    changes: [],
  },
];

/** Thinking aloud, conditions, and what the shopper would rather have. */
export { TALK32_MORE } from "./talk32_more.ts";
