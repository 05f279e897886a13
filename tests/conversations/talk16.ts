/**
 * The sixteenth round (the talk16 branch): yes and no, mood and follow-ups as people really
 * chat — relief beside a yes ("yes!! finally"), a turn-back that settles on a yes, the
 * replacement asked for again in its own words, "ugh typical" (no thanks), slang praise of
 * the shop, "i just want it sorted" with nothing told, and follow-ups of a word or two after
 * an answer ("how long?", "which carrier?", "cool, and returns?").
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "rio.guest@example.net";
const ASKED_AGAIN = "whether that's a yes or a no";
const CLARIFY = "Just to make sure";

/** The sixteenth round's conversations. */
export const TALK16: Conversation[] = [
  {
    name: "16th round: Sarah's 'yes!! finally' cancels ORD-1003 once",
    who: SARAH,
    style: "relieved, exclamation marks",
    turns: [
      { say: "cancel ORD-1003 please", proposes: "cancel_order" },
      { say: "yes!! finally", mention: ["cancelled"], avoid: [ASKED_AGAIN], proposes: null },
      { say: "thank youuu", avoid: ["cancel order ORD-1003\\?", ASKED_AGAIN] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "16th round: Sarah's 'yeah no' then 'actually yes do it' opens the return",
    who: SARAH,
    style: "chatty, changes her mind",
    turns: [
      { say: "can i return ORD-1002", proposes: "return_item" },
      { say: "yeah no", avoid: ["Done"], proposes: "return_item" },
      { say: "actually yes do it", mention: ["return"], avoid: [ASKED_AGAIN], proposes: null },
      { say: "ty", avoid: [ASKED_AGAIN] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "16th round: Emma's 'ok send the new one pls' is the yes to the replacement",
    who: EMMA,
    style: "terse, restates the change",
    turns: [
      { say: "my vacuum ORD-3001 never arrived", mention: ["lost"] },
      { say: "can you send a replacement", proposes: "replacement" },
      {
        say: "ok send the new one pls",
        mention: ["replacement"],
        avoid: [ASKED_AGAIN, "address"],
        proposes: null,
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "16th round: Emma turns back to a yes: 'hmm let me think' then 'actually, yes'",
    who: EMMA,
    style: "hesitant, then sure",
    turns: [
      { say: "ORD-3001 still hasnt come, its been ages", mention: ["lost"] },
      { say: "a replacement please", proposes: "replacement" },
      { say: "hmm let me think", avoid: ["Done"], proposes: "replacement" },
      { say: "actually, yes send it", avoid: [ASKED_AGAIN], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "16th round: Mike's 'ugh typical' while an investigation waits thanks nobody",
    who: MIKE,
    style: "fed up, two words",
    turns: [
      { say: "why is my keyboard late", proposes: "carrier_investigation" },
      {
        say: "ugh typical",
        mention: ["frustrating", "investigation"],
        avoid: ["You're welcome", "Done", ASKED_AGAIN],
        proposes: "carrier_investigation",
      },
      { say: "no thanks, that's all", avoid: ["Done", ASKED_AGAIN], proposes: null },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'this shop slaps ngl' is praise, no supervisor",
    who: SARAH,
    style: "slang praise",
    turns: [
      {
        say: "this shop slaps ngl",
        mention: ["thank"],
        avoid: ["supervisor", "apolog", "sorry"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "the mixer slaps",
        avoid: ["supervisor", "Is there something I can do about it"],
        proposes: null,
      },
      { say: "u guys rock", avoid: ["supervisor", "sorry"], proposes: null, handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'i just want it sorted' with nothing told is asked what happened",
    who: SARAH,
    style: "impatient, untold",
    turns: [
      {
        say: "i just want it sorted",
        mention: ["what happened"],
        avoid: ["I can tell you where an order is", "lovely", "review"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "my headphones ORD-1001 are late",
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      { say: "ok thanks", avoid: ["what happened"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Mike's 'honestly i just need this fixed' asks what happened first",
    who: MIKE,
    style: "exasperated",
    turns: [
      {
        say: "honestly i just need this fixed",
        mention: ["what happened"],
        avoid: ["supervisor", "lovely"],
        proposes: null,
      },
      {
        say: "the keyboard ORD-2001, its late",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        mention: ["weather"],
      },
      { say: "k", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'how long?', 'which carrier?', 'why?' after the headphones",
    who: SARAH,
    style: "one or two words",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "how long?", mention: ["estimate"], avoid: [CLARIFY, "polic"] },
      { say: "which carrier?", mention: ["UPS"], avoid: [CLARIFY, "pay"] },
      { say: "why?", mention: ["schedule|estimate"], avoid: [CLARIFY, "payment"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Mike's 'why?' and 'when?' after the delayed keyboard",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "why?", mention: ["weather"], avoid: [CLARIFY, "payment"] },
      { say: "when?", mention: ["estimate"], avoid: [CLARIFY] },
      { say: "eta?", mention: ["estimate"], avoid: [CLARIFY] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'eta?' and 'who's delivering it' follow the headphones",
    who: SARAH,
    style: "abbreviations",
    turns: [
      { say: "wheres my headphones", facts: [{ order: "ORD-1001", field: "id" }] },
      { say: "eta?", mention: ["estimate"], avoid: [CLARIFY] },
      { say: "who's delivering it", mention: ["UPS"], avoid: [CLARIFY] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'and returns from the uk, who pays?' after shipping there",
    who: SARAH,
    style: "two questions, follow-up",
    turns: [
      { say: "do you ship to the uk? how long does it take", mention: ["United Kingdom"] },
      {
        say: "and returns from the uk, who pays?",
        mention: ["return label is free"],
        avoid: [CLARIFY],
        proposes: null,
      },
      { say: "cool, and refunds?", mention: ["refund"], avoid: [CLARIFY], proposes: null },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'cool, and returns?' after shipping is the policy, not a return",
    who: SARAH,
    style: "casual follow-up, then a request",
    turns: [
      { say: "how long does shipping take", mention: ["business days"] },
      {
        say: "cool, and returns?",
        mention: ["30 days"],
        avoid: ["Reply yes", "shall I"],
        proposes: null,
      },
      { say: "and i want to return the espresso machine", proposes: "return_item" },
      { say: "no", proposes: null, avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah asks the ways to pay, then 'and refunds?'",
    who: SARAH,
    style: "follow-up of one word",
    turns: [
      { say: "what payment methods do you take", mention: ["PayPal"] },
      { say: "and refunds?", mention: ["refund"], avoid: [CLARIFY, "Reply yes"], proposes: null },
      { say: "ok thanks", avoid: [CLARIFY] },
    ],
    changes: [],
  },
  {
    name: "16th round: a guest asks about Canada, then 'how long?' and 'and returns?'",
    who: GUEST,
    style: "guest, bare follow-ups",
    turns: [
      { say: "do u ship to canada", mention: ["Canada"] },
      { say: "how long?", mention: ["business days"], avoid: [CLARIFY] },
      { say: "and returns?", mention: ["30 days"], avoid: [CLARIFY, "sign"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'hmm not yet' keeps ORD-1003",
    who: SARAH,
    style: "soft no",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "hmm not yet", mention: ["won't cancel"], avoid: ["Done"], proposes: null },
      { say: "thx", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's 'no thanks, that's all' is a no, said politely",
    who: SARAH,
    style: "polite no",
    turns: [
      { say: "can you cancel 1003", proposes: "cancel_order" },
      { say: "no thanks, that's all", avoid: ["Done", ASKED_AGAIN], proposes: null },
      { say: "bye", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "16th round: Sarah's hedge 'i guess' is asked again, her 'ya' acts",
    who: SARAH,
    style: "hedge, then a slang yes",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "i guess", avoid: ["Done", "cancelled"], proposes: "cancel_order" },
      { say: "ya", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "16th round: Emma, upset and polite, then 'i just want it sorted' hears both ways",
    who: EMMA,
    style: "anger in polite words",
    turns: [
      {
        say: "I appreciate your help, but frankly this is the third time I have had to write " +
          "about ORD-3001.",
        mention: ["lost", "replacement"],
      },
      {
        say: "i just want it sorted",
        mention: ["refund", "replacement"],
        avoid: ["lovely", "I can tell you where an order is"],
      },
      { say: "the replacement", proposes: "replacement" },
      { say: "yes finally", avoid: [ASKED_AGAIN], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "16th round: Sarah's 'great, another delay 🙄' about a parcel on time",
    who: SARAH,
    style: "sarcasm",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "great, another delay 🙄",
        mention: ["estimate"],
        avoid: ["Happy to help", "glad", "lovely"],
        handoff: "none",
      },
      { say: "fine whatever", avoid: ["lovely", "review"] },
    ],
    changes: [],
  },
];
