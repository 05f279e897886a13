/**
 * Conversations found by the lead reading transcripts in the sixth session, continued: an
 * exasperated "i just want it sorted" (read as praise), and mixed feedback about the goods.
 */
import type { Conversation } from "./schema.ts";

const EMMA = "emma.wilson@example.com";
const SARAH = "sarah.chen@example.com";

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
];
