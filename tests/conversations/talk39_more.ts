/**
 * More of the talk39 round: what a refund of one item would bring back, asked in so many
 * words, and a guest's three requests before the sign-in code, all answered once signed in.
 */
import type { Conversation } from "./schema.ts";
import { CODE_SENT, EMMA, SARAH, SARAHS, SIGNED_IN } from "./talk36.ts";

/** Conversations of the talk39 round, second file. */
export const TALK39_MORE: Conversation[] = [
  {
    name: "talk39: 'how much would I get back for the frother?' — that line's 29.00, for a yes",
    who: SARAH,
    style: "a question of the amount, one item of a delivered order",
    turns: [
      {
        // Was "would you like to get a refund, or return something, or know about shipping?".
        say: "how much would I get back for the frother?",
        mention: ["29\\.00 USD", "Milk Frother"],
        avoid: ["428\\.00", "make sure I help with the right thing"],
        proposes: "refund",
      },
      { say: "ok yes", mention: ["refunded 29\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'how much money would i get back on the milk frother' then no",
    who: SARAH,
    style: "no question mark, 'on the', then a no",
    turns: [
      {
        say: "how much money would i get back on the milk frother",
        mention: ["29\\.00 USD"],
        avoid: ["428\\.00", "check on a refund"],
        proposes: "refund",
      },
      { say: "no thats fine, just wanted to know", proposes: null, avoid: ["yes or a no"] },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk39: a guest's three requests before the code: all three answered once signed in",
    who: "guest.three39@example.com",
    style: "a status, the email, then two more requests while the code is on its way",
    turns: [
      { say: "where is ORD-1001", avoid: SARAHS },
      { say: SARAH, mention: [CODE_SENT], avoid: SARAHS },
      { say: "also cancel ORD-1003 please", avoid: SARAHS, proposes: null },
      { say: "and can you send me the invoice for ORD-1002", avoid: SARAHS, proposes: null },
      {
        // Was the cancellation and the invoice only: the first request, ORD-1001's status, lost.
        say: "{code}",
        mention: [SIGNED_IN, "TRK8800001001", "ORD-1003", "cancel", "invoice for order ORD-1002"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "talk39: a guest's 'can u check ORD-1001', a cancellation and another status across the code",
    who: "guest.four39@example.com",
    style: "three orders asked about across the sign-in",
    turns: [
      { say: "hi can u check ORD-1001 for me", avoid: SARAHS },
      { say: `its ${SARAH}`, mention: [CODE_SENT], avoid: SARAHS },
      { say: "oh and i want to cancel ORD-1003", avoid: SARAHS, proposes: null },
      { say: "plus has ORD-1002 been delivered", avoid: SARAHS, proposes: null },
      {
        say: "{code}",
        mention: [SIGNED_IN, "ORD-1001", "ORD-1003", "ORD-1002"],
        proposes: "cancel_order",
      },
      { say: "no keep it actually", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: 'replace only the frother, the machine is fine' sends the frother alone",
    who: SARAH,
    style: "a fault after a week, one item asked, the other kept in words",
    turns: [
      {
        // Was a new set of both items (the ledger's replacement held the espresso machine too)
        // and the whole 428.00 offered back.
        say: "Frother died after a week, replace only the frother, the machine is fine",
        mention: ["new Milk Frother", "29\\.00 USD"],
        avoid: ["428\\.00", "set of the items"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name:
      "talk39: 'the frother stopped working, can you send a new one? the espresso machine is fine'",
    who: SARAH,
    style: "the item kept in its own sentence",
    turns: [
      {
        say: "the frother stopped working, can you send a new one? the espresso machine is fine",
        mention: ["new Milk Frother"],
        avoid: ["428\\.00", "set of the items"],
        proposes: "replacement",
      },
      {
        say: "actually just refund it",
        mention: ["29\\.00 USD"],
        avoid: ["428"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "talk39: 'my frother is broken but the espresso machine is totally fine, what can you do?'",
    who: SARAH,
    style: "options asked, one item kept",
    turns: [
      {
        say: "my frother is broken but the espresso machine is totally fine, what can you do?",
        mention: ["Milk Frother", "29\\.00 USD"],
        avoid: ["428\\.00"],
        proposes: "refund",
      },
      { say: "no thats fine, ill just keep it", proposes: null },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'can you take the bottles off ORD-1003' is a change of its items",
    who: SARAH,
    style: "'take … off', an order number",
    turns: [
      {
        // Was the water bottle's price and stock, as a product question.
        say: "can you take the bottles off ORD-1003",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["in stock", "costs"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["124\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'could u take both water bottles off my order 1003 pls' — both, no count asked",
    who: SARAH,
    style: "'both', slang",
    turns: [
      {
        // Was "How many would you like in total?", then a yes asked which item again.
        say: "could u take both water bottles off my order 1003 pls",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["How many"],
        proposes: "modify_items",
      },
      { say: "yep", mention: ["124\\.00 USD"], proposes: null },
      { say: "cheers", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'get the water bottles out of my shoes order pls' then no",
    who: SARAH,
    style: "'get … out of', the order named by its goods",
    turns: [
      {
        say: "get the water bottles out of my shoes order pls",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["How many"],
        proposes: "modify_items",
      },
      { say: "no thats ok", proposes: null, avoid: ["yes or a no"] },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'both then' while 'the bottles from 2 to 1' waits: both taken off",
    who: SARAH,
    style: "a two-word correction of the count",
    turns: [
      {
        say: "remove one water bottle from 1003",
        mention: ["from 2 to 1"],
        proposes: "modify_items",
      },
      {
        // Was "yes or no?", and the yes then took one bottle off, not both.
        say: "both then",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["yes or a no", "from 2 to 1"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["124\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'actually all of them' while one bottle's removal waits, then no",
    who: SARAH,
    style: "'actually', then a change of mind",
    turns: [
      { say: "take one bottle off 1003", proposes: "modify_items" },
      {
        say: "actually all of them",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["yes or a no"],
        proposes: "modify_items",
      },
      { say: "hmm no leave it as it is", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: 'both' while another bottle waits to be added stays a question (holds)",
    who: SARAH,
    style: "'both' to a raised count means nothing new",
    turns: [
      {
        say: "add another water bottle to 1003",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      { say: "both", avoid: ["remove the Insulated Water Bottle"], proposes: "modify_items" },
      { say: "yes", mention: ["226\\.00 USD"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'keep the broken mixer and get some money off instead?' — the goodwill credit",
    who: EMMA,
    style: "VIP, goods kept, some money asked",
    turns: [
      {
        // Was the full 349.00 refund proposed, and carried out on the yes.
        say: "can i keep the broken mixer and get some money off instead?",
        mention: ["don't refund part", "goodwill credit of 50\\.00 USD"],
        avoid: ["349\\.00"],
        proposes: "goodwill_credit",
      },
      { say: "yes", mention: ["50\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "goodwill_credit", target: "CUST-0003" }],
  },
  {
    name: "talk39: 'what would happen if i kept the broken mixer and asked for a partial refund?'",
    who: EMMA,
    style: "a hypothetical partial refund, then the full one asked outright",
    turns: [
      {
        say: "What would happen if i kept the broken mixer and just asked for a partial refund?",
        mention: ["don't refund part", "goodwill credit"],
        avoid: ["349\\.00"],
        proposes: "goodwill_credit",
      },
      { say: "no, refund the mixer in full then", mention: ["349\\.00"], proposes: "refund" },
      { say: "yes", mention: ["refunded 349\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name: "talk39: 'i want a partial refund on the espresso machine' — nothing went wrong with it",
    who: SARAH,
    style: "a partial refund of goods with no trouble",
    turns: [
      {
        say: "i want a partial refund on the espresso machine",
        mention: ["don't refund part", "nothing has gone wrong"],
        avoid: ["399\\.00", "428\\.00"],
        proposes: null,
      },
      { say: "ok fine", proposes: null },
      { say: "bye", avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "talk39: 'and the shipping?' while the frother's refund waits: not the shipping prices",
    who: SARAH,
    style: "a two-word follow-up on the change that waits",
    turns: [
      { say: "refund the frother", mention: ["29\\.00 USD"], proposes: "refund" },
      {
        // Was the table of shipping speeds and fees, then the refund asked again.
        say: "and the shipping?",
        // (talk40 answers it from the order's own amounts: its shipping was free.)
        mention: ["29\\.00 USD is the price of the items", "shipping was free"],
        avoid: ["14\\.99", "overnight"],
        proposes: "refund",
      },
      { say: "ok yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk39: 'does that include shipping' while 1003's cancellation waits",
    who: SARAH,
    style: "no question mark, a whole order",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        say: "does that include shipping",
        mention: ["shipping fee included", "192\\.00 USD"],
        avoid: ["14\\.99", "yes or a no"],
        proposes: "cancel_order",
      },
      { say: "great, go ahead", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk39: 'what about postage' while the frother's return waits, then no",
    who: SARAH,
    style: "British word, a return",
    turns: [
      { say: "i want to return the frother", proposes: "return_item" },
      {
        say: "what about postage",
        mention: ["return label is prepaid"],
        avoid: ["yes or a no", "14\\.99"],
        proposes: "return_item",
      },
      { say: "no thanks, ill keep it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk39: one more bottle on 1003 and the frother's stock: only the frother looked up",
    who: SARAH,
    style: "a change and a stock question, 'could you put'",
    turns: [
      {
        // Was the stock part listing the water bottle and the frother, "which one do you mean?".
        say:
          "could you put one more water bottle on order 1003, and do you have the frother in stock?",
        mention: ["from 2 to 3", "Milk Frother is in stock"],
        avoid: ["which one", "Which of these"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["226\\.00 USD"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
