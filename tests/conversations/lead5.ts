/**
 * Conversations found by the lead reading transcripts in the seventh session, continued: a
 * second charge, a count said again, a colleague no longer needed, irony after news.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, fifth file. */
export const LEAD5: Conversation[] = [
  {
    name:
      "Mike, charged twice and queued, asks to refund the extra one: the payment, not the order",
    who: MIKE,
    style: "terse, upset",
    turns: [
      {
        say: "i was charged twice for my keyboard",
        mention: ["one payment of 109\\.00 USD"],
        handoff: "new",
      },
      {
        // Not "refunds are for delivered orders": the second charge is the colleague's.
        say: "can you refund the extra one",
        mention: ["109\\.00 USD", "other charge"],
        avoid: ["delivered orders", "card was declined"],
        proposes: null,
      },
      { say: "how long will that take", mention: ["queue"] },
    ],
    changes: [],
  },
  {
    name: "Sarah adds another bottle, then says 'just 1 more': three bottles, never one",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "can I add another water bottle to my order?",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      {
        // Read as "set it to 1" before: her yes took the bottles down to one.
        say: "just 1 more",
        mention: ["from 2 to 3"],
        avoid: ["from 2 to 1", "which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["226\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah asks for more water bottles 'on 1003': a change of that order, not a purchase",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "can i get more water bottles on 1003",
        mention: ["ORD-1003", "how many"],
        avoid: ["Add it to your cart"],
      },
      { say: "just 1 more please", mention: ["from 2 to 3"], proposes: "modify_items" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "A guest asks the return policy, then whether a receipt is needed and about sale items",
    who: "lin.guest@example.net",
    style: "terse",
    turns: [
      { say: "hey whats your return policy", mention: ["30 days"] },
      {
        // Read as an invoice request: a guest was asked to sign in.
        say: "do i need the receipt",
        mention: ["No receipt is needed"],
        avoid: ["sign in", "confirm who you are"],
      },
      {
        // Not the whole policy again.
        say: "and can i return sale items",
        mention: ["sale can be returned"],
        avoid: ["prepaid return label, which you send back"],
      },
    ],
    changes: [],
  },
  {
    name:
      "Sarah's headphones are within the estimate; 'ok what now' is told what to do, not the news again",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "hi, i ordered headphones and they said delivered yesterday but nothing here",
        mention: ["ORD-1001", "estimate"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
      },
      {
        // Before: the same parcel news, word for word.
        say: "ok what now",
        mention: ["nothing you need to do yet", "investigation"],
        avoid: ["TRK8800001001", "latest scan"],
        proposes: null,
      },
      { say: "ok thanks", avoid: ["TRK8800001001"] },
    ],
    changes: [],
  },
  {
    name:
      "Sarah writes in Spanish, is passed to a colleague, then says English is fine and cancels",
    who: SARAH,
    style: "Spanish, then English",
    turns: [
      { say: "Hola, quiero cancelar mi pedido de zapatillas", handoff: "new" },
      {
        // The Spanish-speaking colleague is no longer needed: no queue after her cancel.
        say: "ok english is fine, cancel the shoes order please",
        mention: ["carry on in English", "ORD-1003"],
        avoid: ["still on the way", "in the queue"],
        proposes: "cancel_order",
        handoff: "withdrawn",
      },
      { say: "yes", mention: ["cancelled"], avoid: ["queue"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "Mike hears his keyboard is delayed, says 'wow thanks a lot', and takes the investigation",
    who: MIKE,
    style: "sarcastic",
    turns: [
      { say: "wheres my keyboard", mention: ["ORD-2001", "Memphis"] },
      {
        // Was "Happy to help, Mike!": irony after bad news.
        say: "wow thanks a lot",
        mention: ["sorry", "investigation"],
        avoid: ["Happy to help", "You're welcome", "TRK8800002001"],
        proposes: "carrier_investigation",
      },
      {
        say: "so what are you going to do about it",
        mention: ["your call", "investigation"],
        proposes: "carrier_investigation",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name:
      "Emma hears the vacuum is lost, says 'oh wonderful. just wonderful.', then takes a new one",
    who: EMMA,
    style: "formal, ironic",
    turns: [
      { say: "where is my vacuum", mention: ["lost"] },
      {
        // Was a clarifying question: "would you like to sort out a delivery problem?".
        say: "oh wonderful. just wonderful.",
        mention: ["sorry", "refund", "replacement"],
        avoid: ["Just to make sure", "lovely to hear", "Cincinnati"],
      },
      { say: "the replacement", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "Sarah hears her headphones are on time and says 'great thanks!': thanked, not apologised to",
    who: SARAH,
    style: "cheerful",
    turns: [
      { say: "where are my headphones", mention: ["ORD-1001"] },
      {
        say: "great thanks!",
        mention: ["You're welcome|Glad to help"],
        avoid: ["sorry", "investigation", "TRK8800001001"],
        proposes: null,
      },
      { say: "bye", avoid: ["sorry"] },
    ],
    changes: [],
  },
  {
    name: "Emma asks to get the mixer replaced and the vacuum refunded: each proposed in turn",
    who: EMMA,
    style: "polite question",
    turns: [
      {
        // "The vacuum refunded" named no order: the reply asked which of the two was meant.
        say: "Is there any way to get the mixer replaced and the vacuum refunded at the same time?",
        mention: ["Stand Mixer", "ORD-3001"],
        avoid: ["Do you mean"],
        proposes: "replacement",
      },
      { say: "yes please", mention: ["refund for order ORD-3001"], proposes: null },
      { say: "yes", proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "replacement", target: "ORD-3002" },
      { action: "refund", target: "ORD-3001" },
    ],
  },
  {
    name: "Sarah asks what she ordered last time, when it arrives and whether she can return it",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // "Last time" is her latest order: she was asked which order, three times over.
        say: "hi can you tell me what i ordered last time",
        mention: ["ORD-1003", "Trail Running Shoes"],
        avoid: ["Which order", "Do you mean"],
      },
      {
        say: "and when did it arrive",
        mention: ["ORD-1003", "hasn't shipped"],
        avoid: ["Which order"],
      },
      { say: "can i still return it", mention: ["ORD-1003"], avoid: ["Which order"] },
    ],
    changes: [],
  },
  {
    name:
      "Sarah can't swap the shoes' size: the shoes' removal offered, 'ok then cancel them' is its yes",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // Talk21: the shoes taken off (the bottles kept), the whole order's cancellation offered
        // beside it — was the whole order's cancellation proposed.
        say: "I'd like to exchange the shoes for a bigger size",
        mention: ["ORD-1003", "Trail Running Shoes off", "cancel"],
        proposes: "modify_items",
      },
      {
        // Talk24: "them" are the shoes whose removal waits — its yes (was the whole order's
        // cancellation proposed, bottles and all).
        say: "ok then cancel them",
        mention: ["ORD-1003", "new total"],
        avoid: ["yes or a no", "is cancelled"],
        proposes: null,
      },
      { say: "thanks", avoid: ["cancel it\\?"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
