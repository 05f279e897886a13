/**
 * Conversations found by the lead reading transcripts in the eighth session, last file: a yes
 * with a question about other goods, another speed while a speed-up waits, a refund's timing
 * asked in two words.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, eighth file. */
export const LEAD8: Conversation[] = [
  {
    name:
      "Mike says 'yes and also where is the keyboard': the monitor cancelled, the keyboard told",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel the monitor", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        // Was the keyboard's news and the cancellation asked again: the yes was lost.
        say: "yes and also where is the keyboard",
        mention: ["ORD-2002 is cancelled", "ORD-2001", "Memphis"],
        avoid: ["haven't done anything"],
        proposes: null,
      },
      { say: "thanks", mention: ["welcome|Happy to help"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah asks the difference between express and overnight, then picks overnight",
    who: SARAH,
    style: "curious",
    turns: [
      { say: "can you speed up my shoe order", mention: ["express"], proposes: "expedite_order" },
      {
        // Was the overnight upgrade proposed, with no word on the difference.
        say: "whats the difference between express and overnight",
        mention: ["1–2 business days", "next business day"],
        proposes: "expedite_order",
      },
      {
        // Was "I'm not sure whether that's a yes or a no" about the express upgrade.
        say: "overnight then",
        mention: ["overnight"],
        avoid: ["not sure whether"],
        proposes: "expedite_order",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "Emma asks how much and when of a waiting refund: the refund's timing, not the delivery",
    who: EMMA,
    style: "short questions",
    turns: [
      { say: "refund the mixer please", mention: ["349\\.00"], proposes: "refund" },
      { say: "how much will i get back", mention: ["349\\.00"], proposes: "refund" },
      {
        // Was "Order ORD-3002 (Stand Mixer) was delivered on December 3."
        say: "and when",
        mention: ["within 5 business days", "shall I refund"],
        avoid: ["was delivered on"],
        proposes: "refund",
      },
      { say: "yes go ahead", mention: ["refunded 349\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "Mike asks to return the unpaid monitor he no longer needs: its cancellation, asked once",
    who: MIKE,
    style: "casual",
    turns: [
      {
        // "I can also help with cancelling an order once this is settled" followed, and after
        // the yes "You also asked about cancelling order ORD-2002. Shall I look at that now?".
        say: "hey, can i return the monitor? i dont need it anymore",
        mention: ["cancel order ORD-2002"],
        avoid: ["once this is settled"],
        proposes: "cancel_order",
      },
      {
        say: "ok cancel it then",
        mention: ["ORD-2002 is cancelled"],
        avoid: ["You also asked"],
        proposes: null,
      },
      { say: "thanks", mention: ["welcome|Happy to help"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah takes one bottle off, then the frother stops working and she takes its refund",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // Was "remove the Insulated Water Bottle": both bottles gone on her yes.
        say: "heyy can u take one bottle off my shoe order",
        mention: ["Insulated Water Bottle from 2 to 1"],
        avoid: ["remove the Insulated Water Bottle"],
        proposes: "modify_items",
      },
      { say: "ya go ahead", mention: ["158\\.00"], proposes: null },
      {
        // Was a clarifying question about getting into her account.
        say: "the frother stopped working",
        mention: ["Milk Frother", "29\\.00"],
        avoid: ["get into your account"],
        proposes: "refund",
      },
      {
        say: "can i get the frother replaced",
        mention: ["new Milk Frother"],
        proposes: "replacement",
      },
      {
        // Was the whole order's 428.00 proposed, and refunded on her yes.
        say: "nah actually refund it",
        mention: ["29\\.00 USD for the Milk Frother"],
        avoid: ["428\\.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }, {
      action: "refund",
      target: "ORD-1002",
    }],
  },
  {
    name:
      "Emma's vacuum never turned up, 'what are my options?': the parcel's remedies, no ways to pay",
    who: EMMA,
    style: "polite",
    turns: [
      {
        // Was the ways to pay beside the lost parcel's news ("options" read as payment options).
        say: "Hi, the vacuum never turned up. What are my options?",
        mention: ["ORD-3001", "lost", "replacement"],
        avoid: ["We accept credit"],
      },
      { say: "a new one please", proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name:
      "Mike queued asks to 'chase fedex': the investigation proposed and opened, the queue kept",
    who: MIKE,
    style: "upset",
    turns: [
      { say: "my keybord still isnt here and nobody tells me anything", handoff: "new" },
      {
        // Was the queue's wait only.
        say: "can u at least chase fedex",
        mention: ["investigation with FedEx"],
        proposes: "carrier_investigation",
      },
      { say: "ok do it", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "Sarah narrows the whole espresso order's refund to the frother after a no",
    who: SARAH,
    style: "terse, changes her mind",
    turns: [
      { say: "refund my espresso order", mention: ["428\\.00"], proposes: "refund" },
      {
        // Was a plain no: nothing proposed, and her "yes" after it did nothing.
        say: "no wait, just the frother",
        mention: ["29\\.00 USD for the Milk Frother"],
        avoid: ["428\\.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
      { say: "how long till i get it", mention: ["5 business days"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
];
