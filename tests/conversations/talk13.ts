/**
 * Conversations of the thirteenth round (the talk13 branch): returns, refunds, damaged and
 * missing parts and the warranty, a second pass — a refund asked for in the imperative about
 * a lost parcel, a part that did not come, a fault found in use, the shoes alone while the
 * whole order's cancellation waits, the answer to our choice while another change waits, and
 * money words misspelt — in terse, misspelt, chat-slang and long polite styles.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const UNSURE = "yes or a no";
const CLARIFY = "Just to make sure";

/** The thirteenth round's conversations. */
export const TALK13: Conversation[] = [
  {
    name: "13th round: Emma's 'refund my lost vacuum ORD-3001' is the refund, offered, not a queue",
    who: EMMA,
    style: "terse, upset VIP",
    turns: [
      {
        say: "refund my lost vacuum ORD-3001",
        proposes: "refund",
        mention: ["313\\.99 USD", "replacement"],
        avoid: ["member of our team", "queue"],
        handoff: "none",
      },
      { say: "yes", proposes: null, mention: ["refunded 313\\.99 USD"] },
      { say: "ty", avoid: [UNSURE, CLARIFY], handoff: "none" },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "13th round: Emma asks in long polite words to be reimbursed for the vacuum",
    who: EMMA,
    style: "long and polite",
    turns: [
      {
        say: "Good afternoon. I would like to be reimbursed for the robot vacuum, which never " +
          "arrived. Kind regards, Emma",
        proposes: "refund",
        mention: ["313\\.99 USD"],
        handoff: "none",
      },
      { say: "Yes please, go ahead.", proposes: null, mention: ["refunded"] },
      { say: "Thank you very much.", avoid: [UNSURE, "refund 313"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "13th round: Sarah's espresso machine came without the water tank: its refund, or a " +
      "complete one",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "my espresso machine came without the water tank",
        proposes: "refund",
        mention: ["399\\.00 USD", "water tank", "complete Espresso Machine"],
        avoid: ["428\\.00", "Do you mean", "colleague", "neighbours", "wrong item"],
      },
      {
        say: "send the replacement instead",
        proposes: "replacement",
        mention: ["water tank was missing", "Espresso Machine", "399\\.00 USD"],
        avoid: ["428\\.00", "wrong item"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "13th round: Sarah's 'ok cancel the shoes then' while the whole ORD-1003 waits: the " +
      "shoes alone",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "ok cancel the shoes then",
        proposes: "modify_items",
        mention: ["Trail Running Shoes"],
        avoid: [UNSURE],
      },
      { say: "yes", proposes: null, mention: ["new total"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "13th round: Sarah's espresso machine leaks: 'can it be repaired or replaced?' gets " +
      "the replacement",
    who: SARAH,
    style: "question, no greeting",
    turns: [
      {
        say: "espresso machine leaks water, can it be repaired or replaced?",
        proposes: "replacement",
        mention: ["new Espresso Machine", "ORD-1002", "faulty"],
        avoid: ["arrived damaged", "in stock", "costs 399"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
      { say: "great thanks", avoid: [UNSURE, CLARIFY] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "13th round: Mike's 'i want my keyboard' is where it is, then 'ok thx'",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "hi", handoff: "none" },
      {
        say: "i want my keyboard",
        facts: [{ order: "ORD-2001", field: "tracking" }],
        avoid: ["what you'd like me to do", "which would you like"],
      },
      { say: "ok thx", avoid: [UNSURE, CLARIFY] },
    ],
    changes: [],
  },
  {
    name: "13th round: Emma's 'refund it' to the lost vacuum's choice while the mixer's return " +
      "waits: the vacuum refunded, the mixer untouched",
    who: EMMA,
    style: "polite, then terse",
    turns: [
      { say: "I'd like to return the stand mixer from ORD-3002", proposes: "return_item" },
      {
        say: "and where is my vacuum ORD-3001?",
        mention: ["lost", "refund it in full or send a replacement"],
      },
      {
        say: "refund it",
        proposes: "refund",
        mention: ["313\\.99 USD", "ORD-3001"],
        avoid: [UNSURE],
      },
      { say: "yes", proposes: null, mention: ["refunded 313\\.99 USD for order ORD-3001"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "13th round: Mike's 'can i just get a refnud' for the late keyboard, then 'wat about " +
      "2002 then'",
    who: MIKE,
    style: "chat slang, misspelt",
    turns: [
      {
        say: "yo my keybaord still aint here, can i just get a refnud",
        mention: ["still on its way"],
        proposes: null,
      },
      {
        say: "wat about 2002 then",
        mention: ["ORD-2002", "payment"],
        avoid: ["what you'd like me to do", "which would you like"],
        proposes: null,
      },
      { say: "k nvm", avoid: [UNSURE], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "13th round: Sarah's 'can i get my mony back for the frother' refunds the frother alone",
    who: SARAH,
    style: "misspelt",
    turns: [
      {
        say: "hey can i get my mony back for the frother, it doesnt froth",
        proposes: "refund",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00"],
      },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00 USD"] },
      { say: "how long til i get the mony", mention: ["December|business days"], avoid: [CLARIFY] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "13th round: Sarah asks the espresso machine's warranty, then 'it started leaking " +
      "yesterday': that machine's remedy",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "whats the warranty on my espresso machine", mention: ["24-month"] },
      {
        say: "it started leaking yesterday",
        proposes: "refund",
        mention: ["Espresso Machine", "399\\.00 USD"],
        avoid: ["428\\.00", "perfect condition"],
      },
      {
        say: "a replacement pls",
        proposes: "replacement",
        mention: ["new Espresso Machine"],
        avoid: ["set of the items", "428\\.00"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "13th round: Sarah sends the frother back, then asks when the money comes, misspelt",
    who: SARAH,
    style: "chat slang",
    turns: [
      { say: "how do i send back the frother", proposes: "return_item", mention: ["Milk Frother"] },
      { say: "ok do it", proposes: null, mention: ["return for order ORD-1002 is open"] },
      {
        say: "how long til i get the mony",
        avoid: [CLARIFY, "shipping options"],
        mention: ["refund"],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "13th round: Emma's cracked mixer: replacement offered, then the refund instead, once",
    who: EMMA,
    style: "polite, change of mind",
    turns: [
      {
        say: "the mixer from ORD-3002 arrived cracked. replace it please.",
        proposes: "replacement",
        mention: ["Stand Mixer", "349\\.00 USD"],
        handoff: "none",
      },
      { say: "actually can I have the refund instead", proposes: "refund" },
      { say: "yes", proposes: null, mention: ["refunded 349\\.00 USD"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "13th round: Mike wants to return the keyboard still on its way: nothing opened",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "i want to return my keyboard", mention: ["still on its way", "30 days"] },
      { say: "when can i return it then", mention: ["delivered"], proposes: null },
      { say: "ok thx", avoid: [UNSURE, CLARIFY] },
    ],
    changes: [],
  },
  {
    name: "13th round: Emma's mixer grinds: 'still under warranty?' gets the remedy, then a " +
      "replacement on her yes",
    who: EMMA,
    style: "question and a fault, polite",
    turns: [
      {
        say: "is my stand mixer still under warranty? the motor makes a grinding noise now",
        proposes: "refund",
        mention: ["Stand Mixer", "ORD-3002", "replacement"],
        avoid: ["costs 349", "in stock"],
        handoff: "none",
      },
      { say: "a replacement would be lovely", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "13th round: Sarah's espresso machine makes a weird noise: not the noise-cancelling " +
      "headphones; 'can you fix it' gets a new one",
    who: SARAH,
    style: "casual, question",
    turns: [
      {
        say: "my espresso machine makes a weird noise, is that covered by the warranty?",
        proposes: "refund",
        mention: ["Espresso Machine", "399\\.00 USD", "replacement"],
        avoid: ["Do you mean", "Headphones", "428\\.00"],
      },
      {
        say: "can you fix it",
        proposes: "replacement",
        mention: ["faulty", "new Espresso Machine"],
        avoid: [UNSURE, "neighbours"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "13th round: Emma's cracked mixer bowl: 'do i have to send it back for a new one?' " +
      "is the replacement, not a return",
    who: EMMA,
    style: "chat, lower case",
    turns: [
      {
        say: "hi emma here, the bowl of my mixer has a crack, do i have to send it back for a " +
          "new one?",
        proposes: "replacement",
        mention: ["new Stand Mixer"],
        avoid: ["return label"],
      },
      { say: "yes pls", proposes: null, mention: ["replacement"] },
      { say: "thx", avoid: [UNSURE] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "13th round: Mike asks where a refund for 2001 is, then to cancel it for his money",
    who: MIKE,
    style: "terse, misspelt",
    turns: [
      { say: "wheres my refund for 2001", mention: ["ORD-2001"], proposes: null },
      {
        say: "ok can i cancel it and get money back",
        mention: ["on its way"],
        proposes: null,
      },
      { say: "fine", avoid: [UNSURE], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "13th round: Sarah's headphones are too tight but still on their way: nothing opened",
    who: SARAH,
    style: "capitals",
    turns: [
      {
        say: "HI I NEED TO RETURN THE HEADPHONES THEY ARE TOO TIGHT",
        mention: ["still on its way", "30 days"],
        proposes: null,
      },
      {
        say: "ok when it arrives then",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      { say: "thanks", avoid: [UNSURE, CLARIFY] },
    ],
    changes: [],
  },
  {
    name:
      "13th round: Emma asks where her 'refnud' for the vacuum is, then 'ok then refund it now'",
    who: EMMA,
    style: "misspelt, impatient",
    turns: [
      { say: "where is my refnud for the vacuum??", mention: ["ORD-3001"], proposes: null },
      { say: "ok then refund it now", proposes: "refund", mention: ["313\\.99 USD"] },
      { say: "yes", proposes: null, mention: ["refunded 313\\.99 USD"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "13th round: Sarah's frother came without its whisk attachment: the frother's 29.00",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "the frother came without the whisk attachment",
        proposes: "refund",
        mention: ["Milk Frother", "whisk attachment", "29\\.00 USD", "complete Milk Frother"],
        avoid: ["428\\.00 USD to", "wrong item", "neighbours"],
      },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00 USD"] },
      { say: "thanks!", avoid: [UNSURE, CLARIFY] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
];
