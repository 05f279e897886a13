/**
 * The thirtieth round (the talk30 branch): pushing back. A shopper told no — a cancellation of
 * a shipped order, a return or a refund before delivery, an address change after dispatch —
 * presses again: "but please", "I've been a customer for years", "can't you make an
 * exception", "I insist", "then what CAN you do?". The no is kept, what can be done is said,
 * and a person is brought in when they insist or ask. Hostile text changes nothing. And the
 * store's order system fails in the middle of an agreed change: the shopper reads what failed
 * and that nothing changed, a person is brought in, and the same yes later does it once.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
/** The no said again, kindly, after a push. */
const NO_AGAIN = "sorry I can't change the answer";
/** What pushes had been read as: a complaint thanked, off-topic, a question back. */
const MISREAD =
  "taking the time to tell us|outside what I can help|only help with orders, deliveries|tell me a little more|make sure I help with the right thing|what can I do for you next";
/** A person offered, not forced. */
const PERSON_ON_OFFER = "member of our team to look at it with you";

/** Pushes on a no: kept, explained, what can be done, a person on offer or brought in. */
export const TALK30: Conversation[] = [
  {
    name: "30th round: 'but please, I really need it cancelled' after a shipped order's no",
    who: SARAH,
    style: "plea, then letting go",
    turns: [
      { say: "cancel ORD-1001", mention: ["already shipped"], proposes: null, handoff: "none" },
      {
        // Was the same refusal word for word, with no word for the plea.
        say: "but please, I really need it cancelled",
        mention: [NO_AGAIN, "already shipped", "return it within 30 days", PERSON_ON_OFFER],
        avoid: [MISREAD, "I can cancel"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "pretty please?",
        mention: [NO_AGAIN, "cancelling is only possible until an order ships"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      { say: "ok never mind", avoid: [NO_AGAIN], proposes: null, handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "30th round: loyalty, then 'seriously?? just cancel it' brings a person in",
    who: SARAH,
    style: "loyal customer turning angry",
    turns: [
      { say: "cancel ORD-1001", mention: ["already shipped"], handoff: "none" },
      {
        // Was a complaint thanked "for telling us", with the parcel's tracking.
        say: "I've been shopping here for 5 years and this is how you treat me?",
        mention: ["Thank you for being with us for so long", "already shipped", PERSON_ON_OFFER],
        avoid: [MISREAD, "TRK8800001001"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "seriously?? just cancel it",
        mention: [NO_AGAIN, "already shipped", "member of our team", "can't promise"],
        avoid: ["Done", "is cancelled"],
        proposes: null,
        handoff: "new",
        handoff_reason: "insists after the store's no: cancel_order of ORD-1001",
      },
      {
        // Was "Sure — what can I do for you next?"
        say: "fine, then what CAN you do?",
        // The person already on the way is said by the queue's own line, not offered again.
        mention: ["what I can do", "return it within 30 days", "still on the way"],
        avoid: [MISREAD, PERSON_ON_OFFER],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "30th round: 'can't you make an exception just this once' about an address after dispatch",
    who: SARAH,
    style: "asks for an exception, then the options, then a person",
    turns: [
      {
        say: "change the shipping address for ORD-1001 to 5 Oak Ave, Portland OR 97201",
        mention: ["already shipped"],
        proposes: null,
      },
      {
        // Was "would you like to sort out a payment problem, or make a complaint…?"
        say: "can't you make an exception just this once",
        mention: ["exception", "changing the address is only possible", "redirect it"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      {
        // Was the parcel's tracking with "Anything else I can help you with?"
        // The list of what can be done about an address (talk27's), the colleague in it.
        say: "what are my options then",
        mention: ["what you can do", "redirect it or hold it", "colleague"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      {
        say: "I want to talk to a human",
        mention: ["member of our team"],
        handoff: "new",
        handoff_reason: "asked for a person",
      },
    ],
    changes: [],
  },
  {
    name:
      "30th round: a return before delivery, 'it's only one day late, come on', then 'ridiculous'",
    who: SARAH,
    style: "pleading, slangy, then angry",
    turns: [
      { say: "i want to return ORD-1001", mention: ["once it's delivered"], proposes: null },
      {
        // Was "Could you tell me a little more about what you need?"
        say: "but pleeease",
        mention: [NO_AGAIN, "still on its way"],
        avoid: [MISREAD],
        handoff: "none",
      },
      {
        // Was the parcel's estimate, as if the shopper had asked where it was.
        say: "its only one day late, come on",
        mention: [NO_AGAIN, "once it's delivered you can return it"],
        avoid: [MISREAD],
        handoff: "none",
      },
      {
        say: "this is ridiculous",
        mention: ["still on its way", "member of our team"],
        avoid: ["return is on its way", "prepaid label"],
        proposes: null,
        handoff: "new",
        handoff_reason: "insists after the store's no: return_item of ORD-1001",
      },
    ],
    changes: [],
  },
  {
    name: "30th round: 'i insist' on money back for a delayed parcel hands over, nothing refunded",
    who: MIKE,
    style: "terse insistence",
    turns: [
      {
        say: "give me a discount for the delay on ORD-2001",
        mention: ["still on its way"],
        handoff: "none",
      },
      {
        // Was "That's outside what I can help with here".
        say: "i insist",
        mention: [NO_AGAIN, "Refunds are for delivered orders", "member of our team"],
        avoid: [MISREAD, "refunded"],
        proposes: null,
        handoff: "new",
        handoff_reason: "insists after the store's no: refund_request of ORD-2001",
      },
      {
        say: "that's not good enough",
        mention: ["still on the way"],
        avoid: [MISREAD, "refunded", "No problem"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "30th round: 'but please, i moved!' then 'I insist. Change it.' about a delivered order",
    who: EMMA,
    style: "plea with a reason, then insistence",
    turns: [
      {
        say: "change the address of ORD-3002 to 9 Pine Rd, Austin TX 78701",
        mention: ["delivered"],
        proposes: null,
      },
      {
        // Was "That's outside what I can help with here".
        say: "but please, i moved!",
        mention: [NO_AGAIN, "nothing left to send elsewhere", "next order"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      {
        // Was a change of items refused and a return of the mixer proposed.
        say: "I insist. Change it.",
        mention: ["changing the address is only possible", "member of our team"],
        avoid: ["start a return", "changing its items"],
        proposes: null,
        handoff: "new",
        handoff_reason: "change_address of ORD-3002",
      },
    ],
    changes: [],
  },
  {
    name: "30th round: 'surely you can do something', 'what are my options', 'never mind'",
    who: MIKE,
    style: "long-time customer, calm",
    turns: [
      { say: "cancel ORD-2001", mention: ["already shipped"], proposes: null },
      {
        say: "ugh. I've been a loyal customer for 6 years, surely you can do something",
        mention: ["Thank you for being with us for so long", "return it within 30 days"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      {
        say: "fine. what are my options",
        mention: ["what I can do", "return it within 30 days", PERSON_ON_OFFER],
        avoid: [MISREAD, "pay"],
        handoff: "none",
      },
      {
        say: "ok whatever, never mind",
        avoid: [NO_AGAIN, MISREAD],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "30th round: items of a shipped order, 'come on, it's only been a few days'",
    who: MIKE,
    style: "plea, then asks what else",
    turns: [
      { say: "add another keyboard to ORD-2001", mention: ["already shipped"], proposes: null },
      {
        say: "come on, it's only been a few days",
        mention: [NO_AGAIN, "changing its items is only possible"],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
      {
        // The ways to have more or fewer (the items' own options), and a person on offer.
        say: "what else can I do",
        mention: ["place a new order", "return what you don't need", PERSON_ON_OFFER],
        avoid: [MISREAD],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "30th round: a plea, then a real question about the same order is answered",
    who: SARAH,
    style: "plea, then gives in and asks",
    turns: [
      { say: "cancel ORD-1001", mention: ["already shipped"], proposes: null },
      { say: "please", mention: [NO_AGAIN], avoid: [MISREAD], handoff: "none" },
      {
        say: "can you at least tell me where it is then?",
        mention: ["Dallas"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        avoid: [NO_AGAIN],
        handoff: "none",
      },
      {
        say: "ok can I return it once it arrives?",
        mention: ["once it's delivered"],
        avoid: [NO_AGAIN],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "30th round: 'please' at the end of a first request is a request, not a push",
    who: SARAH,
    style: "polite request",
    turns: [
      {
        say: "cancel ORD-1003 please",
        mention: ["can cancel", "ORD-1003"],
        avoid: [NO_AGAIN],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null, handoff: "none" },
      { say: "thanks!", avoid: ["sorry I can't change the answer"], handoff: "none" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
];
