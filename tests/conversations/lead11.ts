/**
 * Conversations found by the lead reading transcripts in the eleventh session: a no said after
 * an "ok", a calm message while queued, two questions with "my other order".
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, eleventh session. */
export const LEAD11: Conversation[] = [
  {
    name: "Sarah asks what's in ORD-1003, then 'oh ok, no don't cancel then': a no, nothing done",
    who: SARAH,
    style: "asks before answering, then a no after an 'ok'",
    turns: [
      { say: "can you cancel 1003", proposes: "cancel_order" },
      { say: "wait what's in that one again", mention: ["Trail Running Shoes"] },
      {
        // Was "I'm not sure whether that's a yes or a no" (the "ok" read as a yes beside the no).
        say: "oh ok, no don't cancel then",
        avoid: ["yes or a no", "shall I cancel"],
        proposes: null,
      },
      {
        say:
          "actually can you change the delivery address on it instead? 40 Pine Rd, Seattle WA 98101",
        proposes: "change_address",
      },
      { say: "yes thanks", mention: ["new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "'hmm ok then no, keep it' and 'ah ok nevermind then dont cancel' are noes",
    who: SARAH,
    style: "a no after an acknowledgement, twice",
    turns: [
      { say: "please cancel my shoes order", proposes: "cancel_order" },
      { say: "hmm ok then no, keep it", avoid: ["yes or a no"], proposes: null },
      { say: "cancel order 1003 please", proposes: "cancel_order" },
      // Was read as the cancellation asked again.
      {
        say: "ah ok nevermind then dont cancel",
        avoid: ["shall I", "yes to confirm"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "Queued VIP Emma picks 'the broken one first please': its remedy offered, not queued again",
    who: EMMA,
    style: "two problems, then a calm pick while waiting for a person",
    turns: [
      {
        say: "Hello, I never received my parcel and the other one arrived broken. What can you do?",
        handoff: "new",
      },
      {
        // Was "I've marked your conversation as more urgent" and nothing offered.
        say: "the broken one first please",
        mention: ["ORD-3002", "refund", "replacement", "still on the way"],
        avoid: ["more urgent"],
        proposes: "refund",
      },
      { say: "a replacement instead please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Queued Mike's 'yeah no actually hold on, i'll keep it' is not made more urgent",
    who: MIKE,
    style: "upset, then calming down while queued",
    turns: [
      { say: "where's my keyboard", mention: ["ORD-2001"] },
      { say: "honestly this is getting ridiculous, 2 weeks now", handoff: "new" },
      {
        // Was read as upset for its "no": the queue's priority raised.
        say: "yeah no actually hold on, if it's coming this week i'll keep it",
        avoid: ["more urgent"],
      },
    ],
    changes: [],
  },
  {
    name: "'where are my headphones and can i still add something to my other order?' answers both",
    who: SARAH,
    style: "two questions after a 'quick q', an order named by 'other'",
    turns: [
      {
        // Was the headphones' order refused a change of items, and no word of where they are.
        say:
          "hey! quick q - where are my headphones and can i still add something to my other order?",
        mention: ["ORD-1001", "{date+2}", "ORD-1003", "can still be changed"],
        avoid: ["changing its items is only possible"],
      },
      { say: "a second water bottle", proposes: "modify_items" },
      { say: "yep", mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "'bought the espresso machine… the frother doesn't heat. Can I return just the frother?'",
    who: SARAH,
    style: "a long message: a fault, a return of one item, and another order's question",
    turns: [
      {
        // Was the frother's price and stock, "which one do you mean?", and the whole order's
        // return proposed: the yes sent back the 399.00 espresso machine too.
        say:
          "Hi, I bought the espresso machine last week and the milk frother doesn't heat. Can I return just the frother? Also when do my headphones arrive?",
        mention: ["Milk Frother from order ORD-1002", "rest of the order stays", "{date+2}"],
        avoid: ["in stock", "which one do you mean"],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["return for order ORD-1002"] },
      {
        say: "thanks, how long will the refund take?",
        mention: ["5 business days"],
        proposes: null,
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "'my milk frother doesn't heat up' is a fault of her frother: a new one on a yes",
    who: SARAH,
    style: "a fault told in few words, then a remedy chosen",
    turns: [
      {
        // Was a product question (the frother's price and stock), then, read as a problem,
        // a missing parcel ("check with neighbours") and a supervisor proposed.
        say: "my milk frother doesn't heat up",
        mention: ["Milk Frother", "ORD-1002", "replacement"],
        avoid: ["in stock", "neighbours", "supervisor"],
      },
      // Was "a delivered order is replaced when it arrived damaged" and the whole order's
      // return (the espresso machine too).
      { say: "a replacement please", mention: ["new Milk Frother"], proposes: "replacement" },
      { say: "yes", mention: ["replacement for order ORD-1002"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "Emma's praise of a past replacement, then 'can you check if the vacuum has moved': no new mixer",
    who: EMMA,
    style: "praise of last time, then a question about another order",
    turns: [
      {
        // Was a replacement of the mixer proposed (the praise's "replacement request" read as
        // asked), and the vacuum's question read as more praise.
        say:
          "wow you guys are fast, the mixer replacement request was sorted so quickly last time. can you check if the vacuum has moved at all?",
        mention: ["ORD-3001", "lost"],
        avoid: ["new Stand Mixer"],
        proposes: null,
      },
      { say: "what are my options", mention: ["refund", "replacement"] },
      { say: "i'll take the refund", proposes: "refund", mention: ["ORD-3001"] },
      { say: "yes do it", mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "'thanks for the quick refund last time! btw is the headphone order going to make it by the 12th?'",
    who: SARAH,
    style: "thanks for the past, then a question with a day",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1001".
        say:
          "thanks for the quick refund last time! btw is the headphone order going to make it by the 12th? it's a gift",
        mention: ["ORD-1001"],
        avoid: ["not sure what you'd like"],
      },
      { say: "great", proposes: null },
      { say: "and can i add gift wrap?", mention: ["gift wrapping"] },
    ],
    changes: [],
  },
  {
    name:
      "Shoes needed by the day of their estimate 'should just make it'; 'ok let's do that then' speeds them up",
    who: SARAH,
    style: "a day needed and a condition, then taking up the offer",
    turns: [
      {
        // Was "…is Friday, December 11, before Friday, December 11".
        say:
          "I need the shoes by {date+4} for a race, will they arrive in time? if not I'd rather cancel",
        mention: ["ORD-1003", "the day you need it", "speed it up"],
        avoid: ["before \\w+day"],
        proposes: null,
      },
      {
        // Was "there's nothing waiting for a yes from me right now".
        say: "ok let's do that then",
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "A nod to the speed-up offered in passing takes nothing up",
    who: SARAH,
    style: "a question, a nod, another question",
    turns: [
      { say: "will my shoes arrive by {date+4}?", mention: ["ORD-1003", "speed it up"] },
      { say: "ok", proposes: null, avoid: ["express"] },
      { say: "where are my headphones", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah adds a milk frother to her shoes order: the frother added, not more shoes",
    who: SARAH,
    style: "a product the order does not hold, the order named by its goods",
    turns: [
      {
        // Was "change the Trail Running Shoes from 1 to 3" (the shoes named the order), or
        // "which item would you like to change?".
        say: "i'd like to add 2 milk frothers to my shoes order",
        mention: ["ORD-1003", "add 2× Milk Frother"],
        avoid: ["Trail Running Shoes from"],
        proposes: "modify_items",
      },
      { say: "ok go ahead", mention: ["ORD-1003"] },
      { say: "thanks!", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "'replace the water bottles with a milk frother' on ORD-1003 swaps them (not 'nothing to replace')",
    who: SARAH,
    style: "a swap of an item for another product before shipping",
    turns: [
      {
        say: "can you replace the water bottles with a milk frother on 1003",
        mention: ["remove the Insulated Water Bottle", "add 1× Milk Frother"],
        avoid: ["nothing to (?:replace|send back)"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total"] },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Mike adds a keyboard to his monitor order, and asks the keyboard's stock in one go",
    who: MIKE,
    style: "a product added, a question beside another change",
    turns: [
      {
        // Was the monitor raised to 2 (sold out): the monitor named the order.
        say: "can i add a keyboard to my monitor order",
        mention: ["ORD-2002", "add 1× Mechanical Keyboard"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total"] },
      { say: "is the keyboard in stock btw?", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-2002" }],
  },
  {
    name:
      "A guest's 'how long does shipping take?' after the refund policy gets the shipping times",
    who: "visitor.refunds@example.com",
    style: "two of the store's rules, one after the other",
    turns: [
      { say: "what's your refund policy?", mention: ["30 days"] },
      {
        // Was "a refund covers everything you paid, the shipping fee included".
        say: "how long does shipping take?",
        mention: ["business days"],
        avoid: ["refund covers"],
      },
      { say: "and is shipping refunded if i send it back?", mention: ["shipping fee included"] },
    ],
    changes: [],
  },
  {
    name: "Mike's email about the late keyboard and the declined card, then 'and the payment?'",
    who: MIKE,
    style: "a long email with two troubles, then a short follow-up",
    turns: [
      {
        say:
          "Hi there,\n\nI'm writing about two things. First, my keyboard (ORD-2001) was supposed to arrive days ago and the tracking hasn't moved. Second, I tried to pay for the monitor but my card was declined twice. Can you help with both?\n\nThanks,\nMike",
        mention: ["ORD-2001", "investigation", "ORD-2002", "declined"],
        proposes: "carrier_investigation",
      },
      { say: "ok open the investigation", mention: ["investigation with the carrier"] },
      {
        // Was the general payment help, "tell me the order number" (the keyboard in focus).
        say: "and the payment?",
        mention: ["ORD-2002"],
        avoid: ["tell me the order number"],
      },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "Emma asks a discount for a lost vacuum and a broken mixer: no catalogue prices listed",
    who: EMMA,
    style: "a discount asked for the trouble, then a remedy chosen",
    turns: [
      {
        // Was "The Cordless Stick Vacuum costs 189.00 USD. The Stand Mixer costs 349.00 USD.
        // Which of these are you after?".
        say:
          "can i get a discount for all the trouble? my vacuum got lost and the mixer was broken",
        avoid: ["costs 189.00", "which of these are you after"],
        handoff: "new",
      },
      { say: "fine, just refund the vacuum", proposes: "refund", mention: ["ORD-3001"] },
      { say: "yes", mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
];
