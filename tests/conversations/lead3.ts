/**
 * Conversations found by the lead reading transcripts in the sixth session, continued: an
 * exasperated "i just want it sorted" (read as praise), and mixed feedback about the goods.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations found by reading transcripts, third file. */
export const LEAD3: Conversation[] = [
  {
    name:
      "Emma, on her third contact about the vacuum, 'just wants it sorted', takes the replacement",
    who: EMMA,
    style: "exasperated",
    turns: [
      {
        say: "this is the third time im contacting you about the vacuum!!! nobody helps",
        mention: ["lost", "replacement"],
      },
      {
        // The choice asked again — not "That's lovely to hear" (read as praise).
        say: "i just want it sorted",
        mention: ["refund", "replacement"],
        avoid: ["lovely to hear", "kind words"],
      },
      { say: "replacement", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "Sarah praises the headphones but not their case, then says she just wants it sorted",
    who: SARAH,
    style: "mixed feelings",
    turns: [
      {
        // Mixed: the praise thanked, the let-down owned — not thanks alone.
        say: "the headphones sound great but the case feels cheap",
        mention: ["sorry the case let you down"],
        avoid: ["leave a review"],
      },
      {
        // No praise in it (the sentiment model reads it as positive): no "lovely to hear".
        say: "i just want it sorted",
        mention: ["something I can do about it"],
        avoid: ["lovely to hear", "kind words"],
      },
      { say: "no thats all", proposes: null },
    ],
    changes: [],
  },
  {
    name: "Sarah asks two things, 'first … and second …': both answered, the return proposed",
    who: SARAH,
    style: "long, polite",
    turns: [
      {
        // The headphones' arrival was dropped: only the return was answered.
        say:
          "Hi, can you help me with two things: first, I want to know when my headphones will arrive, and second, I'd like to return the milk frother.",
        proposes: "return_item",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["Milk Frother"],
      },
      { say: "yes please go ahead with the return", proposes: null },
      { say: "thanks, that's everything", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Mike cancels the unpaid monitor and asks about a refund: nothing was charged",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel my order", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "yes", proposes: null },
      {
        // Was "I don't see a refund yet. If you'd like one, just tell me".
        say: "refund?",
        mention: ["never paid", "nothing was charged"],
        avoid: ["If you'd like one"],
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah asks about the two vacuums, then which one is cheaper",
    who: SARAH,
    style: "shopping",
    turns: [
      {
        // Both vacuums of the catalogue, not one of them.
        say: "whats the difference between your two vacuums",
        mention: ["Robot Vacuum Cleaner", "Cordless Stick Vacuum"],
      },
      {
        say: "which one is cheaper",
        facts: [{ product: "HOM-108", field: "price" }],
        avoid: ["make sure I help with the right thing"],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
];
