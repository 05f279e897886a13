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
    name: "Mike, queued after an angry cancel, says 'do the investigation then': it is opened",
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
        // talk31: a shrug, then the change said in so many words, is a yes (was asked once
        // more: "whatever" read as a hedge); the yes after it opens nothing twice.
        say: "fine whatever, do the investigation then",
        mention: ["investigation"],
        proposes: null,
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
  {
    name:
      "Sarah asks for the headphones to be left with her neighbour: the carrier's way, no privacy rule",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "TRK8800001001", mention: ["ORD-1001"] },
      {
        // Was the privacy rule ("I can't show or change anything of another person's account").
        say: "can you leave it with my neighbour at 12?",
        mention: ["UPS", "TRK8800001001", "neighbour"],
        avoid: ["another person's account", "outside what I can help"],
      },
      {
        say: "and the shoes, can they be left at the back door when they come?",
        mention: ["ORD-1003 hasn't shipped yet"],
        avoid: ["in stock", "124\\.00"],
      },
    ],
    changes: [],
  },
  {
    name: "Emma, a loyal customer, asks what can be done to make up for the lost vacuum: a credit",
    who: EMMA,
    style: "disappointed, polite",
    turns: [
      {
        // Was the parcel's news and "refund or replacement?", then "yes please" to a choice.
        say:
          "I've been a loyal customer for years and this vacuum situation is really disappointing. is there anything you can do to make up for it?",
        mention: ["goodwill credit", "ORD-3001"],
        proposes: "goodwill_credit",
      },
      { say: "yes please", mention: ["goodwill"], proposes: null },
      { say: "and can you send the vacuum again", mention: ["ORD-3001"], proposes: "replacement" },
    ],
    changes: [{ action: "goodwill_credit", target: "CUST-0003" }],
  },
  {
    name:
      "Sarah's espresso machine stopped heating after a few weeks: the fault's remedy, a new one",
    who: SARAH,
    style: "plain",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1002", then a replacement
        // refused ("replaced when it arrived damaged, wrong or incomplete") and a return opened.
        say: "my espresso machine stopped heating, it's only a few weeks old",
        mention: ["Espresso Machine", "ORD-1002"],
        avoid: ["I'm not sure what you'd like"],
        proposes: "refund",
      },
      { say: "can you replace it", mention: ["new Espresso Machine"], proposes: "replacement" },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Mike moved and types his new address alone: the order that can still change goes there",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "i need to update my shipping address on my account, i moved",
        mention: ["Account → Profile"],
      },
      {
        // Was "would you like to change a delivery address?", and "yes" then got "Sure — what
        // would you like me to help with?"; the ZIP code was read as an order number.
        say: "12 Oak Avenue, Portland OR 97201",
        mention: ["ORD-2002", "Portland"],
        avoid: ["Just to make sure", "ORD-97201"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-2002"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-2002" }],
  },
  {
    name: "Emma writes in Spanish, then 'ok in english then': no colleague waited for, a refund",
    who: EMMA,
    style: "two languages",
    turns: [
      { say: "hola, mi aspiradora nunca llegó", handoff: "new" },
      {
        // The Spanish speaker's handoff stayed open: "A member of our team is still on the way".
        say: "ok in english then - the vacuum never arrived, what are my options?",
        mention: ["carry on in English", "ORD-3001"],
        avoid: ["still on the way"],
        handoff: "withdrawn",
      },
      { say: "refund", mention: ["313\\.99"], proposes: "refund" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "Mike paid the monitor by bank transfer: how long it takes, and what if it isn't there by friday",
    who: MIKE,
    style: "plain, worried",
    turns: [
      {
        say: "why is my monitor order still pending? i paid yesterday by bank transfer",
        mention: ["ORD-2002"],
      },
      {
        // Was "That's outside what I can help with here" (read as a bank's question).
        say: "how long does a transfer take to show",
        mention: ["few business days"],
        avoid: ["outside what I can help"],
        handoff: "none",
      },
      {
        say: "ok and if it doesnt show up by friday?",
        mention: ["ORD-2002 stays reserved for you until", "trace the payment"],
        avoid: ["outside what I can help"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah asks whether she was charged for the shoes and the headphones: each order paid",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was the general help for a card that was declined.
        say: "was i charged for the shoes yet?",
        mention: ["ORD-1003", "is paid", "192\\.00"],
        avoid: ["card was declined"],
      },
      {
        // Was the catalogue's three headphones and "which one do you mean?".
        say: "have you taken the money for the headphones",
        mention: ["ORD-1001", "249\\.00"],
        avoid: ["Which one do you mean"],
      },
      {
        // Was "I can't offer a discount code or credit for order ORD-1003".
        say: "can i pay the shoes with a gift card instead",
        mention: ["gift card"],
        avoid: ["can't offer a discount code or credit"],
      },
    ],
    changes: [],
  },
  {
    name: "Sarah turns a whole cancellation down for one bottle less: the bottle, never the order",
    who: SARAH,
    style: "casual, changes her mind",
    turns: [
      { say: "hey can u cancel my order", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "the shoes one", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        // Was the whole cancellation proposed again, which her "yes" then carried out.
        say: "wait actually no, just take off one of the water bottles",
        mention: ["Insulated Water Bottle from 2 to 1"],
        avoid: ["cancel order ORD-1003", "not sure whether"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
