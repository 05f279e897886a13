/**
 * Conversations found by the lead reading transcripts in the eighth session, continued: the
 * line kept is not the one removed, a return's label asked for, help asked with an order, an
 * investigation asked for while queued, the list of orders.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Conversations found by reading transcripts, seventh file. */
export const LEAD7: Conversation[] = [
  {
    name: "Sarah removes 'the water bottles from my order… I only want the shoes': the bottles go",
    who: SARAH,
    style: "polite, two sentences",
    turns: [
      {
        // Was "remove the Trail Running Shoes": "the water bottles from my order" was taken
        // for an order named by its goods, and the shoes she keeps for the line to remove.
        say:
          "Could you please remove the water bottles from my order that hasn't shipped? I only want the shoes.",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["remove the Trail Running Shoes"],
        proposes: "modify_items",
      },
      { say: "Yes, that's what I want.", mention: ["ORD-1003"], proposes: null },
      {
        say: "And could you upgrade it to express shipping?",
        mention: ["express"],
        proposes: "expedite_order",
      },
      { say: "sure", proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name:
      "Sarah: 'i don't want the water bottles anymore, just the shoes' — the bottles, not the order",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // Was the whole ORD-1003's cancellation proposed.
        say: "i don't want the water bottles anymore, just the shoes",
        mention: ["remove 2× Insulated Water Bottle"],
        avoid: ["so I can cancel it"],
        proposes: "modify_items",
      },
      { say: "yes", proposes: null },
      { say: "thanks!", mention: ["welcome|Happy to help"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah: 'keep the shoes but drop the water bottles', then 'take the bottles out' again",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "keep the shoes but drop the water bottles from my order",
        mention: ["remove the Insulated Water Bottle"],
        proposes: "modify_items",
      },
      {
        say: "take the bottles out of my shoe order",
        mention: ["Insulated Water Bottle"],
        avoid: ["How many would you like"],
        proposes: "modify_items",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the frother, then asks when she gets the label and has lost it: its link",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "i want to return the milk frother only, the espresso machine is fine",
        mention: ["Milk Frother"],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["label.pdf"], proposes: null },
      {
        // Was a clarifying question, then the rules' answer that labels are free.
        say: "when do i get the label",
        mention: ["return label for order ORD-1002", "label.pdf"],
        avoid: ["Just to make sure", "The return label is free"],
      },
      {
        say: "i lost it, can you send the label again",
        mention: ["label.pdf"],
        proposes: null,
      },
    ],
    changes: [
      { action: "return_item", target: "ORD-1002" },
      { action: "return_label", target: "ORD-1002", times: 2 },
    ],
  },
  {
    name: "Emma asks for help with her vacuum order, nothing more: its news and what can be done",
    who: EMMA,
    style: "hesitant",
    turns: [
      { say: "hello? is anyone there", mention: ["Emma"] },
      {
        // Was "would you like to change the items of an order, or check where an order is…".
        say: "i need help with my vacuum order",
        mention: ["ORD-3001", "lost"],
        avoid: ["Just to make sure"],
      },
      { say: "replacement please", mention: ["ORD-3001"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Mike, queued after an angry cancel, says 'do the investigation then': it is proposed",
    who: MIKE,
    style: "angry, then resigned",
    turns: [
      {
        // talk20: the request answered (cancel refused, it shipped; the investigation offered),
        // not a queue with the parcel's news only.
        say: "ok this is ridiculous. keyboard STILL not here. cancel it and refund me",
        mention: ["investigation with FedEx", "cancelling is only possible until"],
        proposes: "carrier_investigation",
        handoff: "none",
      },
      {
        // "Whatever" hedges: the investigation is asked once more, not opened on it.
        say: "fine whatever, do the investigation then",
        mention: ["investigation"],
        proposes: "carrier_investigation",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "Sarah asks what her orders are: the list of them, not which order",
    who: SARAH,
    style: "polite",
    turns: [
      {
        say: "Hi Sarah here. Can you tell me what my orders are and which ones are still coming?",
        mention: ["ORD-1003", "ORD-1001"],
        avoid: ["Which order do you mean"],
      },
      { say: "ok what about the headphones, when do they arrive", mention: ["ORD-1001"] },
      { say: "thanks!", mention: ["welcome|Happy to help"] },
    ],
    changes: [],
  },
];
