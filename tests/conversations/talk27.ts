/**
 * Long conversations with several changes (talk27): two or three things done across turns,
 * minds changed, changes undone after they were carried out, questions in between — each
 * judged by the store's ledger at the end: what was agreed done once, nothing else.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

const ASKED_AGAIN = "not sure whether that's a yes or a no";

/** Long conversations with several changes, and the ledger after them. */
export const TALK27: Conversation[] = [
  {
    name: "Sarah cancels 1003, then asks a refund of the frother and says it doesn't turn on",
    who: SARAH,
    style: "terse, several changes",
    turns: [
      { say: "cancel ORD-1003 please", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      {
        say: "and i want a refund on 1002 the frother is broken",
        mention: ["29\\.00"],
        proposes: "refund",
      },
      {
        // Was "not sure whether that's a yes or a no": the fault is the refund's reason.
        say: "it just doesn't turn on at all",
        mention: ["sorry it isn't working", "29\\.00"],
        avoid: [ASKED_AGAIN, "428\\.00 USD to"],
        proposes: "refund",
        handoff: "none",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
      { say: "thanks", avoid: ["refund"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }, {
      action: "refund",
      target: "ORD-1002",
    }],
  },
  {
    name: "Sarah is refused an address change on 1001, asks what she can do, then cancels 1003",
    who: SARAH,
    style: "curt",
    turns: [
      { say: "can i change the address on ORD-1001", mention: ["already shipped"] },
      {
        // Was the refusal word for word again.
        say: "ok what can i do then",
        mention: [
          "Here's what you can do",
          "redirect",
          "TRK8800001001",
          "return it within 30 days",
          "colleague",
        ],
        avoid: ["only possible until an order ships"],
        proposes: null,
        handoff: "none",
      },
      { say: "fine. cancel 1003 instead", proposes: "cancel_order", mention: ["ORD-1003"] },
      { say: "yes please", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah vents at the refused address change, asks what now, then asks for a person",
    who: SARAH,
    style: "annoyed",
    turns: [
      { say: "i need to change the address on 1001", mention: ["already shipped"] },
      {
        // Was "would you like to know how you can pay?".
        say: "well that's useless. what can i do now?",
        mention: ["Here's what you can do", "UPS"],
        avoid: ["how you can pay", "only possible until an order ships"],
        handoff: "none",
      },
      { say: "can someone talk to ups for me", handoff: "new" },
      { say: "ok", handoff: "same" },
    ],
  },
  {
    name: "Sarah gives 1003's address in two pieces, agrees, then asks to undo it",
    who: SARAH,
    style: "pieces",
    turns: [
      { say: "i need to change the shipping address for 1003", mention: ["new address"] },
      { say: "12 Baker Street", mention: ["town or city"], proposes: null },
      { say: "London NW1 6XE", mention: ["London"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
      {
        // The store keeps no old address to put back: it can be changed again until it ships.
        say: "actually can you undo that?",
        mention: ["change it again", "address you want"],
        proposes: null,
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah changes 1003's address, then expedites it, then asks to reverse the upgrade",
    who: SARAH,
    style: "changes her mind",
    turns: [
      {
        say: "change address for ORD-1003 to 221B Baker Street, London NW1 6XE",
        proposes: "change_address",
      },
      { say: "yes", proposes: null },
      { say: "can you also expedite it", mention: ["express"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
      {
        say: "wait can you reverse that",
        mention: ["already been made", "colleague"],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }, {
      action: "expedite_order",
      target: "ORD-1003",
    }],
  },
  {
    name: "Emma takes the mixer's replacement, then asks for a refund instead",
    who: EMMA,
    style: "changes her mind",
    turns: [
      {
        say: "my mixer arrived broken, can you send a replacement",
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
      {
        // One remedy for one order: the replacement is on its way, no refund besides.
        say: "actually just refund me",
        mention: ["already sent a replacement", "ask for a colleague"],
        avoid: ["refunded 349"],
        proposes: null,
      },
      { say: "ok", avoid: ["refunded"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Sarah starts the frother's return, asks about 1001 between, then says yes",
    who: SARAH,
    style: "question in between",
    turns: [
      { say: "i want to return the frother from 1002", proposes: "return_item" },
      {
        say: "whats the status of ORD-1001?",
        mention: ["TRK8800001001", "earlier request"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"], proposes: null },
      {
        // Was "That's lovely to hear… leave a review on the product page".
        say: "great",
        mention: ["Glad that's sorted"],
        avoid: ["review"],
        proposes: null,
      },
      {
        say: "actually can i cancel that return?",
        mention: ["don't send it back"],
        proposes: null,
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Sarah asks to cancel 1003, asks the return rule of opened goods, then says yes",
    who: SARAH,
    style: "hesitant",
    turns: [
      { say: "hey can u cancel my order 1003", proposes: "cancel_order" },
      {
        say: "hmm wait, what's your return policy on opened stuff?",
        mention: ["30 days"],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel it", mention: ["cancelled"], proposes: null },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "Sarah cancels 1003 with her headphones asked between, then refunds the frother",
    who: SARAH,
    style: "three things",
    turns: [
      { say: "cancel ORD-1003 pls", proposes: "cancel_order" },
      { say: "also where's my headphones order", mention: ["ORD-1001"], proposes: "cancel_order" },
      { say: "yes cancel it", mention: ["cancelled"], proposes: null },
      { say: "and refund the frother from 1002 its faulty", proposes: "refund" },
      { say: "yep", mention: ["29\\.00"], proposes: null },
      { say: "ty", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }, {
      action: "refund",
      target: "ORD-1002",
    }],
  },
  {
    name: "Sarah expedites 1003, cannot take the upgrade back, and cancels the order",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "expedite 1003 please", proposes: "expedite_order" },
      { say: "yes", proposes: null },
      {
        say: "hmm actually can you undo the express upgrade",
        mention: ["can't take it back"],
        proposes: null,
      },
      { say: "ok then cancel the whole order", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }, {
      action: "cancel_order",
      target: "ORD-1003",
    }],
  },
  {
    name: "Mike cancels his monitor order, then wants it back",
    who: MIKE,
    style: "regret",
    turns: [
      { say: "cancel my monitor order", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
      {
        say: "wait no, undo that, i still want it",
        mention: ["can't be undone", "order them again"],
        proposes: null,
      },
      { say: "ok fine", avoid: ["cancelled"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Sarah says the frother is dead while its return waits, then goes ahead",
    who: SARAH,
    style: "slang",
    turns: [
      { say: "i'd like to return the frother on 1002", proposes: "return_item" },
      {
        say: "the thing is dead, wont even power up",
        mention: ["sorry it isn't working", "return"],
        avoid: [ASKED_AGAIN],
        proposes: "return_item",
      },
      { say: "ok go ahead", mention: ["return"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Emma tells the mixer's noise while its replacement waits and is not handed over",
    who: EMMA,
    style: "VIP, telling the fault",
    turns: [
      { say: "can you replace the mixer from 3002", proposes: "replacement" },
      {
        // Was a handoff ("vip customer with a negative message") with the yes still waiting.
        say: "it makes a horrible grinding noise and then stops",
        mention: ["replaced free of charge"],
        avoid: [ASKED_AGAIN, "member of our team"],
        proposes: "replacement",
        handoff: "none",
      },
      { say: "yes please", mention: ["replacement"], proposes: null, handoff: "none" },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3002" }],
  },
  {
    name: "Sarah says the frother is broken while its refund waits: the frother's, not all",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "refund the frother from 1002", mention: ["29\\.00"], proposes: "refund" },
      {
        // Was the whole order's 428.00 refund in place of the frother's.
        say: "its broken",
        mention: ["29\\.00"],
        avoid: ["refund 428\\.00"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Sarah says the frother doesn't work while its refund waits, then says yes",
    who: SARAH,
    style: "plain",
    turns: [
      { say: "refund the frother from 1002", proposes: "refund" },
      {
        say: "it doesn't work",
        mention: ["sorry it isn't working"],
        avoid: [ASKED_AGAIN],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 29\\.00"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "Sarah says no to the frother's refund with its fault, and nothing is refunded",
    who: SARAH,
    style: "a no with its reason",
    turns: [
      { say: "refund the frother from 1002", proposes: "refund" },
      { say: "nah, it won't froth the milk anymore", proposes: null },
      { say: "yes", avoid: ["refunded"], proposes: null },
      { say: "thanks", proposes: null },
    ],
  },
  {
    name: "Sarah removes the shoes, then asks her options about 1001's address",
    who: SARAH,
    style: "two orders",
    turns: [
      { say: "remove the shoes from 1003", proposes: "modify_items" },
      { say: "yes", mention: ["68\\.00"], proposes: null },
      {
        say: "can i still change where 1001 goes?",
        mention: ["already shipped"],
        proposes: null,
      },
      {
        say: "ugh. so what are my options",
        mention: ["Here's what you can do", "ORD-1001"],
        avoid: ["ORD-1003"],
        proposes: null,
      },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah asks what she can do about 1002's address once it was delivered",
    who: SARAH,
    style: "polite",
    turns: [
      { say: "Could you change the delivery address on order 1002?", mention: ["delivered"] },
      {
        say: "Alright. What are my options?",
        mention: ["Here's what you can do", "start a return"],
        proposes: null,
      },
      { say: "no that's ok, thank you", proposes: null },
    ],
  },
  {
    name: "Mike asks to cancel 2002, says no, then cancels it after all",
    who: MIKE,
    style: "terse",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      { say: "actually no", proposes: null },
      { say: "cancel it after all", proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "Emma refunds the lost vacuum, asks about the mixer, then says it doesn't work",
    who: EMMA,
    style: "several orders",
    turns: [
      { say: "i want a refund for ORD-3001", proposes: "refund" },
      { say: "yes", mention: ["refunded"], proposes: null },
      { say: "and can you replace the mixer on 3002", proposes: "replacement" },
      {
        say: "it doesn't even switch on",
        mention: ["replaced free of charge"],
        avoid: [ASKED_AGAIN],
        proposes: "replacement",
        handoff: "none",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }, {
      action: "replacement",
      target: "ORD-3002",
    }],
  },
];
