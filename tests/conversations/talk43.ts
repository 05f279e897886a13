/**
 * The talk43 round: long conversations judged by the ledger at the end. Seeded customers of
 * the demo store beyond the cast (orders processing, in transit, delivered days ago, several
 * lines), several orders in one conversation, topics left and come back to ("back to the
 * vacuum — …"), a change asked, questioned, changed, a no then a yes, a side question between
 * a proposal and its answer, thanks in the middle. Each checks the ledger exactly.
 */
import type { Conversation } from "./schema.ts";

const FATIMA = "fatima.hall86@example.com";
const INGRID = "ingrid.wright96@example.com";
const SOPHIA = "sophia.kim76@example.com";
const LOGAN = "logan.hall145@example.com";
const MASON = "mason.smith97@example.com";
const MATEO = "mateo.allen191@example.com";
const NOAH = "noah.campbell179@example.com";
const OMAR = "omar.taylor102@example.com";

/** Long conversations of seeded customers, several orders each (the talk43 branch). */
export const TALK43: Conversation[] = [
  {
    name:
      "43rd round: a cancellation questioned then agreed, a refund made a replacement, back to the vacuum's money",
    who: FATIMA,
    style: "chatty, several topics, comes back to the first",
    turns: [
      {
        say: "can you cancel the robot vacuum order? found it cheaper elsewhere tbh",
        proposes: "cancel_order",
        mention: ["ORD-11179", "275\\.08"],
      },
      {
        say: "wait before I say yes, will I be charged anything for cancelling?",
        proposes: "cancel_order",
        mention: ["refunded in full", "ORD-11179"],
        avoid: ["is cancelled"],
      },
      { say: "ok fine yes cancel it", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say:
          "thanks! next thing, the earbuds from my most recent order have a crackle in the left ear",
        proposes: "refund",
        mention: ["ORD-10992"],
      },
      {
        say: "actually make that a replacement instead",
        proposes: "replacement",
        mention: ["Wireless Earbuds Pro", "ORD-10992"],
      },
      { say: "yes please", proposes: null, mention: ["replacement for order ORD-10992"] },
      {
        say: "and back to the vacuum - when does the money come back?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock", "USD"],
      },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11179" },
      { action: "replacement", target: "ORD-10992" },
    ],
  },
  {
    name:
      "43rd round: 'go ahead with the skillet cancellation' after a pause and a side question cancels it once",
    who: INGRID,
    style: "hesitant, side question, then another order",
    turns: [
      { say: "where is ORD-11117?", facts: [{ order: "ORD-11117", field: "tracking" }] },
      {
        say: "ok and can you cancel the skillet one",
        proposes: "cancel_order",
        mention: ["ORD-11212", "Cast Iron Skillet"],
      },
      { say: "hmm let me think", proposes: "cancel_order", avoid: ["is cancelled"] },
      {
        say: "whats your return policy on jackets btw",
        proposes: "cancel_order",
        mention: ["30 days", "ORD-11212"],
      },
      {
        say: "ok go ahead with the skillet cancellation",
        proposes: null,
        mention: ["ORD-11212 is cancelled", "59\\.98"],
      },
      {
        say: "also the yoga mat order, cancel that too",
        proposes: "cancel_order",
        mention: ["ORD-11220"],
        avoid: ["ORD-11212"],
      },
      {
        say: "no actually keep the yoga mat",
        proposes: null,
        mention: ["won't cancel order ORD-11220"],
      },
      { say: "thanks, that's all", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11212" }],
  },
  {
    name:
      "43rd round: 'actually no, just remove the camping stoves' removes the stoves, not the bottles",
    who: SOPHIA,
    style: "change of mind, then another order",
    turns: [
      { say: "i want to cancel ORD-11193", proposes: "cancel_order", mention: ["194\\.11"] },
      {
        say: "actually no, just remove the camping stoves",
        proposes: "modify_items",
        mention: ["remove 2× Camping Stove"],
        avoid: ["Insulated Water Bottle from it"],
      },
      { say: "yes", proposes: null, mention: ["76\\.35"] },
      {
        say: "and is my vacuum arriving today?",
        proposes: null,
        mention: ["ORD-11166"],
        facts: [{ order: "ORD-11166", field: "status" }],
      },
      { say: "great, thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11193" }],
  },
  {
    name: "43rd round: 'only cancel the camping stoves' while the whole order's cancellation waits",
    who: SOPHIA,
    style: "hedged correction",
    turns: [
      { say: "please cancel my water bottles and stoves order", proposes: "cancel_order" },
      {
        say: "hmm, only cancel the camping stoves",
        proposes: "modify_items",
        mention: ["Camping Stove"],
        avoid: ["remove 2× Insulated Water Bottle"],
      },
      { say: "yes that's right", proposes: null, mention: ["76\\.35"] },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11193" }],
  },
  {
    name: "43rd round: one pair of two returned, then the kids' headphones cancelled",
    who: LOGAN,
    style: "friendly, amount asked before the yes",
    turns: [
      {
        say: "Hi! I got 2 pairs of running shoes but only need one, can I return one pair?",
        proposes: "return_item",
        mention: ["ORD-11088", "Trail Running Shoes"],
        avoid: ["2× Trail Running Shoes\\) can be returned"],
      },
      { say: "how much do I get back?", proposes: "return_item", mention: ["124\\.00"] },
      { say: "yes", proposes: null, mention: ["return for order ORD-11088 is open"] },
      {
        say: "oh and can you cancel the kids headphones order",
        proposes: "cancel_order",
        mention: ["ORD-11197"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11197 is cancelled"] },
      { say: "cheers, that's everything", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-11088" },
      { action: "cancel_order", target: "ORD-11197" },
    ],
  },
  {
    name:
      "43rd round: a cancellation asked while a return waits is kept for the headphones' order, not the shoes'",
    who: LOGAN,
    style: "two changes, one after the other",
    turns: [
      {
        say: "can I return one pair of the running shoes from ORD-11088?",
        proposes: "return_item",
      },
      {
        say: "oh and can you cancel the kids headphones order",
        proposes: "return_item",
        mention: ["come to the cancellation"],
        avoid: ["cancelling order ORD-11088"],
      },
      { say: "yes", proposes: null, mention: ["return for order ORD-11088 is open"] },
      { say: "yes", proposes: "cancel_order", mention: ["ORD-11197"] },
      { say: "yes", proposes: null, mention: ["ORD-11197 is cancelled"] },
      { say: "cheers", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-11088" },
      { action: "cancel_order", target: "ORD-11197" },
    ],
  },
  {
    name: "43rd round: a cancellation declined, then back to the monitor and its speed-up agreed",
    who: MASON,
    style: "terse, switches and comes back",
    turns: [
      { say: "hey where's my monitor", facts: [{ order: "ORD-11172", field: "tracking" }] },
      {
        say: "can you also cancel the docking station order",
        proposes: "cancel_order",
        mention: ["ORD-11233"],
      },
      { say: "no leave it", proposes: null, mention: ["won't cancel order ORD-11233"] },
      {
        say: "back to the monitor - can you speed it up?",
        proposes: "expedite_delivery",
        mention: ["ORD-11172", "9\\.99"],
      },
      { say: "how much is that?", proposes: "expedite_delivery", mention: ["9\\.99"] },
      { say: "ok yes", proposes: null, mention: ["sped up"] },
      { say: "thanks!", proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK5147188698" }],
  },
  {
    name:
      "43rd round: a replacement, a status between, and 'just take the mouse off' instead of the whole order",
    who: MATEO,
    style: "plain, several orders",
    turns: [
      {
        say: "hi, the speaker from ORD-11023 arrived with a cracked case",
        proposes: "refund",
        mention: ["ORD-11023", "22\\.99"],
      },
      {
        say: "replacement please",
        proposes: "replacement",
        mention: ["Waterproof Shower Speaker"],
      },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-11023"] },
      {
        say: "and where's my food containers order?",
        proposes: null,
        facts: [{ order: "ORD-11120", field: "tracking" }],
      },
      {
        say: "cool. can you cancel the knife and mouse order",
        proposes: "cancel_order",
        mention: ["ORD-11226"],
      },
      {
        say: "no wait, just take the mouse off",
        proposes: "modify_items",
        mention: ["Ergonomic Wireless Mouse"],
        avoid: ["Chef's Knife 8-inch from it"],
      },
      { say: "yes", proposes: null, mention: ["63\\.48"] },
      { say: "thanks a lot", proposes: null },
    ],
    changes: [
      { action: "replacement", target: "ORD-11023" },
      { action: "modify_items", target: "ORD-11226" },
    ],
  },
  {
    name: "43rd round: 'actually no, just remove the knife' takes the knife off, the mouse stays",
    who: MATEO,
    style: "change of mind",
    turns: [
      { say: "cancel ORD-11226 please", proposes: "cancel_order", mention: ["100\\.27"] },
      {
        say: "actually no, just remove the knife",
        proposes: "modify_items",
        mention: ["Chef's Knife 8-inch"],
        avoid: ["Ergonomic Wireless Mouse from it"],
      },
      { say: "yep", proposes: null },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11226" }],
  },
  {
    name:
      "43rd round: a tablet ordered twice, the newer one returned, then grinders off another order",
    who: NOAH,
    style: "casual, lower case",
    turns: [
      {
        say: "hey i ordered the same drawing tablet twice by mistake, can i send one back?",
        proposes: null,
        mention: ["ORD-11027", "ORD-10910"],
      },
      { say: "ORD-11027", proposes: "return_item", mention: ["ORD-11027"] },
      { say: "how much will i get back?", proposes: "return_item", mention: ["72\\.68"] },
      { say: "ok yes", proposes: null, mention: ["return for order ORD-11027 is open"] },
      { say: "btw is my thermostat order shipped yet", proposes: null, mention: ["ORD-11198"] },
      {
        say: "can you cancel just the coffee grinders off it",
        proposes: "modify_items",
        mention: ["2× Burr Coffee Grinder"],
      },
      { say: "yes", proposes: null, mention: ["310\\.96"] },
      { say: "thank you so much!", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-11027" },
      { action: "modify_items", target: "ORD-11198" },
    ],
  },
  {
    name: "43rd round: a cracked clock replaced, then the laptop stand order cancelled",
    who: OMAR,
    style: "short messages, two orders",
    turns: [
      { say: "the wall clock that just arrived is cracked", mention: ["ORD-11081"] },
      { say: "ORD-11081", proposes: "refund", mention: ["47\\.99"] },
      { say: "a replacement please", proposes: "replacement", mention: ["Wall Clock Oak"] },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-11081"] },
      {
        say: "ty, also cancel the laptop stand order",
        proposes: "cancel_order",
        mention: ["ORD-11214", "50\\.99"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11214 is cancelled"] },
      { say: "thank u", proposes: null },
    ],
    changes: [
      { action: "replacement", target: "ORD-11081" },
      { action: "cancel_order", target: "ORD-11214" },
    ],
  },
];
