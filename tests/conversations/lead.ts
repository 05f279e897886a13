/**
 * Conversations found by the lead reading transcripts: an order number written as a
 * sentence of its own beside the request, a change for "my other order" put to the one
 * order it can apply to, items added to an order in everyday words, and
 * questions about a change just made ("did it work?", "can you undo that?").
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations found by reading transcripts. */
export const LEAD: Conversation[] = [
  {
    name: "Sarah asks to expedite 'my order that's in transit' by its state, then says yes",
    who: SARAH,
    style: "plain",
    turns: [
      {
        // Read as where the order is (unsure), it only told the status: the ask is the upgrade.
        say: "can you expedite my order that's in transit",
        proposes: "expedite_delivery",
        mention: ["ORD-1001", "no fee"],
      },
      { say: "yes", proposes: null, mention: ["sped up"] },
      { say: "thanks!", proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800001001" }],
  },
  {
    name: "Mike's late order, asked where and to hurry in one breath, then 'the other one'",
    who: MIKE,
    style: "angry, run-on",
    turns: [
      {
        // Three requests naming no order: only the keyboard is sent off, so it is the turn's
        // order (its delay told), not "which order would you like me to check?".
        say: "my order is late AGAIN, this is ridiculous. where is it and can you speed it up",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["delay", "speed up"],
        // What he asked for is proposed; the investigation we would suggest waits its turn.
        proposes: "expedite_delivery",
        avoid: ["which order would you like", "which order do you mean"],
      },
      {
        // "The other one" is the order beside the one this conversation is about.
        say: "ok whatever, and the other one? why hasnt it shipped",
        facts: [{ order: "ORD-2002", field: "status" }],
        avoid: ["which order"],
      },
      { say: "no leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Emma names her lost order in a sentence of its own and asks for another one",
    who: EMMA,
    style: "tired, terse",
    turns: [
      {
        say: "hi, my order never arrived, its been forever",
        facts: [{ order: "ORD-3001", field: "tracking" }],
        mention: ["replacement"],
      },
      {
        say: "ORD-3001. can you just send me another one",
        proposes: "replacement",
        mention: ["free of charge"],
        // The offer, once: not the parcel's status and the choice all over again.
        avoid: ["which would you prefer", "last scan"],
      },
      { say: "yes please", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah's new address for 'my other order' goes to the one order that can still take it",
    who: SARAH,
    style: "chatty, lowercase",
    turns: [
      { say: "I'd like to return the espresso machine", proposes: "return_item" },
      { say: "yes", proposes: null },
      {
        // Of her other orders only ORD-1003 can still be re-addressed: that one, at once.
        say: "also can you change the address on my other order to 5 Elm Street, Boston MA 02118",
        mention: ["ORD-1003", "Boston"],
        proposes: "change_address",
        avoid: ["what's the new address", "Do you mean"],
      },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-1002" },
      { action: "change_address", target: "ORD-1003" },
    ],
  },
  {
    name: "Sarah asks about the headphones, then re-addresses 'my other order': the shoes",
    who: SARAH,
    style: "brief",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      { say: "the headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "ok. please change the address of my other order to 5 Elm Street, Boston MA 02118",
        proposes: "change_address",
        mention: ["ORD-1003", "Boston"],
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah wants more water bottles in her order and says how many when asked",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "can i get more water bottles in my order",
        proposes: null,
        mention: ["How many"],
        avoid: ["Add it to your cart", "Which item"],
      },
      { say: "3", proposes: "modify_items", mention: ["from 2 to 3"] },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah adds another water bottle to her running shoes order in one go",
    who: SARAH,
    style: "one long question",
    turns: [
      {
        say: "can i add another water bottle to my running shoes order?",
        proposes: "modify_items",
        mention: ["from 2 to 3"],
      },
      { say: "yes please", proposes: null },
      { say: "great thanks, that's all", proposes: null, avoid: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah asks whether her cancellation went through, then to undo it",
    who: SARAH,
    style: "unsure, then changes her mind",
    turns: [
      { say: "cancel ORD-1003 please", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["cancelled"] },
      {
        say: "did it work?",
        proposes: null,
        mention: ["ORD-1003", "cancelled"],
        avoid: ["what would you like me to help with"],
      },
      {
        say: "actually can you undo that",
        proposes: null,
        mention: ["can't be undone", "order them again"],
        avoid: ["What can I do for you next"],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah got the wrong item and has the right one sent instead of her money back",
    who: SARAH,
    style: "matter-of-fact",
    turns: [
      {
        say: "i got the wrong item in my espresso order, there was a toaster in the box",
        proposes: "refund",
        mention: ["right item"],
        avoid: ["perfect condition"],
      },
      { say: "ok yes send the right one", proposes: "replacement", mention: ["free of charge"] },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Emma's mixer came without its whisk: a whole new one is sent, not a return opened",
    who: EMMA,
    style: "brief, then to the point",
    turns: [
      { say: "hi, the stand mixer came with a missing part, the whisk isnt in the box" },
      {
        say: "ok then send a whole new one",
        proposes: "replacement",
        mention: ["free of charge"],
        avoid: ["return label"],
      },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Mike starts to cancel his monitor, then 'yeah no actually leave it'",
    who: MIKE,
    style: "changes his mind in slang",
    turns: [
      { say: "cancel my monitor order", proposes: "cancel_order" },
      {
        say: "yeah no actually leave it",
        proposes: null,
        mention: ["won't cancel"],
        avoid: ["not sure whether that's a yes or a no"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Emma's crushed box: the order she received, her options asked, a replacement of it",
    who: EMMA,
    style: "polite, full sentences",
    turns: [
      {
        // Received and broken: the delivered mixer, not the lost vacuum still on its way.
        say: "Hello, I received my order yesterday but the box was crushed and the item inside " +
          "is broken",
        mention: ["ORD-3002"],
        avoid: ["ORD-3001", "Robot Vacuum"],
        handoff: "new",
      },
      {
        // Not the ways to pay: what can be done about the mixer.
        say: "What are my options?",
        proposes: "refund",
        mention: ["ORD-3002", "replacement"],
        avoid: ["PayPal", "neighbours"],
      },
      { say: "I'd like a replacement please", proposes: "replacement", mention: ["ORD-3002"] },
      { say: "Yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Sarah walks back through her orders: the latest, the one before that, and before that",
    who: SARAH,
    style: "terse follow-ups",
    turns: [
      {
        say: "where's my most recent order",
        facts: [{ order: "ORD-1003", field: "status" }],
      },
      {
        // Placed before ORD-1003: the headphones on their way (it was "what would you like?").
        say: "and the one before that?",
        facts: [{ order: "ORD-1001", field: "status" }],
        avoid: ["what would you like", "ORD-1003"],
      },
      {
        say: "and the one before that one?",
        facts: [{ order: "ORD-1002", field: "status" }],
        avoid: ["what would you like"],
      },
    ],
    changes: [],
  },
  {
    name: "Mike asks what the delay means and by how long: his keyboard's delay told again",
    who: MIKE,
    style: "puzzled",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // It read as off-topic: "I can only help with orders, deliveries…".
        say: "what do you mean delayed? delayed by how long",
        mention: ["ORD-2001", "Memphis", "{date+3}"],
        avoid: ["only help with"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "A guest asks about shipping to Canada, then its cost and how long it takes",
    who: "lead.round@example.net",
    style: "short follow-ups",
    turns: [
      { say: "hi do you ship to canada", mention: ["Canada", "19.99 USD"] },
      {
        // The cost there, not the domestic speeds (5.99 USD, free from 50.00 USD).
        say: "how much does it cost",
        mention: ["19.99 USD", "39.99 USD"],
        avoid: ["5.99 USD"],
      },
      { say: "and how long does it take", mention: ["6–10 business days"], avoid: ["3–5"] },
      { say: "cool thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Mike asks to cancel his order, then says which: 'the one i havent paid for'",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel my order", proposes: "cancel_order", mention: ["ORD-2002"] },
      {
        // The order of the proposal, named by its payment: not a payment problem to sort out.
        say: "the one i havent paid for",
        proposes: "cancel_order",
        mention: ["ORD-2002"],
        avoid: ["frustrating", "bank transfer"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah returns the espresso machine, then asks when the money comes and about the label",
    who: SARAH,
    style: "plain questions",
    turns: [
      {
        say: "I want to return the espresso machine, it makes weird noises",
        proposes: "return_item",
        mention: ["ORD-1002"],
      },
      { say: "yes go ahead", proposes: null, mention: ["label"] },
      { say: "when will I get my money back?", proposes: null, mention: ["5 business days"] },
      {
        // A question about the return just opened: a second return of the order was proposed.
        say: "and do I need to print a label?",
        proposes: null,
        mention: ["ORD-1002", "14 days"],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Sarah needs her invoice for work, with her company name on it",
    who: SARAH,
    style: "polite, business",
    turns: [
      {
        say: "can i get an invoice for my espresso machine order? need it for work",
        mention: ["ORD-1002", "invoice"],
      },
      {
        // Told where to download it again, nothing about the name: now who can reissue it.
        say: "can you add my company name to it? Chen Design LLC",
        proposes: null,
        mention: ["colleague can issue a corrected one"],
      },
      { say: "thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah asks what can still change in 'the shoe order', then changes the bottles",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // The shoes name the order: its items are listed and which one asked, not "how many
        // shoes would you like?".
        say: "can i still change whats in the shoe order?",
        proposes: null,
        mention: ["ORD-1003", "Insulated Water Bottle", "Which item"],
        avoid: ["How many would you like in total"],
      },
      { say: "make it 1 water bottle", proposes: "modify_items", mention: ["from 2 to 1"] },
      { say: "yes", proposes: null, mention: ["158.00 USD"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the frother, then says she meant the espresso machine",
    who: SARAH,
    style: "oops",
    turns: [
      {
        say: "i want to return the milk frother",
        proposes: "return_item",
        mention: ["Milk Frother"],
      },
      { say: "yes", proposes: null, mention: ["label"] },
      {
        // The store takes one return an order: a second proposed would be refused after the yes.
        say: "oops wrong one, i meant the espresso machine",
        proposes: null,
        mention: ["already open", "colleague"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
