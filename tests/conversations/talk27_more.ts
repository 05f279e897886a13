/**
 * More long conversations with several changes (talk27): a change put back after it was made,
 * another order asked about by its bare number while a change waits, an address in three
 * pieces, a speed-up asked "also" while an address change waits.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

const ASKED_AGAIN = "not sure whether that's a yes or a no";

/** More long conversations with several changes, and the ledger after them. */
export const TALK27_MORE: Conversation[] = [
  {
    name: "Sarah removes the shoes from 1003, then asks to put the shoes back",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "remove the shoes from 1003", proposes: "modify_items" },
      { say: "yes", mention: ["68\\.00"], proposes: null },
      {
        // Was "Something doesn't sound right — tell me what happened".
        say: "oh no wait put the shoes back",
        mention: ["from 0 to 1", "as it was before"],
        avoid: ["doesn't sound right"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["192\\.00"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003", times: 2 }],
  },
  {
    name: "Sarah removes the shoes, then asks to put back goods of another order",
    who: SARAH,
    style: "confused",
    turns: [
      { say: "remove the shoes from 1003", proposes: "modify_items" },
      { say: "yes", proposes: null },
      {
        // The headphones were never taken off 1003: no change of 1003 proposed for them.
        say: "put the headphones back",
        avoid: ["Trail Running Shoes from 0 to 1"],
        proposes: null,
      },
      { say: "ok", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah asks where 1001 is 'btw' while 1003's cancellation waits, then says yes",
    who: SARAH,
    style: "aside",
    turns: [
      { say: "cancel 1003", proposes: "cancel_order" },
      {
        // Was "not sure whether that's a yes or a no", the question unanswered.
        say: "where is 1001 btw",
        mention: ["TRK8800001001", "earlier request"],
        avoid: [ASKED_AGAIN],
        proposes: "cancel_order",
      },
      { say: "ok so about the cancellation", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah types 'wheres 1001?' while 1003's cancellation waits",
    who: SARAH,
    style: "typo",
    turns: [
      { say: "can u cancel 1003", proposes: "cancel_order" },
      {
        say: "wheres 1001?",
        mention: ["ORD-1001", "UPS"],
        avoid: [ASKED_AGAIN],
        proposes: "cancel_order",
      },
      { say: "ok cancel it", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah says 'not yet' and asks about 1002's refund while 1003's cancellation waits",
    who: SARAH,
    style: "hesitant",
    turns: [
      { say: "can you cancel 1003?", proposes: "cancel_order" },
      {
        // Was a 428.00 refund of 1002 proposed in the cancellation's place.
        say: "hmm not yet. what's the status of 1002's refund?",
        mention: ["don't see a refund on order ORD-1002"],
        avoid: ["I can refund 428"],
        proposes: "cancel_order",
      },
      {
        // Was a return of 1002 offered ("cancelling is only possible until an order ships").
        say: "ok go ahead and cancel",
        mention: ["ORD-1003 is cancelled"],
        avoid: ["ORD-1002"],
        proposes: null,
      },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah gives 1003's new address in three pieces: street, town, postcode",
    who: SARAH,
    style: "pieces",
    turns: [
      { say: "change the address on 1003", mention: ["new address"] },
      { say: "12 Baker Street", mention: ["town or city"] },
      {
        // Was "I'm the store's support assistant, so I can only help with orders…".
        say: "London",
        mention: ["street and the town", "postcode"],
        avoid: ["support assistant"],
        proposes: null,
      },
      { say: "NW1 6XE", mention: ["London"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah gives the street, then the postcode, then the town",
    who: SARAH,
    style: "pieces",
    turns: [
      { say: "i need to change the shipping address for 1003", mention: ["new address"] },
      { say: "12 Baker Street", mention: ["town or city"] },
      { say: "NW1 6XE", mention: ["Which town"], avoid: ["what's the postcode"] },
      { say: "London", mention: ["London"], proposes: "change_address" },
      { say: "yes please", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah's address ends in Scotland, then she asks to expedite 1003 as well",
    who: SARAH,
    style: "long, polite",
    turns: [
      {
        say: "Hi, I'd like to change the delivery address of order ORD-1003.",
        mention: ["new address"],
      },
      { say: "The new address is 45 Queen Street", mention: ["town or city"] },
      {
        // Was the postcode and the country asked again ("Scotland" was no country).
        say: "Edinburgh EH2 3NH, Scotland",
        mention: ["Edinburgh"],
        proposes: "change_address",
      },
      {
        // Was the express upgrade proposed in the address change's place, unsaid.
        say: "can you also expedite 1003",
        mention: ["Noted", "Edinburgh"],
        proposes: "change_address",
      },
      { say: "yes please", mention: ["new address", "speeding up"], proposes: null },
      { say: "yes", mention: ["express"], proposes: "expedite_order" },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah changes 1003's address and asks to expedite it too, then agrees to both",
    who: SARAH,
    style: "two changes, one order",
    turns: [
      {
        say: "change address for ORD-1003 to 221B Baker Street, London NW1 6XE",
        proposes: "change_address",
      },
      { say: "and expedite it too", mention: ["Noted"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
      { say: "yes", proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }, {
      action: "expedite_order",
      target: "ORD-1003",
    }],
  },
  {
    name: "Mike asks whether 2001 arrives tomorrow while 2002's cancellation waits",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      {
        say: "is 2001 arriving tomorrow?",
        mention: ["ORD-2001", "{date+3}|estimate"],
        avoid: [ASKED_AGAIN],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel", mention: ["cancelled"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah cancels 1003 first, then takes up the frother's refund put off behind it",
    who: SARAH,
    style: "two changes in one message",
    turns: [
      {
        say: "cancel 1003 and refund the frother on 1002",
        mention: ["ORD-1003", "refund of order ORD-1002"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled", "You also asked about"], proposes: null },
      {
        // Was the whole order's 428.00 refund: the frother's words were lost when taken up.
        say: "yes",
        mention: ["29\\.00", "Milk Frother"],
        avoid: ["428\\.00 USD for order"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }, {
      action: "refund",
      target: "ORD-1002",
    }],
  },
  {
    name: "Sarah keeps 1003 and picks the frother's refund put off behind its cancellation",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "cancel 1003 and refund the frother on 1002", proposes: "cancel_order" },
      {
        // Was the whole order's 428.00 refund proposed.
        say: "actually just the refund, keep 1003",
        mention: ["29\\.00", "left order ORD-1003 as it was"],
        avoid: ["428\\.00 USD for order"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Sarah asks a cancellation and a whole order's refund, then picks the refund only",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "cancel 1003 and refund 1002", proposes: "cancel_order" },
      { say: "just the refund", mention: ["428\\.00"], proposes: "refund" },
      { say: "yes", mention: ["refunded 428\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Mike asks the keyboard's ETA sarcastically while 2002's cancellation waits",
    who: MIKE,
    style: "sarcastic",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      {
        // Was "not sure whether that's a yes or a no"; read whole, a complaint.
        say: "oh great, another question. whats the keyboard eta",
        mention: ["ORD-2001", "{date+3}|estimate", "earlier request"],
        avoid: [ASKED_AGAIN, "supervisor"],
        proposes: "cancel_order",
        handoff: "none",
      },
      { say: "ok yes cancel it", mention: ["ORD-2002 is cancelled"], proposes: null },
      { say: "thanks i guess", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah cancels 1003, returns the frother, asks about her headphones: a long email",
    who: SARAH,
    style: "long, polite",
    turns: [
      {
        say: "Hello, I placed two orders recently. I would like to cancel ORD-1003 because I " +
          "found the shoes cheaper elsewhere, and I would also like to know when my headphones " +
          "will arrive. Thank you, Sarah",
        mention: ["ORD-1003", "ORD-1001", "{date+2}"],
        proposes: "cancel_order",
      },
      { say: "Yes please go ahead with the cancellation.", mention: ["cancelled"] },
      {
        say: "Also, could I return the milk frother from the other order?",
        mention: ["Milk Frother", "ORD-1002"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
      { say: "Thank you so much for your help!", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }, {
      action: "return_item",
      target: "ORD-1002",
    }],
  },
];
