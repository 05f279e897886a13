/**
 * The thirty-second round, continued: thinking aloud ("I'm thinking about returning it",
 * "might cancel, not sure yet") offered softly and "not sure yet", "maybe I'll wait and see",
 * "I'll keep it for now" met as undecided; conditions set on a request checked against the
 * order; and a refund chosen over waiting for a new one kept a refund.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const PUSHED = "Shall I go ahead\\?|Reply yes to confirm|Would you like me to go ahead\\?";
const ASKED_AGAIN = "whether that's a yes or a no|Just to be sure";
const NO_RUSH = "No rush";

/** Thinking aloud and conditions. */
export const TALK32_MORE: Conversation[] = [
  {
    name:
      "32nd round: 'I'm thinking about returning the espresso machine', 'not sure yet', later a yes",
    who: SARAH,
    style: "thinking aloud, undecided, then decided",
    turns: [
      {
        // Was "Shall I go ahead? Reply yes to confirm.", then "not sure yet" asked yes or no.
        say: "I'm thinking about returning the espresso machine",
        mention: ["Espresso Machine", "ORD-1002", NO_RUSH],
        avoid: [PUSHED],
        proposes: "return_item",
      },
      {
        say: "not sure yet",
        mention: [NO_RUSH, "haven't changed anything", "until"],
        avoid: [ASKED_AGAIN],
      },
      { say: "ok yes, go ahead with the return", mention: ["return", "label"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "32nd round: 'might cancel the shoes order, not sure yet' then 'maybe I'll wait and see'",
    who: SARAH,
    style: "hedged, lower case",
    turns: [
      {
        say: "might cancel the shoes order, not sure yet",
        mention: ["ORD-1003", NO_RUSH],
        avoid: [PUSHED],
        proposes: "cancel_order",
      },
      {
        say: "maybe I'll wait and see",
        mention: [NO_RUSH, "hasn't shipped yet", "until it does"],
        avoid: [ASKED_AGAIN, "cancelled"],
      },
      { say: "where is my headphones order btw", mention: ["ORD-1001"], avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: 'im kinda considering sending back the frother tbh' then 'I'll keep it for now'",
    who: SARAH,
    style: "slang, thinking aloud",
    turns: [
      {
        say: "im kinda considering sending back the frother tbh",
        mention: ["Milk Frother", NO_RUSH],
        avoid: [PUSHED],
        proposes: "return_item",
      },
      {
        say: "eh, I'll keep it for now",
        mention: [NO_RUSH, "haven't changed anything"],
        avoid: [ASKED_AGAIN, "return is open"],
      },
      { say: "thanks", avoid: ["return is open"] },
    ],
    changes: [],
  },
  {
    name: "32nd round: Mike's 'I might cancel 2002, haven't decided' then 'no actually leave it'",
    who: MIKE,
    style: "hedged, then a no",
    turns: [
      {
        say: "I might cancel 2002, haven't decided",
        mention: ["ORD-2002", NO_RUSH],
        avoid: [PUSHED],
        proposes: "cancel_order",
      },
      {
        say: "no actually leave it",
        mention: ["nothing has been changed|won't cancel"],
        proposes: null,
      },
      { say: "ok thanks", avoid: ["cancelled"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'cancel the shoes', 'let me think about it', 'hmm, maybe later'",
    who: SARAH,
    style: "asked, then put off twice",
    turns: [
      { say: "cancel the shoes", mention: ["Trail Running Shoes"], proposes: "modify_items" },
      { say: "let me think about it", mention: ["haven't changed anything"], avoid: [ASKED_AGAIN] },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "hmm, maybe later",
        mention: [NO_RUSH, "hasn't shipped yet"],
        avoid: [ASKED_AGAIN],
      },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: Emma weighs a refund against a replacement, asks 'what would you do?', says no",
    who: EMMA,
    style: "weighing two remedies, asks advice",
    turns: [
      {
        say: "would a refund for the mixer be quicker than a replacement?",
        mention: ["replacement", "refund the full 349\\.00"],
        proposes: "replacement",
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "what would you do?",
        mention: ["your call", "just say yes"],
        avoid: [ASKED_AGAIN, "Done"],
        proposes: "replacement",
      },
      { say: "no, leave it", mention: ["nothing has been changed"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'a refund for the mixer instead of waiting for a new one' is a refund",
    who: EMMA,
    style: "thinking aloud, one remedy over another",
    turns: [
      {
        // Was a replacement proposed, and her yes sent a new mixer.
        say: "thinking i might just get a refund for the mixer instead of waiting for a new one",
        mention: ["refund 349\\.00", NO_RUSH],
        avoid: [PUSHED, "I can send you a new Stand Mixer"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded"], proposes: null },
      { say: "thank you", avoid: ["replacement"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "32nd round: 'only cancel the shoes if the rest can still ship' is the shoes of ORD-1003",
    who: SARAH,
    style: "condition on the rest of the order",
    turns: [
      {
        // Was every other order's cancellation refused and a return of ORD-1002 proposed.
        say: "only cancel the shoes if the rest can still ship",
        mention: ["ORD-1003", "Trail Running Shoes", "rest of the order stays"],
        avoid: ["ORD-1001", "ORD-1002"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
      { say: "great, thanks", avoid: ["ORD-1002", "return"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "32nd round: 'cancel 1003 if it hasn't shipped yet' holds: proposed, then cancelled",
    who: SARAH,
    style: "condition that holds",
    turns: [
      {
        say: "cancel 1003 if it hasn't shipped yet",
        mention: ["ORD-1003", "192\\.00"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "perfect, thanks", avoid: ["cancel it"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "32nd round: 'cancel ORD-1001 if it hasnt shipped yet' fails its condition: nothing proposed",
    who: SARAH,
    style: "condition that fails, typo",
    turns: [
      {
        say: "cancel ORD-1001 if it hasnt shipped yet",
        mention: ["already shipped"],
        avoid: ["I can cancel"],
        proposes: null,
      },
      { say: "ok", avoid: ["cancelled", "Done"], proposes: null },
      { say: "when will it get here then?", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "32nd round: 'cancel order 1003 unless it's already on its way' then 'yes please'",
    who: SARAH,
    style: "unless",
    turns: [
      {
        say: "cancel order 1003 unless it's already on its way",
        mention: ["hasn't shipped|can cancel", "ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes please", mention: ["cancelled"], proposes: null },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "32nd round: 'hmm what do you think?' while a return waits, then 'not now'",
    who: SARAH,
    style: "asks advice, then puts off",
    turns: [
      {
        say: "I'm thinking of sending the frother back",
        mention: ["Milk Frother", NO_RUSH],
        avoid: [PUSHED],
        proposes: "return_item",
      },
      {
        say: "hmm what do you think?",
        mention: ["your call", "until"],
        avoid: [ASKED_AGAIN],
        proposes: "return_item",
      },
      {
        say: "not now",
        mention: ["nothing has been changed"],
        avoid: [ASKED_AGAIN, "return is open"],
      },
    ],
    changes: [],
  },
  {
    name:
      "32nd round: Emma's 'is it better to return the mixer?' is offered softly, then 'idk yet'",
    who: EMMA,
    style: "asks whether to, for damaged goods",
    turns: [
      {
        say: "is it better to return the mixer?",
        mention: ["ORD-3002"],
        avoid: [PUSHED],
      },
      { say: "idk yet", mention: [NO_RUSH], avoid: [ASKED_AGAIN] },
      { say: "ok thanks, I'll come back", avoid: ["return is open", "Done —"] },
    ],
    changes: [],
  },
];
