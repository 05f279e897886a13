/**
 * Talk48 round, continued: queued Mike's "can you just check it for me first" is his order's
 * news, and a product question beside the parcel's cover is answered after it.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** No second greeting inside a conversation. */
const GREETING_AGAIN = "^(?:Hi|Hello|Dear) ";

/** More conversations of the talk48 round. */
export const TALK48_MORE: Conversation[] = [
  {
    name: "talk48: queued Mike's 'can you just check it for me first' is the keyboard's news",
    who: MIKE,
    style: "a look asked while a person is on the way",
    turns: [
      { say: "where's my keyboard?", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "I need a human", handoff: "new" },
      {
        // Was "You're still in the queue …", the keyboard not looked at.
        say: "can you just check it for me first",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["December 11", "still on the way"],
        avoid: [GREETING_AGAIN],
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk48: queued Mike's 'could you look it up for me in the meantime' after ORD-2001",
    who: MIKE,
    style: "'actually', 'in the meantime'",
    turns: [
      { say: "hi whats happening with ORD-2001", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "get me a real person please", handoff: "new" },
      {
        say: "actually could you look it up for me in the meantime",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["still on the way"],
      },
      { say: "how long till someone comes?", mention: ["wait"] },
    ],
    changes: [],
  },
  {
    name: "talk48: queued Mike's 'pls check on it while i wait' is the keyboard, nothing proposed",
    who: MIKE,
    style: "terse, 'while i wait'",
    turns: [
      { say: "yo wheres my keyboard at", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "agent please", handoff: "new", proposes: null },
      {
        say: "pls check on it while i wait",
        facts: [{ order: "ORD-2001", field: "status" }],
        mention: ["still on the way"],
        proposes: null,
      },
      { say: "k", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk48: 'Is the keyboard insured? also is it in stock?' answers both",
    who: MIKE,
    style: "two questions, 'it' the keyboard",
    turns: [
      {
        // Was the cover, then the FAQ's "each product page shows whether it's in stock".
        say: "Is the keyboard insured? also is it in stock?",
        mention: ["covered by us", "Mechanical Keyboard is in stock"],
        avoid: ["Each product page shows", "Is there a particular product"],
        proposes: null,
      },
      { say: "cool thx", proposes: null },
      { say: "bye", avoid: ["insurance"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'are my headphones insured? and how much are the studio ones'",
    who: SARAH,
    style: "her order's cover and another product's price",
    turns: [
      {
        // Was the cover alone, the price dropped.
        say: "are my headphones insured? and how much are the studio ones",
        mention: ["covered by us", "ORD-1001", "Studio Monitor Headphones", "159\\.00"],
        proposes: null,
      },
      { say: "ok thanks!", proposes: null },
      { say: "that's all", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk48: 'Is the keyboard insured? And what's its rating?' answers both",
    who: MIKE,
    style: "formal capitals, a rating asked",
    turns: [
      {
        say: "Is the keyboard insured? And what's its rating?",
        mention: ["covered by us", "out of 5"],
        proposes: null,
      },
      { say: "Thanks.", proposes: null },
      { say: "Goodbye.", avoid: ["insurance"] },
    ],
    changes: [],
  },
];
