/**
 * The talk54 round: replies whose tone hangs on reading the mood right. Praise worded as a
 * fault denied ("can't complain", "no issues at all") or as speed ("that was quick") was met
 * with "sorry for the trouble" or "would you like to make a complaint?"; praise said alone
 * before trouble ("fantastic, the box was empty") and anger named ("absolutely livid") were
 * greeted cheerfully. Neutral questions stay free of apologies.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
/** What a reply to praise must not say: an apology, a fix, a complaint asked about. */
const NOT_SORRY =
  "sorry|apolog|let's get this sorted|frustrat|make a complaint|something I can do about it";
/** A cheerful greeting: what a reply to irony or anger must not open with. */
const CHEERFUL =
  "thanks for getting in touch!|lovely to hear|glad to hear|kind words|happy to help";
/** Thanks for praise. */
const THANKED = "lovely to hear|kind words|thank you";
/** Any apology or sympathy: what a reply to a calm question does not need. */
const SYMPATHY = "sorry|apolog|frustrat|let's get this sorted";

export const TALK54: Conversation[] = [
  {
    name:
      "talk54: 'can't fault the service, very quick refund' is thanked, not 'let's get this sorted'",
    who: SARAH,
    style: "dry praise",
    turns: [
      // Was read negative: "I understand — let's get this sorted. Thank you for the honest feedback".
      {
        say: "can't fault the service, very quick refund",
        mention: [THANKED],
        avoid: [NOT_SORRY, "honest feedback"],
      },
      { say: "thanks", avoid: [NOT_SORRY] },
      { say: "that's all", avoid: [NOT_SORRY], handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "talk54: 'I can't complain, the keyboard works' is praise, not a parcel that didn't turn up",
    who: MIKE,
    style: "understated",
    turns: [
      // Was "sorry for the trouble — a parcel that doesn't turn up is frustrating".
      {
        say: "I can't complain, the keyboard works",
        mention: [THANKED],
        avoid: [NOT_SORRY, "turn up"],
      },
      { say: "nope that's it", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: 'I've no issues with it at all' is thanked, not asked whether it is a complaint",
    who: MIKE,
    style: "understated",
    turns: [
      // Was "would you like to make a complaint, or sort out a payment problem?".
      {
        say: "I've no issues with it at all",
        mention: ["lovely to hear|thank"],
        avoid: [NOT_SORRY, "Just to make sure"],
      },
      { say: "thanks, bye", avoid: [NOT_SORRY] },
      { say: "ok", avoid: [NOT_SORRY], proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk54: 'no complaints here, the monitor is great', then where the keyboard is",
    who: MIKE,
    style: "casual",
    turns: [
      { say: "no complaints here, the monitor is great", mention: [THANKED], avoid: [NOT_SORRY] },
      {
        say: "where's my keyboard though",
        mention: ["current estimate for delivery is"],
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "ok thanks", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: 'no complaints at all, the monitor is perfect 😊' then a product question",
    who: MIKE,
    style: "emoji",
    turns: [
      {
        say: "no complaints at all, the monitor is perfect 😊",
        mention: [THANKED],
        avoid: [NOT_SORRY],
      },
      { say: "do you sell monitor stands?", mention: ["Laptop Stand"], avoid: [SYMPATHY] },
      { say: "ok", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: 'the espresso machine is brilliant, can't fault it' gets thanks and the review",
    who: SARAH,
    style: "warm",
    turns: [
      {
        say: "the espresso machine is brilliant, can't fault it",
        mention: [THANKED],
        avoid: [NOT_SORRY],
      },
      { say: "thanks!", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk54: 'cant fault u guys tbh, v quick reply' (typed fast) is thanked for the team",
    who: MIKE,
    style: "typos",
    turns: [
      {
        say: "cant fault u guys tbh, v quick reply",
        mention: ["kind words|lovely to hear|thank you"],
        avoid: [NOT_SORRY],
      },
      { say: "that's it", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: 'no probs at all with the headphones, works a treat' is praise",
    who: SARAH,
    style: "british slang",
    turns: [
      {
        say: "no probs at all with the headphones, works a treat",
        mention: [THANKED],
        avoid: [NOT_SORRY],
      },
      { say: "thx", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: a guest's 'Can't complain, delivery was quick 👍' is thanked",
    who: "newbie77@example.com",
    style: "guest, terse",
    turns: [
      { say: "Can't complain, delivery was quick 👍", mention: [THANKED], avoid: [NOT_SORRY] },
      { say: "nope", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name:
      "talk54: 'wow that was quick, thanks' after a cancellation is thanked, not apologised for",
    who: SARAH,
    style: "pleased",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      {
        say: "wow that was quick, thanks",
        mention: ["kind words|lovely to hear|thank you|welcome"],
        avoid: [NOT_SORRY],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk54: 'the refund came through super fast, thank you!' is thanked for the team",
    who: SARAH,
    style: "pleased",
    turns: [
      {
        say: "the refund came through super fast, thank you!",
        mention: [THANKED],
        avoid: [NOT_SORRY, "review on the product page"],
      },
      { say: "no that's all", avoid: [NOT_SORRY] },
      { say: "bye", avoid: [NOT_SORRY] },
    ],
    changes: [],
  },
  {
    name: "talk54: 'fantastic, the box was empty' is irony: met with an apology and the remedy",
    who: EMMA,
    style: "sarcastic",
    turns: [
      // Was read positive: the reply opened "Hello Emma." as if she were pleased.
      {
        say: "fantastic, the box was empty",
        mention: ["apolog|sorry", "refund"],
        avoid: [CHEERFUL],
      },
      { say: "the vacuum, ORD-3001", facts: [{ order: "ORD-3001", field: "tracking" }] },
      { say: "a refund please", proposes: "refund" },
    ],
    changes: [],
  },
  {
    name: "talk54: 'Brilliant. Now the vacuum won't turn on.' is met with an apology",
    who: EMMA,
    style: "sarcastic",
    turns: [
      // Was read positive: "Hi Emma, thanks for getting in touch, I'm sorry…".
      {
        say: "Brilliant. Now the vacuum won't turn on.",
        mention: ["apolog|sorry"],
        avoid: [CHEERFUL],
      },
      { say: "ORD-3001", facts: [{ order: "ORD-3001", field: "tracking" }] },
      { say: "replacement", proposes: "replacement" },
    ],
    changes: [],
  },
  {
    name: "talk54: 'oh wonderful, the refund bounced' is not answered cheerfully",
    who: SARAH,
    style: "sarcastic",
    turns: [
      // Was read positive: "Hi Sarah, thanks for getting in touch!".
      { say: "oh wonderful, the refund bounced", mention: ["refund"], avoid: [CHEERFUL] },
      { say: "ok", avoid: [CHEERFUL] },
      { say: "thanks", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "talk54: 'well that's just perfect, charged twice' goes to a person with an apology",
    who: SARAH,
    style: "sarcastic",
    turns: [
      // Was read positive: "Hi Sarah! Payment problems are frustrating".
      {
        say: "well that's just perfect, charged twice",
        mention: ["sorry|apolog"],
        avoid: ["Hi Sarah!"],
        handoff: "new",
      },
      { say: "ok", handoff: "same" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name:
      "talk54: 'absolutely livid right now, where is my keyboard' is met, then the investigation",
    who: MIKE,
    style: "angry",
    turns: [
      // Was read positive: "Hi Mike, thanks for getting in touch!".
      {
        say: "absolutely livid right now, where is my keyboard",
        mention: ["sorry", "current estimate for delivery is"],
        avoid: [CHEERFUL],
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
      { say: "fine, open the investigation", proposes: "carrier_investigation" },
      { say: "yes", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "talk54: 'I'm so done. cancel everything' is met and the one cancellable order cancelled",
    who: MIKE,
    style: "fed up",
    turns: [
      {
        say: "I'm so done. cancel everything",
        mention: ["ORD-2002"],
        avoid: [CHEERFUL],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "ok", avoid: [CHEERFUL] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "talk54: 'I'm so done with you guys. where is my vacuum' gets an apology and a refund",
    who: EMMA,
    style: "fed up",
    turns: [
      {
        say: "I'm so done with you guys. where is my vacuum",
        mention: ["apolog|sorry", "lost"],
        avoid: [CHEERFUL],
      },
      { say: "refund", proposes: "refund" },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk54: 'great. just great. another delay' is met and the investigation offered",
    who: MIKE,
    style: "sarcastic",
    turns: [
      { say: "where's my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      {
        say: "great. just great. another delay",
        mention: ["sorry", "investigation with FedEx"],
        avoid: ["lovely to hear|glad to hear|kind words"],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "talk54: calm questions about shipping to Canada are answered without sympathy",
    who: EMMA,
    style: "neutral",
    turns: [
      { say: "hi, do you ship to Canada?", mention: ["ship to Canada"], avoid: [SYMPATHY] },
      { say: "and how long does it take?", mention: ["business days"], avoid: [SYMPATHY] },
      { say: "ok thanks", avoid: [SYMPATHY] },
    ],
    changes: [],
  },
  {
    name: "talk54: a refund asked for plainly is proposed without apologies, then declined",
    who: SARAH,
    style: "neutral",
    turns: [
      {
        say: "I'd like a refund for the frother please, it's too loud",
        mention: ["29.00"],
        avoid: [SYMPATHY],
        proposes: "refund",
      },
      { say: "no, leave it actually", proposes: null },
      { say: "thanks", avoid: [SYMPATHY] },
    ],
    changes: [],
  },
  {
    name: "talk54: questions about returns are answered plainly, no apology",
    who: EMMA,
    style: "neutral",
    turns: [
      { say: "what's your returns policy?", mention: ["30 days"], avoid: [SYMPATHY] },
      { say: "and is return shipping free?", mention: ["label"], avoid: [SYMPATHY] },
      { say: "ok", avoid: [SYMPATHY] },
    ],
    changes: [],
  },
];
