/**
 * The talk38 round: the ledger's lines and amounts exactly what was agreed. Orders of several
 * lines (Sarah's ORD-1002 espresso machine + milk frother, ORD-1003 shoes + 2 water bottles)
 * and shoppers who mean one line, or some units of one: the proposal names those lines and
 * units, the amount is theirs, and the change the ledger holds after the yes is that one.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";

/** One line, or some units of one, of an order of several (the talk38 branch). */
export const TALK38: Conversation[] = [
  {
    name:
      "38th round: 'keep the shoes, cancel the rest of ORD-1003' takes the bottles off that order",
    who: SARAH,
    style: "terse, comma splice",
    turns: [
      {
        say: "keep the shoes, cancel the rest of ORD-1003",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle", "rest of the order stays"],
        avoid: ["ORD-1001", "ORD-1002", "return"],
      },
      { say: "yes", proposes: null, mention: ["124\\.00"] },
      { say: "thanks!", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'cancel the rest of ORD-1003' is that order, not her other orders",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "cancel the rest of ORD-1003",
        proposes: "cancel_order",
        mention: ["ORD-1003"],
        avoid: ["ORD-1001", "ORD-1002", "return"],
      },
      { say: "no leave it", proposes: null, avoid: ["is cancelled"] },
      { say: "ok thx", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "38th round: 'return one of the two water bottles' before it ships: one bottle off, not the order",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "I want to return one of the two water bottles from 1003",
        proposes: "modify_items",
        mention: ["hasn't shipped", "one of the 2 Insulated Water Bottles", "leaving 1"],
        avoid: ["cancel order ORD-1003", "192\\.00"],
      },
      { say: "yes please", proposes: null, mention: ["158\\.00"] },
      { say: "great, thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "38th round: 'send back just the bottles' before it ships: the bottles off, the shoes stay",
    who: SARAH,
    style: "question",
    turns: [
      {
        say: "can i send back just the bottles from ORD-1003?",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle", "rest of the order stays"],
        avoid: ["cancel order ORD-1003"],
      },
      { say: "yep", proposes: null, mention: ["124\\.00"] },
      { say: "perfect ty", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "38th round: the shoes of an unshipped order 'don't fit': the shoes off, the bottles stay",
    who: SARAH,
    style: "chatty, lowercase",
    turns: [
      {
        say: "i wanna return the shoes from 1003 they dont fit",
        proposes: "modify_items",
        mention: ["Trail Running Shoes", "rest of the order stays"],
        avoid: ["cancel order ORD-1003", "prepaid"],
      },
      { say: "ok do it", proposes: null, mention: ["68\\.00"] },
      { say: "thank u", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: a return of the whole unshipped order is still its cancellation, declined",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "return ORD-1003", proposes: "cancel_order", mention: ["hasn't shipped"] },
      { say: "no", proposes: null, mention: ["nothing has been changed|won't"] },
      { say: "ok bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "38th round: the frother is broken, 'replace just that': a new frother, not a refund",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "the milk frother from 1002 is broken, can you replace just that",
        proposes: "replacement",
        mention: ["new Milk Frother", "ORD-1002"],
        avoid: ["^[^]*I can refund 29\\.00 USD to your"],
      },
      { say: "yes please", proposes: null, mention: ["replacement"] },
      { say: "thanks so much", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "38th round: 'refund only the frother' is the frother's 29.00, asked how much, then yes",
    who: SARAH,
    style: "terse, then a question",
    turns: [
      {
        say: "refund only the frother on ORD-1002",
        proposes: "refund",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00", "don't see a refund"],
      },
      { say: "how much would I get back?", proposes: "refund", mention: ["29\\.00"] },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "38th round: 'cancel the water bottles on 1003' takes the bottles off, never the order",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "cancel the water bottles on 1003",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle", "rest of the order stays"],
        avoid: ["192\\.00 USD you paid", "can cancel it"],
      },
      { say: "yes", proposes: null, mention: ["124\\.00"] },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'cancel one of the water bottles' changes the bottles from 2 to 1",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "cancel one of the water bottles on ORD-1003",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
        avoid: ["remove 2×", "can cancel it"],
      },
      { say: "yes", proposes: null, mention: ["158\\.00"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'the espresso machine and frother' is both, then 'no just the frother'",
    who: SARAH,
    style: "correction",
    turns: [
      {
        say: "return the espresso machine and frother from 1002",
        proposes: "return_item",
        mention: ["ORD-1002"],
        avoid: ["rest of the order stays"],
      },
      {
        say: "no just the frother",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays"],
        avoid: ["Espresso Machine from"],
      },
      { say: "yes", proposes: null, mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "38th round: the frother's return, then 'no wait, only the espresso machine': one return",
    who: SARAH,
    style: "changes her mind",
    turns: [
      {
        say: "return the frother from 1002",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays"],
      },
      {
        say: "no wait, only the espresso machine",
        proposes: "return_item",
        mention: ["Espresso Machine"],
        avoid: ["Milk Frother from"],
      },
      { say: "yes", proposes: null, mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "38th round: the frother's return, then 'actually both': the whole order, one return",
    who: SARAH,
    style: "changes her mind",
    turns: [
      {
        say: "return the frother from ORD-1002",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays"],
      },
      {
        say: "actually both",
        proposes: "return_item",
        mention: ["ORD-1002"],
        avoid: ["rest of the order stays"],
      },
      { say: "yes", proposes: null, mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "38th round: 'pls refund just the milk frother', yes, then when the 29.00 arrives",
    who: SARAH,
    style: "lowercase, abbreviations",
    turns: [
      {
        say: "pls refund just the milk frother from 1002",
        proposes: "refund",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00"],
      },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00"] },
      { say: "when will i see the money", proposes: null, mention: ["29\\.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "38th round: 'keep the shoes, cancel ORD-1003': the bottles off, the shoes stay",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "keep the shoes, cancel ORD-1003",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle", "rest of the order stays"],
      },
      { say: "go ahead", proposes: null, mention: ["124\\.00"] },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'cancel ORD-1003 but keep the shoes', then no: nothing changed",
    who: SARAH,
    style: "hedging",
    turns: [
      {
        say: "cancel ORD-1003 but keep the shoes",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle"],
        avoid: ["192\\.00 USD you paid"],
      },
      { say: "hmm no, leave it for now", proposes: null },
      { say: "thanks anyway", proposes: null },
    ],
    changes: [],
  },
  {
    name: "38th round: 'keep the shoes and cancel everything else' on ORD-1003",
    who: SARAH,
    style: "long-winded",
    turns: [
      {
        say: "on ORD-1003 I want to keep the shoes and cancel everything else",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle", "rest of the order stays"],
      },
      { say: "yes that's right", proposes: null, mention: ["124\\.00"] },
      { say: "great", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "38th round: 'remove one of the water bottles' is 2 to 1, and the new total after the yes",
    who: SARAH,
    style: "polite question",
    turns: [
      {
        say: "can you remove one of the water bottles from ORD-1003",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "yes", proposes: null, mention: ["158\\.00"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'I only need one water bottle not two' is 2 to 1",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "I only need one water bottle on 1003 not two",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "yes pls", proposes: null, mention: ["158\\.00"] },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "38th round: 'can i get a refund for the frother, it stopped working': 29.00, then when",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "can i get a refund for the frother from 1002, it stopped working",
        proposes: "refund",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00"],
      },
      { say: "yes", proposes: null, mention: ["refunded 29\\.00"] },
      { say: "when will i see the money", proposes: null, mention: ["29\\.00"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "38th round: 'retrun one of the 2 bottles on 1003 pls' (typo): one bottle off",
    who: SARAH,
    style: "typos",
    turns: [
      {
        say: "can i retrun one of the 2 bottles on 1003 pls",
        proposes: "modify_items",
        mention: ["leaving 1|from 2 to 1"],
        avoid: ["cancel order ORD-1003"],
      },
      { say: "yes", proposes: null, mention: ["158\\.00"] },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "38th round: the frother's price asked, then 'ok refund it': the frother's 29.00, not 428.00",
    who: SARAH,
    style: "question, then terse",
    turns: [
      {
        // talk39: the refund of that line, asked after, is offered with its amount at once
        // (it was the frother's price for sale); "ok refund it" is the yes.
        say: "how much would I get back for the frother on 1002?",
        proposes: "refund",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00"],
      },
      { say: "ok refund it", proposes: null, mention: ["refunded 29\\.00"], avoid: ["428"] },
      { say: "thanks", proposes: null, avoid: ["refunded", "428"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "38th round: the bottles off 1003, then 'no, only one of them': the same change, 2 to 1",
    who: SARAH,
    style: "correction",
    turns: [
      {
        say: "cancel the water bottles on 1003",
        proposes: "modify_items",
        mention: ["2× Insulated Water Bottle"],
      },
      {
        say: "no, only one of them",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
        avoid: ["nothing has been changed"],
      },
      { say: "yes", proposes: null, mention: ["158\\.00"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
