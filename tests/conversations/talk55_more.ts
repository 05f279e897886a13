/**
 * The talk55 round: long conversations judged by the ledger at the end, second pass. Seeded
 * customers beyond the cast, the cast, and guests who sign in halfway, in conversations of seven
 * to ten turns: questions, a change of mind, two orders, a complaint, a correction of something
 * said earlier, a digression, a "never mind", and two or three changes agreed at different
 * points. The ledger must hold exactly what was agreed, on the right orders.
 */
import type { Conversation } from "./schema.ts";

/** Long conversations of the talk55 branch, continued. */
export const TALK55_MORE: Conversation[] = [
  {
    name:
      "55th round: a dead speaker refunded, one of two headphones taken off an open order, express declined after its price",
    who: "logan.andersen165@example.com",
    style: "a gold member, a never mind",
    turns: [
      {
        say: "the smart speaker mini I got a few weeks ago won't turn on",
        proposes: "refund",
        mention: ["ORD-10913", "49\\.99"],
      },
      { say: "refund it", proposes: null, mention: ["ORD-10913"] },
      {
        say: "also can you take one of the studio headphones off my open order",
        proposes: "modify_items",
        mention: ["ORD-11183"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11183"] },
      {
        say: "can you ship that order express?",
        proposes: "expedite_order",
        mention: ["ORD-11183"],
      },
      { say: "how much does that cost me?", proposes: "expedite_order", mention: ["ORD-11183"] },
      { say: "never mind, no rush", proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-10913" }, {
      action: "modify_items",
      target: "ORD-11183",
    }],
  },
  {
    name:
      "55th round: earbuds cancelled after the refund's time; a grinding vacuum past the window keeps its fault, nothing handed over by mistake",
    who: "mason.baker227@example.com",
    style: "a fault outside the window",
    turns: [
      {
        say: "can you cancel my earbuds order please",
        proposes: "cancel_order",
        mention: ["ORD-11190"],
      },
      { say: "how long will the refund take?", proposes: "cancel_order", mention: ["ORD-11190"] },
      { say: "ok do it", proposes: null, mention: ["ORD-11190"] },
      { say: "also my robot vacuum has started making a grinding noise", proposes: null },
      { say: "what can you do?", proposes: null, avoid: ["neighbours", "safe place"] },
      { say: "a replacement then?", proposes: null },
      { say: "ok, I will contact the manufacturer", proposes: null },
      { say: "thanks a lot", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11190" }],
  },
  {
    name:
      "55th round: a new address agreed after a question, a return refused, then the order cancelled instead",
    who: "henry.rossi154@example.com",
    style: "one more thing at the end",
    turns: [
      { say: "can I change the delivery address on my shower speaker order?", proposes: null },
      {
        say: "it's 24 Elm Street, Springfield IL 62704",
        proposes: "change_address",
        mention: ["ORD-11240"],
      },
      { say: "when would it arrive there?", proposes: "change_address", mention: ["ORD-11240"] },
      { say: "ok yes change it", proposes: null, mention: ["ORD-11240"] },
      { say: "and the headphones from my last order, can I still return them?", proposes: null },
      { say: "ok thanks anyway", proposes: null },
      {
        say: "oh one more thing, can you cancel the speaker order instead?",
        proposes: "cancel_order",
        mention: ["ORD-11240"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11240"] },
    ],
    changes: [{ action: "change_address", target: "ORD-11240" }, {
      action: "cancel_order",
      target: "ORD-11240",
    }],
  },
  {
    name: "55th round: one water bottle off ORD-1003, the frother replaced, the headphones' news",
    who: "sarah.chen@example.com",
    style: "the cast, terse",
    turns: [
      {
        say: "hi, can you take one of the water bottles off ORD-1003?",
        proposes: "modify_items",
        mention: ["ORD-1003"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
      {
        say: "and the milk frother from my espresso order stopped working",
        proposes: "refund",
        mention: ["ORD-1002", "29\\.00"],
      },
      { say: "a replacement please", proposes: "replacement", mention: ["ORD-1002"] },
      { say: "yes", proposes: null, mention: ["ORD-1002"] },
      { say: "where are my headphones by the way?", proposes: null },
      { say: "ok thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }, {
      action: "replacement",
      target: "ORD-1002",
    }],
  },
  {
    name: "55th round: a late keyboard: no investigation after all, then ORD-2002 cancelled",
    who: "mike.johnson@example.com",
    style: "annoyed, then calm",
    turns: [
      { say: "my keyboard is late again, this is so annoying", proposes: "carrier_investigation" },
      { say: "how long does an investigation usually take?", proposes: "carrier_investigation" },
      { say: "actually never mind, I'll wait a couple more days", proposes: null },
      { say: "and why hasn't ORD-2002 shipped?", proposes: null },
      { say: "ok just cancel 2002 then", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "yes", proposes: null, mention: ["ORD-2002"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "55th round: a lost vacuum refunded, the cracked mixer bowl replaced while a person is on the way",
    who: "emma.wilson@example.com",
    style: "a VIP, upset",
    turns: [
      { say: "my robot vacuum still hasn't arrived, it's been ages", proposes: null },
      { say: "refund please", proposes: "refund", mention: ["ORD-3001", "313\\.99"] },
      { say: "yes", proposes: null, mention: ["ORD-3001"] },
      {
        say: "and the stand mixer from my other order arrived with a cracked bowl",
        proposes: null,
      },
      { say: "can I get a replacement?", proposes: "replacement", mention: ["ORD-3002"] },
      { say: "yes", proposes: null, mention: ["ORD-3002"] },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }, {
      action: "replacement",
      target: "ORD-3002",
    }],
  },
  {
    name:
      "55th round: a guest asks about shipping, signs in, and 'no, just one pair, I want to keep two' returns one pair; a cancellation",
    who: "unknown.guest55@example.com",
    style: "guest who signs in, a correction",
    turns: [
      { say: "do you ship to Canada?", proposes: null },
      { say: "I want to return some shoes, can you help?", proposes: null },
      { say: "fatima.kim141@example.com", proposes: null },
      { say: "{code}", proposes: "return_item", mention: ["ORD-11091"] },
      {
        say: "no, just one pair of the running shoes, I want to keep two",
        proposes: "return_item",
        mention: ["1 of your 3 Trail Running Shoes"],
        avoid: ["2 of your 3"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11091"] },
      {
        say: "and the coffee grinder order, cancel it",
        proposes: "cancel_order",
        mention: ["ORD-11177"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11177"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-11091" }, {
      action: "cancel_order",
      target: "ORD-11177",
    }],
  },
  {
    name:
      "55th round: 'remove the frother from the air fryer order' after 'which of my orders can I change?', then the other cancelled after 'what's in it?'",
    who: "chiara.dubois72@example.com",
    style: "questions before a yes",
    turns: [
      { say: "which of my orders can I still change?", proposes: null },
      {
        say: "remove the milk frother from the air fryer order",
        proposes: "modify_items",
        mention: ["remove the Milk Frother"],
        avoid: ["How many", "every item"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11204"] },
      { say: "and cancel the other one", proposes: "cancel_order", mention: ["ORD-11236"] },
      { say: "wait, what's in it?", proposes: "cancel_order", mention: ["ORD-11236"] },
      { say: "ok yes cancel it", proposes: null, mention: ["ORD-11236"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11204" }, {
      action: "cancel_order",
      target: "ORD-11236",
    }],
  },
  {
    name:
      "55th round: one of three pillows torn: a new pillow, not three; one vacuum of two taken off",
    who: "aisha.silva36@example.com",
    style: "damage in plain words",
    turns: [
      {
        say: "hi, one of the 3 pillows I got last week has a big tear in it",
        proposes: "refund",
        mention: ["39\\.00"],
        avoid: ["neighbours", "117\\.00"],
      },
      {
        say: "could you send a new one instead?",
        proposes: "replacement",
        mention: ["Memory Foam Pillow"],
        avoid: ["117\\.00", "3× Memory"],
      },
      { say: "yes please", proposes: null, mention: ["ORD-11013"] },
      {
        say: "also I only need one vacuum on my other order, not two",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "ok yes", proposes: null, mention: ["ORD-11189"] },
      { say: "when will it ship?", proposes: null },
      { say: "great, thanks", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-11013" }, {
      action: "modify_items",
      target: "ORD-11189",
    }],
  },
  {
    name:
      "55th round: a warped skillet that 'rocks on the stove' replaced, one water bottle taken off, the total asked",
    who: "rafael.novak27@example.com",
    style: "slang that is not praise",
    turns: [
      {
        say: "the cast iron skillet I got is warped, it rocks on the stove",
        proposes: "refund",
        mention: ["44\\.99"],
        avoid: ["lovely to hear"],
      },
      { say: "replace it please", proposes: "replacement", mention: ["ORD-10942"] },
      { say: "yes", proposes: null, mention: ["ORD-10942"] },
      {
        say: "and the water bottles on my other order, take one off",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11231"] },
      { say: "wait what's the total on that order now?", proposes: null },
      { say: "cool thanks", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-10942" }, {
      action: "modify_items",
      target: "ORD-11231",
    }],
  },
];
