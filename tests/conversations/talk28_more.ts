/**
 * Talk28 round, continued: dictated order numbers, a learner's "please to" and "kindly",
 * typos of yes and no, and words typed short beside a waiting change.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.org";

/** More conversations of the talk28 round. */
export const TALK28_MORE: Conversation[] = [
  {
    name: "talk28: a guest's 'do u ship to canda' and 'wat payment methds do u take'",
    who: GUEST,
    style: "shorthand",
    turns: [
      { say: "do u ship to canda", mention: ["Canada", "19.99 USD"] },
      { say: "wat payment methds do u take", mention: ["PayPal"] },
      { say: "thx", proposes: null },
    ],
  },
  {
    name: "talk28: 'hi i ordered shoes and bottle can i cancel it i dont need anymore' then 'nope'",
    who: SARAH,
    style: "run-on",
    turns: [
      {
        say: "hi i ordered shoes and bottle can i cancel it i dont need anymore thanks",
        proposes: "cancel_order",
        mention: ["ORD-1003"],
      },
      { say: "nope", proposes: null, mention: ["won't cancel"] },
      { say: "ok bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "talk28: 'nah' to a refund typed as 'i want refund money back plz for the espreso machin'",
    who: SARAH,
    style: "typos",
    turns: [
      {
        say: "i want refund money back plz for the espreso machin",
        proposes: "refund",
        mention: ["Espresso Machine", "ORD-1002"],
      },
      { say: "nah", proposes: null },
      { say: "nvm thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk28: 'i forgot my pasword cant login' is the reset, 'thx' closes",
    who: SARAH,
    style: "typos",
    turns: [
      { say: "i forgot my pasword cant login", mention: ["reset"] },
      { say: "ok got it thx", proposes: null },
      { say: "bye", proposes: null },
    ],
  },
  {
    name: "talk28: Emma's 'I want that you send me new one', then 'yes please to send' is the yes",
    who: EMMA,
    style: "non-native",
    turns: [
      {
        say:
          "Hello, I write because the mixer I receive is broken. I want that you send me new one please.",
        proposes: "replacement",
        mention: ["Stand Mixer"],
      },
      {
        // Was a new request: a return of the mixer proposed instead of the replacement's yes.
        say: "yes please to send",
        proposes: null,
        mention: ["arranged a replacement"],
        avoid: ["can be returned", "return label"],
      },
      { say: "thank you so much", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "talk28: 'please to change my address of order 1003' then the address and a yes",
    who: SARAH,
    style: "non-native",
    turns: [
      { say: "please to change my address of order 1003", mention: ["new address"] },
      { say: "221B Baker Street, London NW1 6XE, UK", proposes: "change_address" },
      { say: "yes please to do it", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "talk28: 'plz remove the shoes from 1003 i dont want them anymore' removes the shoes",
    who: SARAH,
    style: "run-on",
    turns: [
      {
        // Was a clarifying question: the account, the items or a cancellation?
        say: "plz remove the shoes from 1003 i dont want them anymore",
        proposes: "modify_items",
        mention: ["remove the Trail Running Shoes"],
        avoid: ["change your account"],
      },
      { say: "yep", proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "talk28: 'hi can u upgrade shiping on 1003 to express pls', 'ya go for it' upgrades it",
    who: SARAH,
    style: "shorthand",
    turns: [
      { say: "hi can u upgrade shiping on 1003 to express pls", proposes: "expedite_order" },
      { say: "ya go for it", proposes: null, mention: ["upgraded"] },
      { say: "thnx", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "talk28: 'need invoce for 1002' and 'how lng do refunds tke' are answered",
    who: SARAH,
    style: "typos",
    turns: [
      { say: "need invoce for 1002", mention: ["invoice", "ORD-1002"] },
      { say: "how lng do refunds tke", mention: ["5 business days"] },
      { say: "wat abt returns", mention: ["30 days"] },
    ],
  },
  {
    name: "talk28: dictated 'where is order one thousand and one', 'and one zero zero two'",
    who: SARAH,
    style: "dictated",
    turns: [
      {
        // Was "Which order do you mean?": a number said in words named no order.
        say: "where is order one thousand and one",
        mention: ["ORD-1001", "TRK8800001001"],
        avoid: ["Which order"],
      },
      { say: "and one zero zero two", mention: ["ORD-1002", "delivered"], avoid: ["Which order"] },
      { say: "thank you", proposes: null },
    ],
  },
  {
    name: "talk28: dictated 'refund order one thousand and two please' refunds ORD-1002",
    who: SARAH,
    style: "dictated",
    turns: [
      {
        say: "refund order one thousand and two please",
        proposes: "refund",
        mention: ["ORD-1002"],
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "talk28: dictated 'can i return order ten oh two' is ORD-1002's return",
    who: SARAH,
    style: "dictated",
    turns: [
      { say: "can i return order ten oh two", proposes: "return_item", mention: ["ORD-1002"] },
      { say: "no not now", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk28: 'Kindly assist me in cancelling of my order 1003', 'Yes kindly proceed.'",
    who: SARAH,
    style: "formal, non-native",
    turns: [
      {
        say: "Good day. Kindly assist me in cancelling of my order 1003. Thanking you in advance.",
        proposes: "cancel_order",
        mention: ["ORD-1003"],
      },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "Yes kindly proceed.",
        proposes: null,
        mention: ["is cancelled"],
      },
      { say: "Thank you kindly.", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "talk28: 'is the espreso machin in stok', 'wats the warenty on it' is that machine's",
    who: SARAH,
    style: "typos",
    turns: [
      { say: "is the espreso machin in stok", mention: ["Espresso Machine", "in stock"] },
      {
        // Was the store's general rule ("at least 6 months"), not the machine's 24 months.
        say: "wats the warenty on it",
        mention: ["24-month"],
        avoid: ["at least 6 months"],
      },
      { say: "ok thx", proposes: null },
    ],
  },
  {
    name: "talk28: 'ofc' to a waiting cancellation is a yes, 'ofc not' would be a no",
    who: MIKE,
    style: "shorthand",
    turns: [
      { say: "cancel my moniter order", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "ofc", proposes: null, mention: ["cancelled"] },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "talk28: 'ofc not' to a waiting refund keeps the order as it is",
    who: EMMA,
    style: "shorthand",
    turns: [
      { say: "refund for my mixr pls", proposes: "refund", mention: ["ORD-3002"] },
      { say: "ofc not lol", proposes: null, avoid: ["refunded"] },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk28: 'add another water bottle to my cart' is still buying, not a change",
    who: SARAH,
    style: "casual",
    turns: [
      { say: "how do i add another water bottle to my cart", proposes: null },
      { say: "ok thx", proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
];
