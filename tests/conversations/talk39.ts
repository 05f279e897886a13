/**
 * Talk39 round: the "Left" lists tried again — a fault told beside a stock question, a status
 * asked by goods while another order's change waits, "is it insured?", "why was it
 * cancelled?" after a list, and two orders' troubles named by their goods.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
/** A seeded customer with three headphone orders, one cancelled unpaid. */
const AVA = "ava.walker8@example.com";
/** The whole of ORD-1002 refunded: the espresso machine with the frother. */
const WHOLE = "428\\.00";
/** A re-ask as if the shopper had dodged the question. */
const DODGED = "yes or a no";

/** Conversations of the talk39 round. */
export const TALK39: Conversation[] = [
  {
    name: "talk39: 'my frother is broken, is the espresso machine in stock?' — the frother alone",
    who: SARAH,
    style: "a fault and a stock question after a comma",
    turns: [
      {
        // Was the whole order's 428.00 refund offered (the machine asked about read as a line
        // of it), and the stock question dropped.
        say: "my frother is broken, is the espresso machine in stock?",
        mention: ["29\\.00 USD", "Milk Frother", "Espresso Machine is in stock"],
        avoid: [WHOLE, "Which of these"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00 USD"], avoid: [WHOLE], proposes: null },
      { say: "thanks, that's all", avoid: [DODGED] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'the milk frother stopped working. do you still sell the espresso machine?'",
    who: SARAH,
    style: "two sentences: a fault, then a question about buying",
    turns: [
      {
        // Was the frother's refund and a list of both products ("which of these are you after?").
        say: "the milk frother stopped working. do you still sell the espresso machine?",
        mention: ["29\\.00 USD", "Espresso Machine is in stock"],
        avoid: [WHOLE, "Which of these", "A few of our products"],
        proposes: "refund",
      },
      { say: "no thanks, leave it", proposes: null },
      { say: "bye", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'frother's dead :( also are the running shoes in stock' — both answered",
    who: SARAH,
    style: "slang fault, emoticon, a stock question after 'also'",
    turns: [
      {
        // Was the stock answer alone, an apology for nothing named, no remedy for the frother.
        say: "frother's dead :( also are the running shoes in stock",
        mention: ["Milk Frother", "29\\.00 USD", "Trail Running Shoes are in stock"],
        avoid: [WHOLE],
        proposes: "refund",
      },
      { say: "yep do it", mention: ["refunded 29\\.00 USD"], proposes: null },
      { say: "cheers", avoid: [DODGED] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'my milk frother won't heat up, is the espresso machine in stock?'",
    who: SARAH,
    style: "a fault in use, then a stock question, one sentence",
    turns: [
      {
        say: "my milk frother won't heat up, is the espresso machine in stock?",
        mention: ["Milk Frother", "29\\.00 USD", "Espresso Machine is in stock"],
        avoid: [WHOLE, "Which of these"],
        proposes: "refund",
      },
      { say: "actually a new one instead please", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'the frother died. do you have the trail running shoes in stock?'",
    who: SARAH,
    style: "'died', then a stock question of other goods",
    turns: [
      {
        say: "the frother died. do you have the trail running shoes in stock?",
        mention: ["Milk Frother", "29\\.00 USD", "Trail Running Shoes are in stock"],
        avoid: [WHOLE],
        proposes: "refund",
      },
      { say: "no", proposes: null },
      { say: "ok thanks", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'where are my headphones' while 1003's speed-up waits: answered, then yes",
    who: SARAH,
    style: "a status asked by goods while another order's change waits",
    turns: [
      { say: "can you speed up 1003", proposes: "expedite_order" },
      {
        // Was "I'm not sure whether that's a yes or a no" and the speed-up asked again.
        say: "where are my headphones",
        mention: ["ORD-1001", "TRK8800001001", "ORD-1003"],
        avoid: [DODGED, "not sure whether"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'when will the headphones get here' while a speed-up waits, then no",
    who: SARAH,
    style: "'when will … get here', then a no",
    turns: [
      { say: "upgrade 1003 to express please", proposes: "expedite_order" },
      {
        say: "when will the headphones get here",
        mention: ["ORD-1001", "UPS"],
        avoid: [DODGED, "not sure whether"],
        proposes: "expedite_order",
      },
      { say: "no leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: Mike's 'wheres my keyboard' while the monitor's rush waits",
    who: MIKE,
    style: "terse, no apostrophe, another order's change waiting",
    turns: [
      { say: "can you rush 2002", proposes: "expedite_order" },
      {
        say: "wheres my keyboard",
        mention: ["ORD-2001", "delay", "ORD-2002"],
        avoid: [DODGED, "not sure whether"],
        proposes: "expedite_order",
      },
      { say: "nah forget the rush", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: 'is it insured?' after the delayed keyboard's news",
    who: MIKE,
    style: "a short follow-up question on a parcel",
    turns: [
      { say: "where is my keyboard", mention: ["ORD-2001", "delay"] },
      {
        // Was the delay news again, word for word.
        say: "is it insured?",
        mention: ["covered", "replacement or refund", "ORD-2001"],
        avoid: ["still delayed", "Memphis"],
        proposes: null,
      },
      { say: "ok good to know", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'do you guys insure shipments?' after a status — not the shipping prices",
    who: MIKE,
    style: "slang, a general question after a status",
    turns: [
      { say: "any news on 2001", mention: ["ORD-2001"] },
      {
        // Was the shipping speeds and fees table.
        say: "do you guys insure shipments?",
        mention: ["covered", "replacement or refund"],
        avoid: ["14\\.99", "overnight"],
        proposes: null,
      },
      { say: "thx", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'is the parcel insured' — no clarifying question",
    who: MIKE,
    style: "no question mark, after a status",
    turns: [
      { say: "wheres my keyboard", mention: ["ORD-2001"] },
      {
        say: "is the parcel insured",
        mention: ["covered", "replacement or refund"],
        avoid: ["make sure I help with the right thing"],
        proposes: null,
      },
      { say: "alright", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: a guest's 'are your deliveries insured?'",
    who: "new.shopper39@example.com",
    style: "guest, before buying",
    turns: [
      {
        say: "are your deliveries insured?",
        mention: ["covered", "replacement or refund"],
        avoid: ["sign in", "14\\.99"],
        proposes: null,
      },
      { say: "and how long does standard shipping take", mention: ["3–5"], proposes: null },
      { say: "great thanks", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: an extended warranty is still the warranty rule, not the parcel's cover",
    who: SARAH,
    style: "insurance of the goods, not of the parcel",
    turns: [
      {
        say: "do you sell extended warranty insurance for the espresso machine?",
        mention: ["extended warranty"],
        avoid: ["every parcel we send"],
        proposes: null,
      },
      { say: "ok", avoid: [DODGED] },
      { say: "thanks bye", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'why was it cancelled?' after three headphone orders: the cancelled one told",
    who: AVA,
    style: "a pronoun for the one cancelled order of those just named",
    turns: [
      { say: "where are my headphones", mention: ["ORD-11219", "ORD-10862", "ORD-10522"] },
      {
        // Was "Do you mean ORD-10681, ORD-10522 or ORD-10414?" — all her cancelled orders.
        say: "why was it cancelled?",
        mention: ["ORD-10522", "didn't go through", "nothing was charged"],
        avoid: ["ORD-10681", "ORD-10414", "Do you mean"],
        proposes: null,
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: 'why was it cancelled?' after the list of her orders: of the listed ones",
    who: AVA,
    style: "after a list with two cancelled orders",
    turns: [
      { say: "list my orders", mention: ["ORD-10681", "ORD-10522"] },
      {
        // Asked among three, one of them not in the list shown.
        say: "why was it cancelled?",
        mention: ["ORD-10681", "ORD-10522"],
        avoid: ["ORD-10414"],
        proposes: null,
      },
      {
        say: "the headphones one",
        mention: ["ORD-10522", "didn't go through"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "talk39: Emma's 'my vacuum never came and the mixer was broken': both orders told",
    who: EMMA,
    style: "VIP, two troubles named by their goods, handed over",
    turns: [
      {
        // Was "A member of our team will take over" with nothing of either order.
        say: "my vacuum never came and the mixer was broken when it arrived",
        mention: ["ORD-3001", "ORD-3002", "lost"],
        handoff: "new",
      },
      { say: "ok I'll wait", proposes: null },
      { say: "thanks", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: Emma's 'the robot vacuum is lost and the stand mixer came cracked'",
    who: EMMA,
    style: "VIP, the goods' full names, two troubles",
    turns: [
      {
        say: "the robot vacuum is lost and the stand mixer came cracked. honestly",
        mention: ["ORD-3001", "ORD-3002"],
        handoff: "new",
      },
      { say: "fine", proposes: null },
      { say: "thanks", avoid: [DODGED] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'my frother is broken, is the espresso machine in stock?' then 'no' — nothing",
    who: SARAH,
    style: "a no to the frother's remedy",
    turns: [
      {
        say: "my frother is broken, is the espresso machine in stock?",
        proposes: "refund",
        avoid: [WHOLE],
      },
      { say: "no, i'll keep it for now", proposes: null },
      { say: "yes", avoid: ["refunded"] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'btw where's my headphones' while the shoes' speed-up waits, then 'go ahead'",
    who: SARAH,
    style: "'btw', a status question, then a yes in other words",
    turns: [
      { say: "can u make 1003 ship faster", proposes: "expedite_order" },
      {
        say: "btw where's my headphones",
        mention: ["ORD-1001", "ORD-1003"],
        avoid: [DODGED],
        proposes: "expedite_order",
      },
      { say: "ok go ahead", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk39: a fault beside a return asked is still that return's reason (holds)",
    who: SARAH,
    style: "a long message: a fault, a return, a status",
    turns: [
      {
        say: "I bought the espresso machine last week and the milk frother doesn't heat. " +
          "Can I return just the frother? Also when do my headphones arrive?",
        mention: ["Milk Frother", "ORD-1001"],
        proposes: "return_item",
      },
      { say: "yes", proposes: null },
      { say: "thanks", avoid: [DODGED] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
