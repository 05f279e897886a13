/**
 * Conversations found by the lead reading transcripts in the thirteenth session: a "when are
 * they coming" after a vent, the parcel asked about while its investigation waits, "what CAN
 * you do", "yes both" to one refund of two orders, the order's contents asked again, and goods
 * named that are in no order of theirs.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, thirteenth session. */
export const LEAD13: Conversation[] = [{
  name: "'its been like a week?? when are they actually coming' after the headphones' status",
  who: SARAH,
  style: "lowercase, impatient, two question marks",
  turns: [
    { say: "hey", mention: ["Sarah"] },
    {
      say: "so my headphones still arent here",
      mention: ["ORD-1001", "December"],
    },
    {
      // Was "I'm the store's support assistant, so I can only help with orders…" and
      // "Which order do you mean?".
      say: "its been like a week?? when are they actually coming",
      mention: ["ORD-1001", "estimate"],
      avoid: ["only help with", "Which order do you mean"],
    },
    {
      say: "ugh ok. when are they coming then",
      mention: ["ORD-1001"],
      avoid: ["tell me what happened", "only help with"],
    },
  ],
  changes: [],
}, {
  name: "Mike asks what's going on with the delayed keyboard while its investigation waits",
  who: MIKE,
  style: "terse, a question while a yes is awaited",
  turns: [
    {
      say: "my keyboard is late",
      mention: ["ORD-2001", "investigation"],
      proposes: "carrier_investigation",
    },
    {
      // Was "I'm not sure whether that's a yes or a no".
      say: "The keyboard. It says delayed. What's going on with it?",
      mention: ["Memphis", "investigation"],
      avoid: ["yes or a no"],
    },
    {
      // Was "I'm not sure whether that's a yes or a no" too.
      say: "fine then what CAN you do",
      mention: ["investigation", "wait", "return it within 30 days"],
      avoid: ["yes or a no"],
    },
    { say: "ok do that", mention: ["investigation"] },
  ],
  changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
}, {
  name: "'whats going on with it?' while the investigation waits, then a no: nothing opened",
  who: MIKE,
  style: "short questions, then a no",
  turns: [
    { say: "where is my keyboard, it's late", proposes: "carrier_investigation" },
    {
      say: "whats going on with it?",
      mention: ["Memphis", "December 11"],
      avoid: ["yes or a no"],
    },
    { say: "what are my options", mention: ["December 11", "can't be cancelled"] },
    { say: "nah I'll just wait", avoid: ["Done"] },
  ],
  changes: [],
}, {
  name: "Emma asks her money back for both orders and says 'yes both': both refunded",
  who: EMMA,
  style: "upset VIP, short yes",
  turns: [
    {
      say: "I want my money back for both orders",
      mention: ["ORD-3002", "ORD-3001", "One yes covers both"],
      proposes: "refund",
    },
    {
      // Was the same two refunds proposed again: "both" read as more of the order.
      say: "yes both",
      mention: ["refunded 349.00", "refunded 313.99"],
      avoid: ["Shall I go ahead", "Would you like me to go ahead"],
    },
    { say: "thank you", avoid: ["refund 349.00"] },
  ],
  changes: [
    { action: "refund", target: "ORD-3002" },
    { action: "refund", target: "ORD-3001" },
  ],
}, {
  name: "After the worst-experience complaint Emma asks both refunds, then 'yes to both please'",
  who: EMMA,
  style: "complaint handed over, then a request and a yes",
  turns: [
    {
      say: "This is honestly the worst experience I've had with an online store.",
      handoff: "new",
    },
    { say: "I want my money back for both", proposes: "refund", mention: ["One yes covers"] },
    { say: "yes to both please", mention: ["refunded 349.00", "refunded 313.99"] },
  ],
  changes: [
    { action: "refund", target: "ORD-3002" },
    { action: "refund", target: "ORD-3001" },
  ],
}, {
  name: "Sarah stops a cancellation, then asks what's in that order again",
  who: SARAH,
  style: "texting, second thoughts",
  turns: [
    {
      say: "can u cancel the order with the water bottles",
      proposes: "cancel_order",
      mention: ["ORD-1003"],
    },
    { say: "wait actually no dont", mention: ["won't cancel"] },
    {
      // Was "What would you like me to look at next?".
      say: "what's in that order again?",
      mention: ["ORD-1003", "Trail Running Shoes", "Insulated Water Bottle"],
      avoid: ["look at next", "what can I do for you next"],
    },
    { say: "ok thanks, all good", avoid: ["Done"] },
  ],
  changes: [],
}, {
  name: "'cancel just the camping stove' when no order has one: asked, and the whole order later",
  who: SARAH,
  style: "misremembers what she ordered",
  turns: [
    {
      // Was the whole order's cancellation proposed, and the yes cancelled it.
      say: "cancel only the camping stove on 1003",
      mention: ["can't find the Camping Stove", "Trail Running Shoes", "whole order"],
      avoid: ["Reply yes"],
    },
    {
      say: "oh right. the whole thing then",
      proposes: "cancel_order",
      mention: ["ORD-1003", "192.00"],
    },
    { say: "yes", mention: ["cancelled"] },
  ],
  changes: [{ action: "cancel_order", target: "ORD-1003" }],
}, {
  name: "'cancel just the stove' when no order has one, then 'the bottles then': the bottles off",
  who: SARAH,
  style: "misremembers, then picks a line",
  turns: [
    {
      say: "pls cancel just the camping stove from ORD-1003",
      mention: ["can't find the Camping Stove"],
      avoid: ["Reply yes"],
    },
    {
      say: "the bottles then",
      proposes: "modify_items",
      mention: ["remove 2× Insulated Water Bottle"],
      avoid: ["cancel order ORD-1003"],
    },
    { say: "yes", mention: ["Done"] },
  ],
  changes: [{ action: "modify_items", target: "ORD-1003" }],
}, {
  name: "'what did I order in 1003?' is that order's contents, not the list of every order",
  who: SARAH,
  style: "a bare order number",
  turns: [
    {
      say: "what did I order in 1003?",
      mention: ["ORD-1003", "Trail Running Shoes"],
      avoid: ["Here are your orders", "ORD-1002"],
    },
    {
      say: "and what did I order before that",
      avoid: ["only help with"],
    },
    { say: "ok thanks", avoid: ["Done"] },
  ],
  changes: [],
}, {
  name: "'Hi! Quick question, do you ship to Canada?' is not thanked for kind words",
  who: SARAH,
  style: "friendly, a question announced",
  turns: [
    {
      // Was "Thank you so much for the kind words — it means a lot to the team!".
      say: "Hi! Quick question, do you ship to Canada?",
      mention: ["Canada"],
      avoid: ["kind words", "lovely to hear"],
    },
    { say: "and how long does it take?", mention: ["business days"] },
    {
      say:
        "Hey, just a quick question. can I change the address on my order that hasn't shipped yet",
      mention: ["ORD-1003", "new address"],
      avoid: ["kind words"],
    },
  ],
  changes: [],
}, {
  name: "Mike's card is declined; 'how long do I have before the order gets cancelled?'",
  who: MIKE,
  style: "casual, 'yo', follow-up questions",
  turns: [
    { say: "yo", mention: ["Mike"] },
    {
      say: "need to pay for the monitor but my card keeps getting declined",
      mention: ["ORD-2002"],
    },
    {
      // Was the cancellation policy: "An order can be cancelled until it ships…".
      say: "cool, and how long do I have before the order gets cancelled?",
      mention: ["ORD-2002", "until December", "7 days"],
      avoid: ["can be cancelled until it ships"],
    },
    {
      say: "also while ur here, any update on the keyboard",
      mention: ["ORD-2001", "Memphis"],
    },
  ],
  changes: [],
}, {
  name:
    "A return of the machine that 'leaks water', then 'no I don't want a replacement, just my money back'",
  who: SARAH,
  style: "a return asked vaguely, details over four turns",
  turns: [
    { say: "I need to return something", mention: ["ORD-1002"] },
    { say: "the coffee machine", mention: ["Espresso Machine"], proposes: "return_item" },
    {
      // The focus had moved to ORD-1003 by "water" (of the Insulated Water Bottle).
      say: "it leaks water from the bottom",
      mention: ["Espresso Machine"],
      avoid: ["ORD-1003", "Water Bottle"],
    },
    {
      // Was "A delivered order is replaced when it arrived damaged…" and a return of the
      // whole order (the frother too) for the yes.
      say: "no I don't want a replacement, just my money back",
      mention: ["399.00", "Espresso Machine"],
      avoid: ["is replaced when", "428.00"],
      proposes: "refund",
    },
    { say: "ok yes", mention: ["refunded 399.00"] },
  ],
  changes: [{ action: "refund", target: "ORD-1002" }],
}, {
  name:
    "Sarah's formal email: the machine works perfectly, the frother stopped — the frother replaced",
  who: SARAH,
  style: "formal email with a greeting, two requests and a sign-off",
  turns: [
    {
      // Was the replacement of the whole order, the 399.00 machine too.
      say:
        "Dear Support Team,\n\nI hope this message finds you well. I am writing regarding my recent order of an espresso machine (ORD-1002). While the machine itself works perfectly, the milk frother that came with it stopped working after only two uses. I would appreciate it if you could send me a replacement frother. Additionally, could you let me know the status of my headphones order?\n\nKind regards,\nSarah Chen",
      mention: ["new Milk Frother", "29.00", "ORD-1001"],
      avoid: ["428.00", "new set of the items"],
      proposes: "replacement",
    },
    { say: "Thank you. Yes, please go ahead with the replacement.", mention: ["replacement"] },
    { say: "Perfect, thanks so much!", avoid: ["Done"] },
  ],
  changes: [{ action: "replacement", target: "ORD-1002" }],
}];
