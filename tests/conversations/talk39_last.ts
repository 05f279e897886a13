/**
 * The last of the talk39 round: goods said to have come while the carrier's tracking still
 * shows them on their way — good news, told so, with nothing proposed.
 */
import type { Conversation } from "./schema.ts";
import { MIKE, SARAH } from "./talk36.ts";

/** Conversations of the talk39 round, third file. */
export const TALK39_LAST: Conversation[] = [
  {
    name: "talk39: Mike's 'the keyboard just arrived!' — glad, no investigation proposed",
    who: MIKE,
    style: "good news, the carrier still shows a delay",
    turns: [
      {
        // Was a carrier investigation proposed for the parcel in his hands.
        say: "the keyboard just arrived!",
        mention: ["[Gg]lad to hear", "hasn't recorded the delivery of order ORD-2001"],
        avoid: ["investigation", "frustrating"],
        proposes: null,
      },
      { say: "yes", avoid: ["investigation"], proposes: null },
      { say: "thanks bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: Mike's 'my keyboard arrived' — not the delay's apology",
    who: MIKE,
    style: "three words, no punctuation",
    turns: [
      {
        // Was "sorry for the trouble — a parcel that doesn't turn up is frustrating" and the news.
        say: "my keyboard arrived",
        mention: ["[Gg]lad to hear", "FedEx"],
        avoid: ["doesn't turn up", "frustrating"],
        proposes: null,
      },
      { say: "ok cool", proposes: null },
      { say: "and is my monitor paid yet", mention: ["ORD-2002"] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'got my keyboard today, thanks' — no question what they meant",
    who: MIKE,
    style: "thanks with the news",
    turns: [
      {
        // Was "would you like to sort out a delivery problem, or check where an order is?".
        say: "got my keyboard today, thanks",
        mention: ["[Gg]lad to hear"],
        avoid: ["make sure I help with the right thing"],
        proposes: null,
      },
      { say: "no that's all", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: 'would i get my money back if i returned the frother' — the return, softly",
    who: SARAH,
    style: "a hypothetical return, read as the money back",
    turns: [
      {
        // Was a refund of the frother proposed, without sending it back.
        say: "Would i get my money back if i returned the frother",
        mention: ["return for the Milk Frother", "refund follows once it's back"],
        avoid: ["I can refund 29\\.00"],
        proposes: "return_item",
      },
      { say: "ok yes", mention: ["return for order ORD-1002 is open"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
