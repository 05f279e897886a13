/**
 * Talk44 round: this session's "Left" lists tried again — a vent before a late parcel, an
 * arrival only expected read as good news, an order on schedule queued for a person, "why is
 * it taking so long" while a change waits, several things announced read as a payment
 * problem, the wrong size chosen for an order not shipped, and "can i get that for 2001?"
 * after the shipping speeds' prices.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";

/** Conversations of the talk44 round. */
export const TALK44: Conversation[] = [
  {
    name:
      "'to be honest I'm really disappointed, my keyboard should be here by now': the carrier chased",
    who: MIKE,
    style: "a let-down feeling, then the late parcel",
    turns: [
      {
        // Was a complaint: a supervisor offered for a parcel the carrier holds up.
        say: "to be honest I'm really disappointed, my keyboard should be here by now",
        mention: ["ORD-2001", "Memphis", "investigation"],
        avoid: ["supervisor"],
        proposes: "carrier_investigation",
      },
      { say: "yes please", mention: ["investigation"], proposes: null },
      { say: "thanks", avoid: ["supervisor", "yes or a no"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "'ngl im so disappointed, my keyboard should've come already': no supervisor",
    who: MIKE,
    style: "slang, contraction",
    turns: [
      {
        say: "ngl im so disappointed, my keyboard should've come already",
        mention: ["ORD-2001", "FedEx"],
        avoid: ["supervisor", "glad to hear", "reached you"],
      },
      { say: "ok what can you do about it", avoid: ["supervisor"] },
      { say: "no thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "'honestly i'm so disappointed, my keyboard should have arrived already' is no good news",
    who: MIKE,
    style: "a feeling and a modal of what was expected",
    turns: [
      {
        // Was "glad to hear the Mechanical Keyboard reached you!".
        say: "honestly i'm so disappointed, my keyboard should have arrived already",
        mention: ["ORD-2001", "Memphis"],
        avoid: ["glad to hear", "reached you", "supervisor"],
        proposes: "carrier_investigation",
      },
      { say: "no just keep an eye on it", proposes: null },
      { say: "when is it meant to come now?", mention: ["ORD-2001"] },
    ],
    changes: [],
  },
  {
    name: "'my keyboard was supposed to be here already, not impressed': the delay, not arrival",
    who: MIKE,
    style: "terse, dry",
    turns: [
      {
        say: "my keyboard was supposed to be here already, not impressed",
        mention: ["ORD-2001", "Memphis"],
        avoid: ["glad to hear", "reached you"],
        proposes: "carrier_investigation",
      },
      { say: "go on then", proposes: null, mention: ["investigation"] },
      { say: "cheers", avoid: ["supervisor"] },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "'I ordered the shoes yesterday and it still hasn't shipped??': on schedule, no queue",
    who: SARAH,
    style: "impatient, double question marks",
    turns: [
      {
        // Was queued for a person with "it shouldn't have happened".
        say: "I ordered the shoes yesterday and it still hasn't shipped??",
        mention: ["ORD-1003", "on schedule"],
        avoid: ["shouldn't have happened", "member of our team", "passing our conversation"],
        handoff: "none",
      },
      { say: "ok when will it arrive then", mention: ["ORD-1003"], handoff: "none" },
      { say: "fine thanks", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "'why hasnt my shoe order shipped yet, i placed it yesterday!': said on schedule",
    who: SARAH,
    style: "no apostrophes, exclamation",
    turns: [
      {
        say: "why hasnt my shoe order shipped yet, i placed it yesterday!",
        mention: ["ORD-1003", "on schedule"],
        avoid: ["shouldn't have happened", "member of our team"],
        handoff: "none",
      },
      { say: "alright", handoff: "none", avoid: ["yes or a no"] },
      { say: "where are my headphones though", mention: ["ORD-1001"] },
    ],
    changes: [],
  },
  {
    name: "'ORD-1003 still not shipped?? whats going on': the order's state, no person",
    who: SARAH,
    style: "order number, impatient",
    turns: [
      {
        say: "ORD-1003 still not shipped?? whats going on",
        mention: ["ORD-1003", "on schedule"],
        handoff: "none",
      },
      { say: "can you speed it up", proposes: "expedite_order", mention: ["ORD-1003"] },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "A manager asked beside 'still hasn't shipped' still goes to a person",
    who: SARAH,
    style: "angry, a manager demanded",
    turns: [
      {
        say: "ORD-1003 STILL hasn't shipped, this is a disgrace, I want a manager",
        mention: ["ORD-1003"],
        handoff: "new",
      },
      { say: "ok", handoff: "same" },
      { say: "thank you" },
    ],
    changes: [],
  },
  {
    name:
      "'why is it taking so long anyway' while the cancellation waits: on schedule, asked again",
    who: SARAH,
    style: "second thoughts mid-cancellation",
    turns: [
      { say: "can you cancel ORD-1003", proposes: "cancel_order", mention: ["192.00"] },
      {
        // Was "I'm not sure whether that's a yes or a no".
        say: "why is it taking so long anyway",
        mention: ["on schedule", "cancel order ORD-1003"],
        avoid: ["yes or a no"],
        proposes: "cancel_order",
      },
      { say: "no keep it then", proposes: null, mention: ["won't cancel"] },
      { say: "thanks", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "'it's taking so long though' while the cancellation waits, then a yes cancels once",
    who: SARAH,
    style: "a grumble, then a yes",
    turns: [
      { say: "I want to cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "it's taking so long though",
        mention: ["hasn't shipped", "on schedule"],
        avoid: ["yes or a no"],
        proposes: "cancel_order",
      },
      { say: "ok yes cancel", proposes: null, mention: ["cancelled"] },
      { say: "yes", avoid: ["cancelled again"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "'hmm why hasnt it even shipped yet?' while the cancellation waits",
    who: SARAH,
    style: "a question mid-change",
    turns: [
      { say: "cancel my shoes order pls", proposes: "cancel_order" },
      {
        say: "hmm why hasnt it even shipped yet?",
        mention: ["on schedule", "ORD-1003"],
        avoid: ["yes or a no"],
        proposes: "cancel_order",
      },
      { say: "no, leave it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "'Hi there, I've got a couple of things to sort out today': how can I help, no payment",
    who: SARAH,
    style: "announcing before asking",
    turns: [
      {
        // Was "would you like to sort out a payment problem, or speak to a person?".
        say: "Hi there, I've got a couple of things to sort out today",
        avoid: ["payment problem", "declined", "speak to a person"],
      },
      { say: "first, where are my headphones?", mention: ["ORD-1001"] },
      { say: "and can I return the espresso machine?", mention: ["ORD-1002"] },
    ],
    changes: [],
  },
  {
    name: "'hi, i have a couple of issues to go through' is not told about declined cards",
    who: SARAH,
    style: "lower case, announcing",
    turns: [
      {
        say: "hi, i have a couple of issues to go through",
        avoid: ["payment problem", "declined", "card"],
      },
      { say: "my frother is broken", mention: ["Milk Frother"], avoid: ["declined"] },
      { say: "a refund please", mention: ["29.00", "refunded"], proposes: null },
      { say: "thanks", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "'morning! got a few things i need to ask about': asked what first",
    who: MIKE,
    style: "casual announcement",
    turns: [
      {
        say: "morning! got a few things i need to ask about",
        avoid: ["payment problem", "declined"],
      },
      { say: "where is my keyboard", mention: ["ORD-2001"] },
      { say: "and how do i pay for the monitor", mention: ["ORD-2002"] },
    ],
    changes: [],
  },
  {
    name:
      "'I think I got the wrong size for the running shoes': the shoes taken off, not 'what arrived'",
    who: SARAH,
    style: "a mistake of her own, hedged",
    turns: [
      {
        // Was "nothing from it can have reached you. Could you tell me what arrived".
        say: "I think I got the wrong size for the running shoes",
        mention: ["Trail Running Shoes", "hasn't shipped"],
        avoid: ["can have reached you", "what arrived"],
        proposes: "modify_items",
      },
      { say: "ok do it", proposes: null },
      { say: "thanks!", avoid: ["yes or a no"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "'oops i ordered the wrong size shoes': offered, and turned down",
    who: SARAH,
    style: "oops, terse",
    turns: [
      {
        say: "oops i ordered the wrong size shoes",
        mention: ["Trail Running Shoes"],
        avoid: ["can have reached you"],
        proposes: "modify_items",
      },
      { say: "no actually i'll keep them", proposes: null },
      { say: "thanks anyway" },
    ],
    changes: [],
  },
  {
    name: "'ugh i picked the wrong colour for the water bottles': the bottles taken off",
    who: SARAH,
    style: "colour chosen wrong",
    turns: [
      {
        say: "ugh i picked the wrong colour for the water bottles",
        mention: ["Insulated Water Bottle"],
        avoid: ["can have reached you"],
        proposes: "modify_items",
      },
      { say: "yes please", proposes: null },
      { say: "great" },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "'the running shoes arrived in the wrong size' of an order not shipped: what arrived asked",
    who: SARAH,
    style: "goods said to have come",
    turns: [
      {
        say: "the running shoes arrived in the wrong size",
        mention: ["hasn't shipped", "what arrived"],
        proposes: null,
      },
      { say: "oh sorry, my mistake, nothing arrived yet", proposes: null },
      { say: "ok thanks" },
    ],
    changes: [],
  },
  {
    name: "'can i get that for 2001?' after the express price: the speed-up offered",
    who: MIKE,
    style: "follow-up leaning on the answer before",
    turns: [
      { say: "how much is express shipping?", mention: ["14.99"] },
      {
        // Was "would you like to get a refund, or know about shipping options?".
        say: "can i get that for 2001?",
        mention: ["ORD-2001", "9.99"],
        avoid: ["get a refund"],
        proposes: "expedite_delivery",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
  {
    name: "'ok do that for my shoes order' after the shipping speeds: the upgrade, free for gold",
    who: SARAH,
    style: "the order named by its goods",
    turns: [
      { say: "what are your shipping speeds", mention: ["express"] },
      {
        say: "ok do that for my shoes order",
        mention: ["ORD-1003", "express"],
        proposes: "expedite_order",
      },
      { say: "yes please", proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "'can i get a refund for 2001?' after the express price is the refund's answer",
    who: MIKE,
    style: "another thing asked after the speeds",
    turns: [
      { say: "how much is express shipping?", mention: ["14.99"] },
      {
        say: "can i get a refund for 2001?",
        mention: ["ORD-2001"],
        avoid: ["speed up"],
        proposes: null,
      },
      { say: "ok thanks" },
    ],
    changes: [],
  },
];
