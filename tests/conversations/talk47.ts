/**
 * Talk47 round: sizes, colours, models and exchanges. The store changes counts and lines, never
 * a variant: before shipping that line comes off (the rest kept) so the right one can be
 * ordered; after delivery a return, or a replacement when we sent the wrong one. Product facts
 * come from the catalogue, and no size or colour is made up.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "size.asker.47@example.com";

/** Never said when the shopper only ordered the wrong size. */
const NOT_REACHED = "can have reached you";
/** The shoes line of ORD-1003 offered off, not the whole order. */
const LINE_OFF = ["size or colour", "Trail Running Shoes off"];

/** Conversations of the talk47 round. */
export const TALK47: Conversation[] = [
  {
    name: "talk47: 'ordered wrong size shoes lol. 8.5 instead of 9. fixable?'",
    who: SARAH,
    style: "terse, slang, a slip of her own",
    turns: [
      {
        // Was "nothing from it can have reached you" and "how many would you like in total?".
        say: "hi, ordered wrong size shoes lol. 8.5 instead of 9. fixable?",
        mention: LINE_OFF,
        avoid: [NOT_REACHED, "what arrived", "How many"],
        proposes: "modify_items",
      },
      { say: "ok do it", mention: ["ORD-1003"], proposes: null },
      { say: "thanks!", avoid: ["Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: a long email asking to amend the shoes to a 9 is no order of nine pairs",
    who: SARAH,
    style: "a formal email with a size in digits",
    turns: [
      {
        // Was "change the Trail Running Shoes from 1 to 9": nine pairs for a yes.
        say: "Hello, I placed order ORD-1003 yesterday and realised I chose the wrong size " +
          "for the running shoes. I need a 9 rather than an 8.5. Could you please amend it? " +
          "Thanks, Sarah",
        mention: LINE_OFF,
        avoid: ["from 1 to 9", NOT_REACHED],
        proposes: "modify_items",
      },
      { say: "Yes, please do.", proposes: null },
      { say: "Thank you, that's all.", avoid: ["Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'I want to swap them for a 9 but I guess you'll say no' is no count of nine",
    who: SARAH,
    style: "a hedge, sceptical",
    turns: [
      {
        say: "ordered the wrong size shoes, I want to swap them for a 9 but I guess you'll say no",
        mention: LINE_OFF,
        avoid: ["from 1 to 9"],
        proposes: "modify_items",
      },
      { say: "no leave it, I'll keep them", proposes: null, avoid: ["Done"] },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'the shoes in 1003 - wrong size. can u sort' takes the shoes off",
    who: SARAH,
    style: "terse, a dash",
    turns: [
      {
        // Was "nothing from it can have reached you", what arrived asked, no remedy.
        say: "the shoes in 1003 - wrong size. can u sort",
        mention: LINE_OFF,
        avoid: [NOT_REACHED, "which parcel"],
        proposes: "modify_items",
      },
      { say: "yes please", mention: ["ORD-1003"], proposes: null },
      { say: "cheers", avoid: ["Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'I ordered the wrong size trail shoes, can you help' is her slip, not ours",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "I ordered the wrong size trail shoes, can you help",
        mention: LINE_OFF,
        avoid: [NOT_REACHED, "sorry"],
        proposes: "modify_items",
      },
      { say: "actually just cancel the whole order", proposes: "cancel_order" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'my mistake, I picked the wrong colour on the shoes'",
    who: SARAH,
    style: "apologetic",
    turns: [
      {
        say: "my mistake, I picked the wrong colour on the shoes. can I change it?",
        mention: LINE_OFF,
        avoid: [NOT_REACHED],
        proposes: "modify_items",
      },
      { say: "ok go ahead", proposes: null },
      { say: "great thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: half sizes asked, then 'can i swap mine in 1003 for a 9.5 then'",
    who: SARAH,
    style: "a product question, then the swap of the one talked of",
    turns: [
      {
        say: "do the trail running shoes come in half sizes?",
        mention: ["can't see the sizes", "product page"],
        avoid: ["Yes"],
        proposes: null,
      },
      {
        // Was "just to make sure…" (read as nothing), and once read: the whole order cancelled.
        say: "ok and can i swap mine in 1003 for a 9.5 then",
        mention: LINE_OFF,
        avoid: ["Just to make sure", "cancel order ORD-1003 for you"],
        proposes: "modify_items",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'swap the shoes for a half size up', then the whole order cancelled instead",
    who: SARAH,
    style: "changes her mind",
    turns: [
      {
        say: "swap the shoes for a half size up please",
        mention: LINE_OFF,
        proposes: "modify_items",
      },
      { say: "no wait, cancel the whole order instead", proposes: "cancel_order" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'oops ordered the wrong size shoes, cancel those and keep the bottles'",
    who: SARAH,
    style: "emoji, a slip and the remedy in one",
    turns: [
      {
        say: "oops ordered the wrong size shoes 🙈 can i just cancel those and keep the bottles",
        mention: ["Trail Running Shoes"],
        avoid: [NOT_REACHED],
        proposes: "modify_items",
      },
      { say: "yep", proposes: null },
      { say: "ty", avoid: ["Shall I"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk47: 'can i change the colour of the water bottles to blue?'",
    who: SARAH,
    style: "a colour named",
    turns: [
      {
        say: "can i change the colour of the water bottles to blue?",
        mention: ["size or colour", "Insulated Water Bottle off"],
        proposes: "modify_items",
      },
      { say: "no thanks, leave them", proposes: null, avoid: ["Done"] },
      { say: "that's it", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'do you sell a 32 inch monitor?' is told the store has the 27-inch",
    who: MIKE,
    style: "a size the catalogue does not hold",
    turns: [
      {
        // Was the 27-inch's stock alone, as if it were the one asked.
        say: "do you sell a 32 inch monitor?",
        mention: ["don't sell a 32-inch", "27-inch 4K Monitor"],
        proposes: null,
      },
      {
        say: "ok what about order 2002, has it shipped",
        facts: [{ order: "ORD-2002", field: "status" }],
      },
      { say: "ok thx", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'the 27 inch monitor' asked by its own size is not told it isn't sold",
    who: MIKE,
    style: "the product's own measure",
    turns: [
      {
        say: "is the 27 inch monitor in stock",
        mention: ["27-inch 4K Monitor"],
        avoid: ["don't sell"],
      },
      { say: "how much is it", mention: ["329.00"] },
      { say: "ok thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'actually can i get the 32 inch one instead of the 27' before it ships",
    who: MIKE,
    style: "another model, not a count",
    turns: [
      {
        // Was "which item would you like to change, and to what quantity?".
        say: "actually can i get the 32 inch one instead of the 27",
        mention: ["another model", "ORD-2002"],
        avoid: ["what quantity", "How many"],
        proposes: "cancel_order",
      },
      { say: "no, I'll keep it", proposes: null, avoid: ["Done"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'do you have a bigger bottle?' is told the sizes are not in the record",
    who: SARAH,
    style: "a bigger one asked",
    turns: [
      {
        // Was the bottle's stock and price alone: the size asked passed over.
        say: "do you have a bigger bottle? the insulated one",
        mention: ["can't see the sizes", "Insulated Water Bottle"],
        avoid: ["Yes"],
        proposes: null,
      },
      {
        say: "is the espresso machine available in a larger size",
        mention: ["can't see the sizes"],
      },
      { say: "ok thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'does the mixer come in red?' invents no colour",
    who: EMMA,
    style: "a colour asked of a product she owns",
    turns: [
      {
        say: "does the stand mixer come in red?",
        mention: ["can't see the colours", "Stand Mixer"],
        avoid: ["Yes", "comes in red"],
        proposes: null,
      },
      { say: "and in white?", avoid: ["Yes,", "comes in white"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: a guest asks whether the headphones come in white",
    who: GUEST,
    style: "a guest, several products fit",
    turns: [
      {
        say: "do the headphones come in white?",
        mention: ["Studio Monitor Headphones", "Noise-Cancelling Headphones"],
        avoid: ["comes in white", "Yes"],
        proposes: null,
      },
      { say: "the studio ones", mention: ["Studio Monitor Headphones"], avoid: ["comes in white"] },
      { say: "ok bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
];
