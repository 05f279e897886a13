/**
 * Talk50 round, continued: a product asked swapped for another, the wrong item in an order of
 * several lines, the remedy named alone or praise while a change waits, an answer before the
 * change asked again, and a bigger size of a sold-out product.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** Never said to a shopper who answered: it reads as if the question had been dodged. */
const DODGED = "yes or a no";

/** More conversations of the talk50 round. */
export const TALK50_MORE: Conversation[] = [
  {
    name:
      "talk50: 'exchange the headphones for the studio ones' on their way: no swap, the one wanted named",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was only "once it's delivered you can return it within 30 days".
        say: "exchange the headphones for the studio ones",
        mention: ["can't exchange", "once it's delivered", "Studio Monitor Headphones"],
        facts: [{ product: "AUD-104", field: "price" }],
        proposes: null,
      },
      { say: "ok so where are they now?", facts: [{ order: "ORD-1001", field: "tracking" }] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'swap my headphones for the studio monitor ones instead' in other words",
    who: SARAH,
    style: "a question, polite",
    turns: [
      {
        say: "can i swap my headphones for the studio monitor ones instead",
        mention: ["can't exchange", "Studio Monitor Headphones", "Noise-Cancelling Headphones"],
        proposes: null,
      },
      { say: "ok got it, i'll order them myself", proposes: null },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'exchange the espresso machine for a different model' is said to be a return",
    who: SARAH,
    style: "terse, after delivery",
    turns: [
      {
        // Was a return proposed as if it were the exchange asked.
        say: "exchange the espresso machine for a different model",
        mention: ["can't exchange", "Espresso Machine back for a refund"],
        proposes: "return_item",
      },
      { say: "yes", proposes: null, mention: ["return"] },
      { say: "thanks", avoid: ["Shall I"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk50: 'I got a size 8 but ordered a 9 on ORD-1002' asks which item came wrong",
    who: SARAH,
    style: "a size, on an order with no shoes",
    turns: [
      {
        // Was the whole order's 428.00 refund offered.
        say: "I got a size 8 but ordered a 9 on ORD-1002",
        mention: ["Which of them came wrong"],
        avoid: ["428\\.00"],
        proposes: null,
      },
      { say: "the frother", proposes: "refund", mention: ["29\\.00"] },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk50: 'you sent me the wrong item in ORD-1002', the machine, then a new one",
    who: SARAH,
    style: "short, then a change of mind",
    turns: [
      {
        say: "you sent me the wrong item in ORD-1002",
        mention: ["Which of them came wrong"],
        avoid: ["428\\.00"],
      },
      { say: "the espresso machine", proposes: "refund", mention: ["399\\.00"] },
      { say: "a new one please", proposes: "replacement" },
      { say: "yes", proposes: null, mention: ["replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "talk50: 'refund' to the refund offered beside a replacement is said back as the choice",
    who: EMMA,
    style: "one word",
    turns: [
      { say: "the stand mixer is damaged, i want my money back", proposes: "refund" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "refund",
        proposes: "refund",
        mention: ["The refund, then, rather than a replacement", "349.00"],
        avoid: [DODGED],
      },
      { say: "yes", proposes: null, mention: ["refunded 349.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "talk50: 'a refund I guess' is said back, and only a yes refunds",
    who: EMMA,
    style: "a hedge",
    turns: [
      { say: "the mixer bowl is cracked, can I get my money back", proposes: "refund" },
      {
        say: "a refund I guess",
        proposes: "refund",
        mention: ["The refund, then"],
        avoid: [DODGED, "refunded"],
      },
      { say: "yes", proposes: null, mention: ["refunded 349.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "talk50: 'uh replacement' to the replacement offered is said back, then 'no' leaves it",
    who: EMMA,
    style: "a filler, then a no",
    turns: [
      { say: "the stand mixer is damaged, can you send a new one", proposes: "replacement" },
      {
        say: "uh replacement",
        proposes: "replacement",
        mention: ["A replacement, then, rather than the refund"],
        avoid: [DODGED],
      },
      { say: "no actually leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk50: 'hmm why hasnt it even shipped yet?' while a cancellation waits ends on the question",
    who: SARAH,
    style: "impatient",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        // Was "Anything else I can help you with?" before the change was asked again.
        say: "hmm why hasnt it even shipped yet?",
        proposes: "cancel_order",
        mention: ["on schedule", "shall I cancel"],
        avoid: ["anything else"],
      },
      { say: "ok no keep it", proposes: null, mention: ["won't cancel"] },
    ],
    changes: [],
  },
  {
    name: "talk50: 'you're a lifesaver' while a cancellation waits is thanked, and a yes acts",
    who: SARAH,
    style: "warm",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "you're a lifesaver",
        proposes: "cancel_order",
        mention: ["Thank you", "shall I cancel"],
        avoid: [DODGED, "cancelled"],
      },
      { say: "yes", proposes: null, mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk50: 'do you have a bigger monitor?' of the sold-out one is answered, not handed over",
    who: MIKE,
    style: "a short question",
    turns: [
      {
        // Was blocked ("which are available" read as in stock) and handed to a person.
        say: "do you have a bigger monitor?",
        handoff: "none",
        facts: [{ product: "CMP-103", field: "stock" }],
        avoid: ["member of our (support )?team"],
      },
      { say: "ok thanks", handoff: "none" },
      { say: "bye", avoid: ["Shall I"] },
    ],
    changes: [],
  },
];
