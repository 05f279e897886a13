/**
 * The twenty-fourth round (the talk24 branch): the confirmation reader knows what the waiting
 * change is about. A reply that names the change's own goods, orders or count says it again
 * (a yes); one that narrows it, widens it or corrects it is asked again for its own yes. The
 * ledger is read after every conversation: exactly what the shopper agreed to, never more.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
/** What the unclear reading says: a yes asked again. */
const UNSURE = "yes or a no";

/** The twenty-fourth round's conversations: replies read against the change that waits. */
export const TALK24: Conversation[] = [
  {
    name: "24th round: 'i'd like a refund for the frother then' while the frother's refund waits",
    who: SARAH,
    style: "the waiting change said again",
    turns: [
      {
        say: "i want a refund for the frother on ORD-1002",
        mention: ["29\\.00", "Milk Frother"],
        proposes: "refund",
      },
      {
        // Was "I'm not sure whether that's a yes or a no" — the same refund asked again.
        say: "i'd like a refund for the frother then",
        mention: ["refunded 29\\.00", "ORD-1002"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "yes", avoid: ["Done", "refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'yeah refund the frother' is the yes to the frother's 29.00 refund",
    who: SARAH,
    style: "terse, restating",
    turns: [
      { say: "refund the frother from 1002", mention: ["29\\.00"], proposes: "refund" },
      {
        say: "yeah refund the frother",
        mention: ["refunded 29\\.00"],
        avoid: [UNSURE, "428\\.00"],
        proposes: null,
      },
      { say: "thanks!", avoid: ["Done", UNSURE] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'refund the frother?' asked as a question is no yes; the yes after it is",
    who: SARAH,
    style: "a question about the waiting change",
    turns: [
      { say: "refund the frother from 1002", mention: ["29\\.00"], proposes: "refund" },
      { say: "refund the frother?", avoid: ["Done —", "refunded 29"], proposes: "refund" },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'yes refund it, the frother' acts once on the frother's refund",
    who: SARAH,
    style: "yes with the goods named",
    turns: [
      { say: "refund the frother from 1002", proposes: "refund" },
      { say: "yes refund it, the frother", mention: ["refunded 29\\.00"], proposes: null },
      { say: "and when does it arrive", avoid: ["428\\.00", "Done"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'ok return the frother please' while the frother's return waits opens it",
    who: SARAH,
    style: "the goods named again",
    turns: [
      {
        say: "return the frother from ORD-1002",
        mention: ["Milk Frother", "rest of the order stays"],
        proposes: "return_item",
      },
      {
        say: "ok return the frother please",
        mention: ["return for order ORD-1002 is open", "label"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "24th round: 'yes remove them please' while the shoes' removal waits takes them off",
    who: SARAH,
    style: "yes with the change's own verb and pronoun",
    turns: [
      {
        say: "remove the shoes from ORD-1003",
        mention: ["remove the Trail Running Shoes"],
        proposes: "modify_items",
      },
      {
        // Was "not sure whether that's a yes or a no".
        say: "yes remove them please",
        mention: ["ORD-1003", "new total is 68\\.00"],
        avoid: [UNSURE, "cancelled"],
        proposes: null,
      },
      { say: "great thx", avoid: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'cancel the shoes then' while their removal waits is its yes, not again",
    who: SARAH,
    style: "the change's goods in another verb",
    turns: [
      { say: "remove the shoes from ORD-1003", proposes: "modify_items" },
      {
        // Was the same removal proposed again, for a second yes.
        say: "cancel the shoes then",
        mention: ["new total is 68\\.00"],
        avoid: ["Shall I go ahead", "Reply yes", "is cancelled"],
        proposes: null,
      },
      { say: "yes", avoid: ["Done"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'cancel the bottles' while the shoes' removal waits is no yes to the shoes",
    who: SARAH,
    style: "other goods than the waiting change's",
    turns: [
      { say: "remove the shoes from ORD-1003", proposes: "modify_items" },
      {
        say: "cancel the bottles",
        mention: ["Insulated Water Bottle"],
        avoid: ["Done", "68\\.00"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 124\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "24th round: 'yes but only the shoes' to the whole order's cancellation removes the shoes",
    who: SARAH,
    style: "yes with a narrowing",
    turns: [
      { say: "cancel ORD-1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        // Was the whole order's cancellation asked again: a yes would have cancelled the bottles.
        say: "yes but only the shoes",
        mention: ["remove the Trail Running Shoes", "rest of the order stays"],
        avoid: ["cancelled", "192\\.00 USD you paid"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 68\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'yes 3' while 2 → 3 bottles waits is its yes, carried out once",
    who: SARAH,
    style: "a yes with the count",
    turns: [
      {
        say: "change my water bottles on ORD-1003 to 3",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      {
        say: "yes 3",
        mention: ["new total is 226\\.00"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "yes", avoid: ["Done", "226\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: '3 bottles yes' is the yes to the three bottles",
    who: SARAH,
    style: "count, goods and yes",
    turns: [
      { say: "can i have 3 water bottles on 1003 instead of 2", proposes: "modify_items" },
      { say: "3 bottles yes", mention: ["226\\.00"], avoid: [UNSURE], proposes: null },
      { say: "cool ty", avoid: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'both' while one speed-up for two orders waits is the one yes it asked",
    who: SARAH,
    style: "both",
    turns: [
      {
        say: "speed up 1001 and 1003",
        mention: ["One yes covers both"],
        proposes: "expedite_delivery",
      },
      {
        // Was "not sure whether that's a yes or a no".
        say: "both",
        mention: ["ORD-1001 is sped up", "ORD-1003 is upgraded"],
        avoid: [UNSURE],
        proposes: null,
      },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "24th round: 'all of them please' to the speed-up of two orders does both",
    who: SARAH,
    style: "all of them",
    turns: [
      { say: "can you expedite ORD-1001 and ORD-1003", proposes: "expedite_delivery" },
      { say: "all of them please", mention: ["sped up", "upgraded"], proposes: null },
      { say: "yes", avoid: ["Done"], proposes: null },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "24th round: 'the second one' of two speed-ups waiting: only ORD-1003 is upgraded",
    who: SARAH,
    style: "the second one",
    turns: [
      { say: "speed up 1001 and 1003", proposes: "expedite_delivery" },
      {
        say: "the second one",
        mention: ["ORD-1003", "left order ORD-1001 as it was"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1003 is upgraded"], avoid: ["sped up"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'same as before' while a change waits is English, not a handoff",
    who: SARAH,
    style: "vague back-reference",
    turns: [
      {
        say: "remove a bottle from 1003",
        // Was "remove the Insulated Water Bottle": both bottles taken off for "a bottle".
        mention: ["from 2 to 1"],
        proposes: "modify_items",
      },
      {
        // Was read as Portuguese and handed to a colleague.
        say: "same as before",
        avoid: ["colleague", "only answer in English", "Done"],
        handoff: "none",
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 158\\.00"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'remove one of the bottles and the shoes' is one change of both lines",
    who: SARAH,
    style: "two goods, one verb",
    turns: [
      {
        // Was "Which item would you like to change, and to what quantity?".
        say: "remove one of the bottles and the shoes from ORD-1003",
        mention: ["from 2 to 1", "remove the Trail Running Shoes"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003 now has the changes"], proposes: null },
      { say: "ty", avoid: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: 'take the shoes and one bottle off 1003' then a no leaves the order",
    who: SARAH,
    style: "two goods, verb split around them; then a no",
    turns: [
      {
        say: "take the shoes and one bottle off 1003",
        mention: ["remove the Trail Running Shoes", "from 2 to 1"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "hmm no leave it", avoid: ["Done"], proposes: null },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "24th round: 'ok so what can i do' after a refused change of items lists the ways",
    who: SARAH,
    style: "what now, after a no",
    turns: [
      {
        say: "add 2 bottles to ORD-1001",
        mention: ["already shipped"],
        proposes: null,
      },
      {
        // Was the refusal said again, word for word.
        say: "ok so what can i do",
        mention: ["new order", "return what you don't need"],
        avoid: ["only possible until an order ships"],
        proposes: null,
      },
      { say: "ok thanks", avoid: ["Done"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "24th round: 'i only need 1 water bottle' naming no order changes ORD-1003",
    who: SARAH,
    style: "a count said as a need",
    turns: [
      {
        // Was a product question: the bottle's price and warranty.
        say: "i only need 1 water bottle",
        mention: ["ORD-1003", "from 2 to 1"],
        avoid: ["warranty", "in stock"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["new total is 158\\.00"], proposes: null },
      { say: "thanks", avoid: ["Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "24th round: Emma's refund of the vacuum and replacement of the mixer, each as asked",
    who: EMMA,
    style: "two changes in one message, each for its own yes",
    turns: [
      {
        say: "I would like a refund for the vacuum and a replacement for the mixer",
        mention: ["313\\.99", "ORD-3001"],
        avoid: ["refund 349\\.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 313\\.99"], proposes: null },
      { say: "yes", mention: ["new Stand Mixer", "ORD-3002"], proposes: "replacement" },
      { say: "yes", mention: ["replacement for order ORD-3002"], proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "24th round: 'nope go ahead' is neither: asked again, and the no after it keeps 2002",
    who: MIKE,
    style: "a no and a yes in one breath",
    turns: [
      { say: "cancel 2002", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        // Decision: a no and a go-ahead together are asked about, never acted on.
        say: "nope go ahead",
        mention: [UNSURE],
        avoid: ["is cancelled"],
        proposes: "cancel_order",
      },
      { say: "no", mention: ["won't cancel"], proposes: null },
    ],
    changes: [],
  },
];
