/**
 * Talk47 round, after delivery: a size or colour received wrong (a refund, or the right item free
 * of charge), a slip of the shopper's own or another model (a return), a shipped order (a return
 * once it arrives).
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Never said when the shopper only ordered the wrong size. */
const NOT_REACHED = "can have reached you";

/** Conversations of the talk47 round after delivery. */
export const TALK47_MORE: Conversation[] = [
  {
    name: "talk47: the frother came in the wrong colour: a replacement, as we sent the wrong one",
    who: SARAH,
    style: "wrong item received, after delivery",
    turns: [
      {
        say: "so i got my frother and its the wrong colour, not what i picked",
        mention: ["Milk Frother", "ORD-1002", "free of charge"],
        avoid: [NOT_REACHED],
        proposes: "refund",
      },
      { say: "a replacement please", proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk47: 'I bought the wrong colour frother, can I send it back?' is a return",
    who: SARAH,
    style: "her own slip, after delivery",
    turns: [
      {
        say: "I bought the wrong colour frother, can I send it back?",
        mention: ["return", "Milk Frother"],
        avoid: [NOT_REACHED],
        proposes: "return_item",
      },
      { say: "yes", proposes: null, mention: ["label"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk47: 'exchange the espresso machine for a different model' is a return",
    who: SARAH,
    style: "another model, after delivery",
    turns: [
      {
        say: "I need to exchange the espresso machine for a different model",
        mention: ["return", "Espresso Machine"],
        proposes: "return_item",
      },
      { say: "ok yes return it", proposes: null },
      { say: "thank you", avoid: ["Shall I"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk47: a colour swap of the shipped keyboard is a return once it arrives",
    who: MIKE,
    style: "before it ships, he thinks",
    turns: [
      {
        say: "hey can i switch the keyboard to a different colour before it ships",
        mention: ["ORD-2001", "shipped", "return"],
        proposes: null,
      },
      { say: "ugh ok. when will it arrive then", facts: [{ order: "ORD-2001", field: "id" }] },
      { say: "fine", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'I ordered the wrong colour mixer, swap it for the red one' after delivery",
    who: EMMA,
    style: "her slip, a delivered order",
    turns: [
      {
        say: "I ordered the wrong colour mixer, can i swap it for the red one",
        mention: ["ORD-3002", "return"],
        avoid: [NOT_REACHED],
        proposes: "return_item",
      },
      { say: "no thanks, I'll keep it", proposes: null, avoid: ["Done"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk47: 'can i get the frother in black instead?' of a delivered order",
    who: SARAH,
    style: "a colour, delivered",
    turns: [
      {
        say: "can i get the frother in black instead? the one from 1002",
        mention: ["return", "Milk Frother", "can't see the colours"],
        avoid: ["comes in black"],
        proposes: "return_item",
      },
      { say: "yes do the return", proposes: null },
      { say: "thx", avoid: ["Shall I"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk47: 'I got a size 8 but ordered a 9' is the wrong item come, not a parcel missing",
    who: SARAH,
    style: "wrong size received, after delivery",
    turns: [
      {
        // Was "delivered in Seattle… worth checking with neighbours": read as never arrived.
        // Talk50: which item came wrong is asked first (the whole order's 428.00 had been offered).
        say: "I got a size 8 but ordered a 9 on ORD-1002",
        mention: ["ORD-1002", "Which of them came wrong"],
        avoid: ["neighbours", "safe place", NOT_REACHED, "428\\.00"],
        proposes: null,
      },
      { say: "the milk frother", proposes: "refund", mention: ["free of charge"] },
      { say: "a replacement please", mention: ["free of charge"], proposes: "replacement" },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
];
