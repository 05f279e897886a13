/**
 * More conversations of the support lead's fourth round (the talk4 branch), about orders
 * and goods: goods that came wrong, a late parcel sped up, an address of the Continent, a no
 * before a question, part of an order cancelled, a yes on a condition.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** More conversations found by talking to the system about orders and goods (talk4). */
export const TALK4_MORE: Conversation[] = [
  {
    name: "Sarah got 'the wrong frother in my espresso order', then 'just send the right one'",
    who: SARAH,
    style: "a wrong item named by a word of it",
    turns: [
      {
        say: "i got the wrong frother in my espresso order",
        proposes: "refund",
        mention: ["exactly what you ordered", "29\\.00 USD"],
        avoid: ["neighbours", "supervisor"],
      },
      { say: "just send the right one", proposes: "replacement", mention: ["free of charge"] },
      { say: "yes", proposes: null, mention: ["arranged a replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },
  {
    name: "Sarah's milk frother was missing; to the refund offered she says 'yes send it'",
    who: SARAH,
    style: "a yes that takes the other way offered",
    turns: [
      {
        say: "the milk frother was missing from my parcel",
        proposes: "refund",
        mention: ["29\\.00 USD", "send it free of charge"],
      },
      {
        say: "yes send it",
        proposes: "replacement",
        avoid: ["yes or a no", "neighbours", "supervisor"],
      },
      { say: "yes", proposes: null, mention: ["arranged a replacement"], avoid: ["refunded"] },
    ],
    changes: [{ action: "replacement", target: "ORD-1002" }],
  },

  {
    name: "Mike's 'my keyboard is late, can you expedite it', then 'how much' and 'ok yes do it'",
    who: MIKE,
    style: "a late parcel sped up, in one breath",
    turns: [
      {
        say: "my keyboard is late, can you expedite it",
        proposes: "expedite_delivery",
        mention: ["ORD-2001", "9\\.99 USD"],
      },
      { say: "how much", proposes: "expedite_delivery", mention: ["9\\.99 USD"] },
      { say: "ok yes do it", proposes: null, mention: ["sped up"] },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },

  {
    name: "Mike asks 'is ORD-2001 lost?': its state, delayed by the carrier, not a question back",
    who: MIKE,
    style: "a yes/no question about an order by its number",
    turns: [
      {
        say: "is ORD-2001 lost?",
        proposes: null,
        facts: [{ order: "ORD-2001", field: "status" }],
        avoid: ["Just to make sure", "would you like to know about our policies"],
      },
      { say: "can you send another one then", proposes: null, mention: ["still on its way"] },
      { say: "ok thanks", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [],
  },
  {
    name: "Sarah re-addresses her shoes order to Paris, written the French way",
    who: SARAH,
    style: "an address of the Continent in the request",
    turns: [
      {
        say: "can you change the address on my shoes order to 9 Rue de Rivoli, 75001 Paris, France",
        proposes: "change_address",
        mention: ["Paris"],
        avoid: ["What's the new address"],
      },
      { say: "yes", proposes: null, mention: ["new address"] },
      { say: "thank you!", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "Sarah is asked for the new address and answers 'Hauptstraße 5, 10115 Berlin, Germany'",
    who: SARAH,
    style: "a German address in an English conversation",
    turns: [
      {
        say: "I need to change the shipping address of ORD-1003",
        proposes: null,
        mention: ["What's the new address"],
      },
      {
        say: "Hauptstraße 5, 10115 Berlin, Germany",
        proposes: "change_address",
        mention: ["Berlin"],
        handoff: "none",
        avoid: ["Deutsch"],
      },
      { say: "yep", proposes: null, mention: ["new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },

  {
    name:
      "Sarah turns the cancellation down and asks when the shoes ship; the 'ok' after cancels nothing",
    who: SARAH,
    style: "a no buried before a question",
    turns: [
      { say: "can you cancel my shoes order", proposes: "cancel_order" },
      {
        say: "no I've changed my mind, I'll keep them, but can you tell me when they'll ship?",
        proposes: null,
        facts: [{ order: "ORD-1003", field: "status" }],
        mention: ["left order ORD-1003 as it was"],
        avoid: ["shall I cancel"],
      },
      { say: "ok", proposes: null, avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "Sarah's espresso machine stopped working; 'refund is fine, thanks' is a yes",
    who: SARAH,
    style: "a yes that restates the change",
    turns: [
      {
        say: "the espresso machine stopped working after two days",
        proposes: "refund",
        mention: ["399\\.00 USD"],
      },
      {
        say: "refund is fine, thanks",
        proposes: null,
        mention: ["refunded"],
        avoid: ["yes or a no"],
      },
      { say: "great", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name:
      "Sarah, upset that ORD-1001 'is taking forever', asks to speed it up and for the tracking",
    who: SARAH,
    style: "upset, two requests in one message",
    turns: [
      {
        say: "hi! ORD-1001 is taking forever, can you speed it up? also whats the tracking",
        proposes: "expedite_delivery",
        handoff: "none",
        facts: [{ order: "ORD-1001", field: "tracking" }],
        mention: ["no fee"],
      },
      { say: "sure", proposes: null, mention: ["sped up"] },
      { say: "thanks", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800001001" }],
  },

  {
    name: "Sarah cancels 'just the water bottles from my order': the shoes stay",
    who: SARAH,
    style: "a cancellation of one item of several",
    turns: [
      {
        say: "cancel just the water bottles from my order",
        proposes: "modify_items",
        mention: ["remove 2× Insulated Water Bottle", "rest of the order stays"],
        avoid: ["192\\.00 USD you paid goes back"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"], avoid: ["is cancelled"] },
      { say: "thanks!", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah cancels ORD-1003 and returns ORD-1002 in one message, one yes at a time",
    who: SARAH,
    style: "two changes in one message",
    turns: [
      {
        say: "cancel ORD-1003 and return ORD-1002",
        proposes: "cancel_order",
        mention: ["also help with the return"],
      },
      { say: "yes", proposes: null, mention: ["cancelled", "returning order ORD-1002"] },
      { say: "yes", proposes: "return_item" },
      { say: "yes", proposes: null, mention: ["return for order ORD-1002 is open"] },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-1003" },
      { action: "return_item", target: "ORD-1002" },
    ],
  },

  {
    name: "Sarah wants the blue bottle instead of the black one, then 'ok then cancel the bottles'",
    who: SARAH,
    style: "a colour asked for, then one item cancelled",
    turns: [
      {
        say: "can i get the blue water bottle instead of the black one in my order",
        // Talk21: the bottles' removal proposed, so that she can order the blue one.
        proposes: "modify_items",
        mention: ["size or colour"],
        avoid: ["How many would you like"],
      },
      {
        // Talk24: the bottles' removal that waits, said again — its yes (was proposed again).
        say: "ok then cancel the bottles",
        proposes: null,
        mention: ["new total"],
        avoid: ["is cancelled"],
      },
      { say: "yes", proposes: null, avoid: ["is cancelled", "Done"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Mike agrees to speed up ORD-2001 'only if it's free': told the fee, then says no",
    who: MIKE,
    style: "a yes on a condition",
    turns: [
      { say: "expedite 2001", proposes: "expedite_delivery", mention: ["9\\.99 USD"] },
      {
        say: "ok but only if it's free",
        proposes: "expedite_delivery",
        mention: ["costs 9\\.99 USD"],
        avoid: ["yes or a no", "sped up"],
      },
      { say: "no then", proposes: null, mention: ["nothing has been changed"] },
    ],
    changes: [],
  },

  {
    name: "Sarah's headphones haven't come; she can't cancel them, then asks about returning them",
    who: SARAH,
    style: "a refused change, then another change of the same order",
    turns: [
      {
        say: "my headphones havent arrived yet",
        proposes: null,
        facts: [{ order: "ORD-1001", field: "status" }],
      },
      { say: "can i cancel them then", proposes: null, mention: ["already shipped"] },
      {
        say: "ok what about returning them when they come",
        proposes: null,
        mention: ["once it's delivered you can return it"],
        avoid: ["cancelling is only possible"],
      },
    ],
    changes: [],
  },

  {
    name: "Sarah asks her shoes order's total, then 'can u drop one bottle' and 'perfect, do it'",
    who: SARAH,
    style: "a count taken away with no order named",
    turns: [
      { say: "whats the total of my shoes order", facts: [{ order: "ORD-1003", field: "total" }] },
      {
        say: "can u drop one bottle",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
        avoid: ["in stock"],
      },
      { say: "perfect, do it", proposes: null, mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "Sarah returns the loud espresso machine, asks how to send it back, then 'ok yes go'",
    who: SARAH,
    style: "a question while a return waits, then a yes in three words",
    turns: [
      {
        say: "return the espresso machine pls, it's too loud",
        proposes: "return_item",
        mention: ["Espresso Machine"],
      },
      { say: "how do I send it back?", proposes: "return_item", mention: ["prepaid return label"] },
      {
        say: "ok yes go",
        proposes: null,
        mention: ["return for order ORD-1002 is open"],
        avoid: ["yes or a no"],
      },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },

  {
    name: "Sarah, typing fast: 'i wanna retrun the milk frohter', then 'ya': the frother alone",
    who: SARAH,
    style: "typos in the item and the verb",
    turns: [
      {
        say: "i wanna retrun the milk frohter",
        proposes: "return_item",
        mention: ["Milk Frother", "rest of the order stays with you"],
      },
      { say: "ya", proposes: null, mention: ["return for order ORD-1002 is open"] },
      { say: "ty", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "Mike: 'wheres my keybaord', 'can u make it come faster', 'k do it'",
    who: MIKE,
    style: "terse, typos, a yes with 'k'",
    turns: [
      {
        say: "wheres my keybaord",
        proposes: null,
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "can u make it come faster", proposes: "expedite_delivery" },
      { say: "k do it", proposes: null, mention: ["sped up"], avoid: ["yes or a no"] },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },

  {
    name: "Sarah refunds 'just the frother from ORD-1002', then 'actually refund both'",
    who: SARAH,
    style: "a refund of one item, then all of it",
    turns: [
      {
        say: "refund just the frother from ORD-1002",
        proposes: "refund",
        mention: ["29\\.00 USD for the Milk Frother"],
        avoid: ["428\\.00 USD"],
      },
      {
        say: "actually refund both",
        proposes: "refund",
        mention: ["428\\.00 USD"],
        avoid: ["yes or a no"],
      },
      { say: "yes", proposes: null, mention: ["refunded 428\\.00 USD"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },

  {
    name: "Sarah: 'add a second pair of shoes to 1003 and make the bottles 3', one change of both",
    who: SARAH,
    style: "two lines changed in one message",
    turns: [
      {
        say: "add a second pair of shoes to 1003 and make the bottles 3",
        proposes: "modify_items",
        mention: ["Trail Running Shoes from 1 to 2", "Insulated Water Bottle from 2 to 3"],
        avoid: ["Which item"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
      { say: "thanks", proposes: null, avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },

  {
    name: "Emma can't re-address her lost ORD-3001: offered its refund or replacement, picks one",
    who: EMMA,
    style: "a refused change of a lost parcel",
    turns: [
      {
        say: "I want to change the address of ORD-3001",
        proposes: null,
        mention: ["already shipped", "refund it in full or send a replacement"],
        avoid: ["Once it's delivered"],
      },
      { say: "the replacement", proposes: "replacement", mention: ["free of charge"] },
      { say: "yes", proposes: null, mention: ["arranged a replacement"] },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
];
