/**
 * The twenty-sixth round: the mood read right. Praise ("omg the espresso machine is amazing"),
 * praise hedged or said by denying the opposite ("not bad at all", "ngl"), mixed feelings
 * ("love the shoes but delivery took forever"), praise beside trouble still there (a loyal
 * VIP's lost parcel), sarcasm ("I love waiting 2 weeks for a keyboard. Best. Service. Ever."),
 * relief ("phew, it turned up"), the customer's own apology before a question, and emojis
 * alone. Each reply opens as the mood calls for (an apology, thanks, gladness or nothing),
 * brings in a person only when one is due, and answers what is asked inside the feeling.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const SUPERVISOR = "supervisor";
const APOLOGY = "sorry|apolog";
const REVIEW = "leave a review";
const THANKS_BACK = "welcome|happy to help|lovely day|take care";
const UPSET_OPENING = "let's get this sorted|so let's sort it out|is frustrating";

/** The twenty-sixth round's conversations. */
export const TALK26: Conversation[] = [
  {
    name:
      "26th round: 'sorry for being rude earlier, where is my keyboard' gets the keyboard, no supervisor",
    who: MIKE,
    style: "own apology, then a question",
    turns: [
      {
        say: "sorry for being rude earlier, where is my keyboard",
        mention: ["no need to apologise|no apology needed"],
        avoid: [SUPERVISOR, "Thank you for (?:telling|taking the time)"],
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        proposes: null,
        handoff: "none",
      },
      { say: "can you chase fedex then?", proposes: "carrier_investigation", avoid: [SUPERVISOR] },
      { say: "yes", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name:
      "26th round: 'ok sorry for snapping at you. can you chase fedex then?' proposes the chase",
    who: MIKE,
    style: "own apology after an answer",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "ok sorry for snapping at you. can you chase fedex then?",
        mention: ["no need to apologise|no apology needed", "investigation with FedEx"],
        avoid: [SUPERVISOR],
        proposes: "carrier_investigation",
      },
      { say: "no actually leave it", proposes: null, mention: ["nothing has been changed"] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'sorry to bother you again!' before a question is no complaint",
    who: SARAH,
    style: "polite, apologetic",
    turns: [
      {
        say: "sorry to bother you again! quick q, how do i upgrade ORD-1003 to express?",
        mention: ["no need to apologise|no apology needed"],
        avoid: [SUPERVISOR, "Thank you for (?:telling|taking the time)"],
        handoff: "none",
      },
      { say: "ok cool thanks", mention: [THANKS_BACK], avoid: [SUPERVISOR] },
      { say: "bye!", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'sorry my mistake, I meant ORD-2001' is that order's status, apology answered",
    who: MIKE,
    style: "correction with an apology",
    turns: [
      { say: "has ORD-2002 shipped?", facts: [{ order: "ORD-2002", field: "status" }] },
      {
        say: "sorry my mistake, I meant ORD-2001",
        mention: ["no need to apologise|no apology needed"],
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: [SUPERVISOR, "cancel"],
        proposes: null,
      },
      { say: "ok thx", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: a VIP's 'phew, it got delivered, all good, ignore my email' is not queued",
    who: EMMA,
    style: "relief",
    turns: [
      {
        say: "phew, just saw the mixer got delivered, all good, ignore my email",
        mention: ["glad|good news"],
        avoid: [APOLOGY, "member of our team"],
        handoff: "none",
        proposes: null,
      },
      {
        say: "actually one more thing, where is ORD-3001?",
        facts: [{ order: "ORD-3001", field: "status" }],
      },
      { say: "thanks, bye", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'panic over, it turned up!! thanks' after its news is gladness, not a problem",
    who: SARAH,
    style: "relief after an answer",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "panic over, it turned up!! thanks",
        mention: ["glad|good news"],
        avoid: [UPSET_OPENING, "within the estimate", "tracking number"],
        proposes: null,
        handoff: "none",
      },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "26th round: relief that the replacement is on its way is thanked, nothing asked back",
    who: EMMA,
    style: "gratitude after a fix",
    turns: [
      { say: "ORD-3001?", facts: [{ order: "ORD-3001", field: "status" }] },
      { say: "ok send a replacement", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
      {
        say: "I'm relieved to hear the replacement is on its way, thank you",
        mention: ["glad|good news"],
        avoid: ["which order", "replaced\\?", APOLOGY],
        proposes: null,
      },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "26th round: a loyal VIP's praise beside a lost parcel: the refund or replacement, not a queue",
    who: EMMA,
    style: "long polite email, praise then trouble",
    turns: [
      {
        say: "Dear team, I've been a loyal customer for years and I have always loved your " +
          "products. Unfortunately my last order ORD-3001 never arrived. Could you please look " +
          "into it? Kind regards, Emma",
        mention: ["refund", "replacement", "good to hear|kind words"],
        facts: [{ order: "ORD-3001", field: "status" }],
        avoid: ["member of our team", REVIEW],
        handoff: "none",
      },
      { say: "a replacement please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
      { say: "thank you, you've been wonderful", mention: [THANKS_BACK], avoid: [APOLOGY] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "26th round: 'so happy with the espresso machine!! only thing is the frother stopped working'",
    who: SARAH,
    style: "praise, then a fault and a plea",
    turns: [
      {
        say: "I'm so happy with the espresso machine!! only thing is the frother stopped " +
          "working after a week, can you help?",
        mention: ["Milk Frother", "29\\.00"],
        avoid: ["not sure what you'd like"],
        proposes: "refund",
      },
      { say: "actually could you send a new one instead", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "26th round: 'love the shoes but delivery took forever' is thanked and owned, nothing chased",
    who: SARAH,
    style: "mixed feelings",
    turns: [
      {
        say: "love the shoes but delivery took forever",
        mention: ["glad you like it", "sorry the delivery let you down"],
        avoid: ["tracking", "hasn't shipped|has not shipped", UPSET_OPENING],
        proposes: null,
        handoff: "none",
      },
      { say: "thanks for listening", mention: [THANKS_BACK] },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "26th round: praise and a slow delivery past, then 'anyway where are my headphones?'",
    who: SARAH,
    style: "mixed feelings with a question",
    turns: [
      {
        say: "the espresso machine is great but it took ages to arrive. anyway where are my " +
          "headphones?",
        mention: ["glad you like it", "sorry the wait let you down"],
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        avoid: ["neighbours", SUPERVISOR, "Sarah\\. Thank you, Sarah"],
        proposes: null,
      },
      { say: "ok", avoid: [SUPERVISOR] },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'the mixer itself is lovely but the courier was so rude' owns the courier",
    who: EMMA,
    style: "mixed feelings, VIP",
    turns: [
      {
        say: "the mixer itself is lovely but the courier was so rude",
        mention: ["sorry the courier let you down"],
        avoid: ["member of our team", REVIEW],
        handoff: "none",
      },
      { say: "that's all, thanks", mention: [THANKS_BACK] },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
  {
    name:
      "26th round: 'great keyboard, shame the delivery was a nightmare. also how do i pay' says both",
    who: MIKE,
    style: "mixed feelings with a question",
    turns: [
      {
        say: "great keyboard, shame the delivery was a nightmare. also how do i pay for ORD-2002?",
        mention: ["sorry the delivery let you down", "PayPal"],
        facts: [{ order: "ORD-2002", field: "total" }],
        handoff: "none",
      },
      { say: "paypal then", mention: ["PayPal"] },
      { say: "thanks", mention: [THANKS_BACK] },
    ],
    changes: [],
  },
  {
    name: "26th round: 'I love waiting 2 weeks for a keyboard. Best. Service. Ever.' is no praise",
    who: MIKE,
    style: "sarcasm",
    turns: [
      {
        say: "I love waiting 2 weeks for a keyboard. Best. Service. Ever.",
        mention: ["investigation with FedEx"],
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["lovely to hear", REVIEW, "kind words"],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["investigation"], proposes: null },
      { say: "thanks", mention: [THANKS_BACK] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "26th round: 'ugh fine whatever' after the keyboard's news is taken in, not asked back",
    who: MIKE,
    style: "grumbling acknowledgement",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        say: "ugh fine whatever",
        avoid: ["what would you like me to help with", "lovely"],
        proposes: null,
        handoff: "none",
      },
      { say: "bye", mention: ["take care|lovely day"] },
    ],
    changes: [],
  },
];
