/**
 * Conversations found by the lead reading transcripts in the tenth session: a no to a change
 * while waiting for a person, an address given before the change was asked for.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations found by reading transcripts, tenth session. */
export const LEAD10: Conversation[] = [
  {
    name:
      "Queued Mike says 'yeah no, don't bother' to the express upgrade: no upgrade, asked no more",
    who: MIKE,
    style: "upset, then declines",
    turns: [
      {
        say: "hey my monitor still hasn't been sent?? it's been ages",
        mention: ["ORD-2002", "waiting for payment"],
        handoff: "new",
      },
      { say: "can you speed it up then", proposes: "expedite_order" },
      {
        // Was joined to the queue as upset, the priority raised, and the upgrade asked again.
        say: "yeah no, don't bother actually",
        mention: ["won't upgrade"],
        avoid: ["more urgent", "shall I upgrade"],
        proposes: null,
      },
      {
        // Was the upgrade proposed once more.
        say: "what's the cheapest shipping then",
        mention: ["5.99 USD"],
        avoid: ["shall I upgrade"],
        proposes: null,
      },
    ],
    changes: [],
  },
];
