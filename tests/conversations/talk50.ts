/**
 * Talk50 round: the "Left" lists of the talk44–talk47 rounds, tried again as the cast in other
 * words. Two remedies asked of two orders keep each its own; a no that says "I'll wait" is a
 * no; goods awaited past their time and jokes about a parcel not come are its news; a VIP told
 * of goods come wrong is offered the remedy; a product asked swapped for another is told what
 * we can do instead; the remedy named alone, or praise, while a change waits is answered as
 * what it is before the change is asked again.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Never said to a shopper who answered: it reads as if the question had been dodged. */
const DODGED = "yes or a no";
/** The out-of-scope answer, never for a joke about a parcel. */
const OUT_OF_SCOPE = "outside what I can help|I can only help with";

/** Conversations of the talk50 round. */
export const TALK50: Conversation[] = [
  {
    name: "talk50: 'replace the vacuum and refund the mixer pls' keeps each its remedy, 'both yes'",
    who: EMMA,
    style: "terse imperative, two remedies",
    turns: [
      {
        // Was the Cordless Stick Vacuum's stock and price, and the mixer's refund alone.
        say: "replace the vacuum and refund the mixer pls",
        proposes: "replacement",
        mention: ["ORD-3001", "refund of order ORD-3002"],
        avoid: ["Cordless Stick Vacuum"],
      },
      {
        // Was a proposal to refund both orders.
        say: "both yes",
        proposes: null,
        mention: ["replacement for order ORD-3001", "ORD-3002"],
        avoid: ["One yes covers both"],
      },
      { say: "yes", proposes: "refund", mention: ["349.00"] },
      { say: "yes", proposes: null, mention: ["refunded 349.00"] },
    ],
    changes: [
      { action: "replacement", target: "ORD-3001" },
      { action: "refund", target: "ORD-3002" },
    ],
  },
  {
    name:
      "talk50: 'can u refund the vacuum and send a new mixer' refunds the vacuum, not replaces it",
    who: EMMA,
    style: "slang, two remedies in one breath",
    turns: [
      {
        // Was a replacement of both orders: the mixer's "new" set the vacuum's remedy too.
        say: "can u refund the vacuum and send a new mixer",
        proposes: "refund",
        mention: ["313.99", "replacement for order ORD-3002"],
        avoid: ["One yes covers both"],
      },
      { say: "yes to both", proposes: null, mention: ["refunded 313.99", "ORD-3002"] },
      { say: "yes", proposes: "replacement", mention: ["Stand Mixer"] },
      { say: "yes please", proposes: null, mention: ["replacement"] },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "talk50: 'pls send me a new mixer and refund the vacuum', then only the first",
    who: EMMA,
    style: "polite, the other way round",
    turns: [
      {
        say: "pls send me a new mixer and refund the vacuum",
        proposes: "replacement",
        mention: ["Stand Mixer", "refund of order ORD-3001"],
      },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-3002"] },
      { say: "no thanks", proposes: null, avoid: ["refunded"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "talk50: 'my money back on the vacuum, and a fresh mixer sent out' is no refund of both",
    who: EMMA,
    style: "casual, a passive wish",
    turns: [
      {
        // Was "One yes covers both": the mixer refunded too.
        say: "id like my money back on the vacuum, and a fresh mixer sent out",
        proposes: "refund",
        mention: ["313.99", "replacement for order ORD-3002"],
        avoid: ["One yes covers both"],
      },
      { say: "yes", proposes: null, mention: ["refunded 313.99"], avoid: ["349.00"] },
      {
        // Was "I can see this is frustrating" and a person (a VIP's negative message).
        say: "no thats all",
        handoff: "none",
        avoid: ["frustrating", "member of our team"],
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "talk50: 'no thats fine, i'll wait' to the carrier's chase is a no",
    who: MIKE,
    style: "laid back",
    turns: [
      { say: "my keyboard is late", proposes: "carrier_investigation" },
      {
        // Was "both yes and no": kept waiting, answered as a wish to be told when it comes.
        say: "no thats fine, i'll wait",
        proposes: null,
        mention: ["won't open"],
        avoid: ["can't send you a message", "just say yes"],
      },
      { say: "thanks", avoid: ["Shall I", "investigation"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'nope it's ok, i can wait' to the chase, then where it is now",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "my keyboard order is running late", proposes: "carrier_investigation" },
      { say: "nope it's ok, i can wait", proposes: null, avoid: [DODGED] },
      {
        say: "where is it now?",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["investigation"],
      },
    ],
    changes: [],
  },
  {
    name:
      "talk50: 'ugh the keyboard should've come already' is the late parcel, not the keyboard on sale",
    who: MIKE,
    style: "a grumble, no question mark",
    turns: [
      {
        // Was "Yes — the Mechanical Keyboard is in stock. It costs 109.00 USD".
        say: "ugh the keyboard should've come already",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["in stock", "109\\.00"],
      },
      { say: "no thats fine, i'll wait", proposes: null },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name:
      "talk50: 'ugh the headphones should've come already' is ORD-1001's news, not a list of headphones",
    who: SARAH,
    style: "a grumble about a parcel on time",
    turns: [
      {
        // Was "A few of our products fit … Which of these are you after?".
        say: "ugh the headphones should've come already",
        mention: ["ORD-1001", "estimate"],
        avoid: ["Which of these", "Studio Monitor", "Kids"],
      },
      { say: "ok, i'll keep an eye on it", avoid: ["Which of these"] },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'the headphones were supposed to be here by now tbh' after their news",
    who: SARAH,
    style: "dry, after a status",
    turns: [
      { say: "where is 1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        say: "the headphones were supposed to be here by now tbh",
        mention: ["ORD-1001"],
        avoid: ["Which of these", "Kids", "in stock"],
      },
      { say: "fine thanks", avoid: ["Which of these"] },
    ],
    changes: [],
  },
  {
    name:
      "talk50: 'lol should I send a search party? 😂' after the delay is answered with its news",
    who: MIKE,
    style: "a joke with an emoji",
    turns: [
      { say: "wheres my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // Was "I'm the store's support assistant, so I can only help with orders…".
        say: "lol should I send a search party? 😂",
        mention: ["ORD-2001", "delay"],
        avoid: [OUT_OF_SCOPE],
      },
      { say: "haha ok thanks", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'guess i'll send out a search party lmao' is no change of address",
    who: MIKE,
    style: "slang, sarcastic",
    turns: [
      { say: "any news on 2001?", facts: [{ order: "ORD-2001", field: "status" }] },
      {
        // Was "would you like to change a delivery address?".
        say: "guess i'll send out a search party lmao",
        mention: ["ORD-2001"],
        avoid: ["address", OUT_OF_SCOPE],
      },
      { say: "ok cheers", avoid: ["address"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'is it coming by carrier pigeon or what' is the keyboard's news",
    who: MIKE,
    style: "a joke, no emoji",
    turns: [
      { say: "hows my keyboard doing", mention: ["ORD-2001"] },
      {
        say: "is it coming by carrier pigeon or what",
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: [OUT_OF_SCOPE],
      },
      { say: "fine", avoid: [OUT_OF_SCOPE] },
    ],
    changes: [],
  },
  {
    name:
      "talk50: Emma's 'the mixer came in the wrong colour' is offered the right one, not a queue",
    who: EMMA,
    style: "plain report, VIP",
    turns: [
      {
        // Was handed to a person ("vip customer with a negative message").
        say: "the mixer came in the wrong colour",
        handoff: "none",
        proposes: "refund",
        mention: ["right item", "349.00"],
      },
      { say: "a new one please", proposes: "replacement", mention: ["right Stand Mixer"] },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "talk50: Emma's 'wrong colour, i ordered silver' refunded on 'refund please'",
    who: EMMA,
    style: "plain report with what she ordered",
    turns: [
      {
        say: "my mixer came in the wrong colour, i ordered silver",
        handoff: "none",
        proposes: "refund",
      },
      { say: "refund please", proposes: null, mention: ["refunded 349.00"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name:
      "talk50: Emma's 'you sent the wrong model' offered its remedy; upset damage still a person",
    who: EMMA,
    style: "plain, then angry",
    turns: [
      {
        say: "hi, the stand mixer you sent is the wrong model",
        handoff: "none",
        proposes: "refund",
      },
      { say: "no, leave it for now", proposes: null },
      {
        // Held: damage told in anger by a VIP still goes to a person.
        say: "actually it's also broken. this is ridiculous, I paid a fortune",
        handoff: "new",
      },
    ],
    changes: [],
  },
];
