/**
 * The talk43 round: long conversations judged by the ledger at the end. Seeded customers of
 * the demo store beyond the cast (orders processing, in transit, delivered days ago, several
 * lines), several orders in one conversation, topics left and come back to ("back to the
 * vacuum — …"), a change asked, questioned, changed, a no then a yes, a side question between
 * a proposal and its answer, thanks in the middle. Each checks the ledger exactly.
 */
import type { Conversation } from "./schema.ts";

const FATIMA = "fatima.hall86@example.com";
const MASON = "mason.smith97@example.com";
const NOAH = "noah.campbell179@example.com";
const OMAR = "omar.taylor102@example.com";
const AIDEN = "aiden.hall92@example.com";
const KENJI = "kenji.nguyen88@example.com";

/** Conversations of up to ten turns over several orders (the talk43 branch). */
export const TALK43_LONG: Conversation[] = [
  {
    name:
      "43rd round: a person asked, then 'nevermind, you can do it. yes change it' changes the address once",
    who: AIDEN,
    style: "a person asked for and then not needed",
    turns: [
      {
        say: "Hello, I need to change the address on my order with the router, clock and curtains",
        proposes: null,
        mention: ["ORD-11187"],
      },
      {
        say: "it's 14 Baker Street, London NW1 6XE, United Kingdom",
        proposes: "change_address",
        mention: ["London"],
      },
      {
        say: "wait can I speak to a human about this?",
        proposes: "change_address",
        handoff: "new",
      },
      {
        say: "nevermind, you can do it. yes change it",
        proposes: null,
        handoff: "withdrawn",
        mention: ["ORD-11187 will go to the new address"],
      },
      {
        say: "thanks! and my other router order?",
        proposes: null,
        facts: [{ order: "ORD-11175", field: "tracking" }],
      },
      { say: "great", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-11187" }],
  },
  {
    name:
      "43rd round: 'the whole thing or just the dock?' is answered, and only the dock comes off",
    who: MASON,
    style: "questions the proposal, then narrows it",
    turns: [
      {
        say: "can you cancel the docking station order",
        proposes: "cancel_order",
        mention: ["ORD-11233"],
      },
      {
        say: "wait, does that cancel the whole thing or just the dock?",
        proposes: "cancel_order",
        mention: ["whole order ORD-11233", "take off the USB-C Docking Station instead"],
        avoid: ["is cancelled"],
      },
      {
        say: "ok just the docking station then",
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      {
        say: "what's the new total?",
        proposes: null,
        mention: ["ORD-11233", "246\\.99"],
        avoid: ["only help with orders"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  },
  {
    name: "43rd round: 'the newer one' of two tablet orders is returned",
    who: NOAH,
    style: "casual",
    turns: [
      {
        say: "hey i ordered the same drawing tablet twice by mistake, can i send one back?",
        mention: ["ORD-11027", "ORD-10910"],
      },
      { say: "the newer one", proposes: "return_item", mention: ["ORD-11027"] },
      { say: "ok yes", proposes: null, mention: ["return for order ORD-11027 is open"] },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-11027" }],
  },
  {
    name:
      "43rd round: the SSD still being prepared, its cancellation offered, then 'fine, no, keep it'",
    who: KENJI,
    style: "British, terse",
    turns: [
      {
        say: "hiya, where's my SSD order?",
        handoff: "none",
        mention: ["ORD-11242", "hasn't shipped"],
        avoid: ["on its way"],
      },
      { say: "can you cancel it?", proposes: "cancel_order", mention: ["78\\.99"] },
      { say: "fine, no, keep it", proposes: null, mention: ["won't cancel order ORD-11242"] },
      { say: "ta", proposes: null },
    ],
    changes: [],
  },
  {
    name: "43rd round: 'ok a return then' to the return offered is its yes",
    who: KENJI,
    style: "short",
    turns: [
      { say: "can I return ORD-11103?", proposes: "return_item" },
      { say: "ok a return then", proposes: null, mention: ["return for order ORD-11103 is open"] },
      { say: "ta", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-11103" }],
  },
  {
    name:
      "43rd round: ten turns over three orders — a cancellation, a refund after a side question, a line dropped, back to the first",
    who: FATIMA,
    style: "long, comes back to the first topic",
    turns: [
      { say: "can you cancel ORD-11179 please", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "thanks. and when does the money come back for the vacuum?",
        proposes: null,
        mention: ["275\\.08"],
        avoid: ["in stock"],
      },
      { say: "the tent from ORD-11005 has a broken pole", proposes: "refund" },
      {
        say: "hmm wait, what about the earbuds order, has it been delivered?",
        proposes: "refund",
      },
      {
        say: "ok yes go ahead with the refund",
        proposes: null,
        mention: ["refunded 201\\.48 EUR for order ORD-11005"],
      },
      { say: "cancel ORD-11232", proposes: "cancel_order", mention: ["393\\.75"] },
      {
        say: "no, just drop the glass containers",
        proposes: "modify_items",
        mention: ["Glass Food Containers Set"],
        avoid: ["27-inch 4K Monitor from it"],
      },
      { say: "yes please", proposes: null, avoid: ["ORD-11232 is cancelled"] },
      {
        say: "back to the vacuum - when does the money come back?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11179" },
      { action: "refund", target: "ORD-11005" },
      { action: "modify_items", target: "ORD-11232" },
    ],
  },
  {
    name:
      "43rd round: ten turns — the newer tablet returned, grinders off another order, a stray yes after thanks",
    who: NOAH,
    style: "long, casual",
    turns: [
      {
        say: "hey i ordered the same drawing tablet twice by mistake, can i send one back?",
        mention: ["ORD-11027", "ORD-10910"],
      },
      { say: "the newer one", proposes: "return_item", mention: ["ORD-11027"] },
      { say: "how much will i get back?", proposes: "return_item", mention: ["72\\.68"] },
      { say: "ok yes", proposes: null, mention: ["return for order ORD-11027 is open"] },
      { say: "btw is my thermostat order shipped yet", proposes: null, mention: ["ORD-11198"] },
      {
        say: "can you cancel just the coffee grinders off it",
        proposes: "modify_items",
        mention: ["2× Burr Coffee Grinder"],
      },
      { say: "yes", proposes: null, mention: ["310\\.96"] },
      { say: "thank you so much!", proposes: null },
      { say: "yes", proposes: null, avoid: ["Done", "new total"] },
      { say: "bye", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-11027" },
      { action: "modify_items", target: "ORD-11198" },
    ],
  },
  {
    name:
      "43rd round: nine turns — a clock replaced, then a return window asked before the stand's cancellation",
    who: OMAR,
    style: "long, short messages",
    turns: [
      { say: "the wall clock that just arrived is cracked", mention: ["ORD-11081"] },
      { say: "ORD-11081", proposes: "refund", mention: ["47\\.99"] },
      { say: "a replacement please", proposes: "replacement", mention: ["Wall Clock Oak"] },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-11081"] },
      { say: "ty, also cancel the laptop stand order", proposes: "cancel_order" },
      {
        say: "wait whats the return window on the espresso machine?",
        proposes: "cancel_order",
        mention: ["30 days"],
        avoid: ["start a return for the Espresso Machine"],
      },
      { say: "ok cancel it", proposes: null, mention: ["ORD-11214 is cancelled"] },
      { say: "thank u", proposes: null },
      {
        say: "yes",
        proposes: null,
        avoid: ["is cancelled\\. Your refund", "arranged a replacement"],
      },
    ],
    changes: [
      { action: "replacement", target: "ORD-11081" },
      { action: "cancel_order", target: "ORD-11214" },
    ],
  },
  {
    name: "43rd round: eight turns — a cancellation declined with 'fine, no', then a return agreed",
    who: KENJI,
    style: "long, British, terse",
    turns: [
      {
        say: "hiya, where's my SSD order?",
        handoff: "none",
        mention: ["hasn't shipped"],
        avoid: ["on its way"],
      },
      { say: "can you cancel it?", proposes: "cancel_order" },
      { say: "fine, no, keep it", proposes: null, mention: ["won't cancel order ORD-11242"] },
      { say: "can I return ORD-11103?", proposes: "return_item" },
      { say: "how much do I get back?", proposes: "return_item", mention: ["70\\.31"] },
      { say: "ok a return then", proposes: null, mention: ["return for order ORD-11103 is open"] },
      { say: "ta", proposes: null },
      { say: "yes", proposes: null, avoid: ["cancelled", "return for order ORD-11103 is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-11103" }],
  },
  {
    name:
      "43rd round: nine turns — a dock taken off after 'the whole thing or just the dock?', back to the monitor's speed-up",
    who: MASON,
    style: "long, switches and comes back",
    turns: [
      { say: "hey where's my monitor", facts: [{ order: "ORD-11172", field: "tracking" }] },
      { say: "can you also cancel the docking station order", proposes: "cancel_order" },
      {
        say: "wait, does that cancel the whole thing or just the dock?",
        proposes: "cancel_order",
        mention: ["whole order ORD-11233"],
      },
      { say: "ok just the docking station then", proposes: "modify_items" },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      {
        say: "back to the monitor - can you speed it up?",
        proposes: "expedite_delivery",
        mention: ["ORD-11172"],
      },
      { say: "how much is that?", proposes: "expedite_delivery", mention: ["9\\.99"] },
      { say: "ok yes", proposes: null, mention: ["sped up"] },
      { say: "thanks!", proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-11233" },
      { action: "expedite_tracking", target: "TRK5147188698" },
    ],
  },
];
