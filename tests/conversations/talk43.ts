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
const OMAR_B = "omar.baker12@example.com";
const OLIVIA = "olivia.nelson178@example.com";
const NOAH_A = "noah.allen43@example.com";
const RAFAEL = "rafael.khan186@example.com";
const AIDEN = "aiden.hall92@example.com";
const KENJI = "kenji.nguyen88@example.com";

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
  {
    name:
      "43rd round: the vacuum's cancellation, a broken tent refunded, back to the vacuum's money",
    who: FATIMA,
    style: "comes back to the first topic",
    turns: [
      { say: "can you cancel ORD-11179 please", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "thanks. and when does the money come back for the vacuum?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
      {
        say: "ok and the tent from ORD-11005 has a broken pole",
        proposes: "refund",
        mention: ["201\\.48"],
      },
      { say: "refund please", proposes: null, mention: ["refunded 201\\.48"] },
      {
        say: "back to the vacuum - when does the money come back?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11179" },
      { action: "refund", target: "ORD-11005" },
    ],
  },
  {
    name:
      "43rd round: a status asked between the tent's refund and its yes; the yes refunds the tent once",
    who: FATIMA,
    style: "side question between proposal and answer",
    turns: [
      {
        say: "the tent from ORD-11005 has a broken pole",
        proposes: "refund",
        mention: ["201\\.48"],
      },
      {
        say: "hmm wait, what about the earbuds order, has it been delivered?",
        proposes: "refund",
        avoid: ["refunded 201"],
      },
      {
        say: "ok yes go ahead with the refund",
        proposes: null,
        mention: ["refunded 201\\.48 EUR for order ORD-11005"],
      },
      { say: "thanks", proposes: null },
      { say: "yes", proposes: null, avoid: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-11005" }],
  },
  {
    name:
      "43rd round: 'when does the money come back for it' after a cancellation is the refund, not a product",
    who: FATIMA,
    style: "follow-up about money",
    turns: [
      { say: "cancel the robot vacuum order pls", proposes: "cancel_order" },
      { say: "yep", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "how long till I see my money for the vacuum?",
        proposes: null,
        mention: ["275\\.08"],
        avoid: ["in stock", "costs"],
      },
      { say: "ok cool thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11179" }],
  },
  {
    name: "43rd round: the vacuum off, the clock kept",
    who: OMAR_B,
    style: "texting shorthand",
    turns: [
      {
        say: "can u cancel the vacuum from my order but keep the clock",
        proposes: "modify_items",
        mention: ["Cordless Stick Vacuum"],
        avoid: ["Wall Clock Oak from it"],
      },
      { say: "yes", proposes: null, mention: ["47\\.99"] },
      { say: "thanks, bye", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11229" }],
  },
  {
    name: "43rd round: one of two tents off an order of several lines",
    who: OLIVIA,
    style: "plain",
    turns: [
      {
        say: "i need to take one of the tents off ORD-11213",
        proposes: "modify_items",
        mention: ["from 2 to 1"],
      },
      { say: "yes", proposes: null, mention: ["326\\.97"] },
      { say: "great thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11213" }],
  },
  {
    name: "43rd round: the sleeping bag order cancelled after a question of how much comes back",
    who: NOAH_A,
    style: "asks before agreeing",
    turns: [
      {
        say: "cancel my sleeping bag order please",
        proposes: "cancel_order",
        mention: ["ORD-11205"],
      },
      {
        say: "will i get the whole 189 back?",
        proposes: "cancel_order",
        mention: ["189\\.00"],
        avoid: ["is cancelled"],
      },
      { say: "ok do it", proposes: null, mention: ["ORD-11205 is cancelled"] },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11205" }],
  },
  {
    name: "43rd round: a new address for the duvet order in one message, agreed once",
    who: RAFAEL,
    style: "address in one go",
    turns: [
      {
        say: "can I change the address for my duvet cover order?",
        proposes: null,
        mention: ["ORD-11206"],
      },
      {
        say: "22 Rue de Rivoli, 75001 Paris, France",
        proposes: "change_address",
        mention: ["Paris"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11206 will go to the new address"] },
      { say: "yes", proposes: null, avoid: ["will go to the new address"] },
    ],
    changes: [{ action: "change_address", target: "ORD-11206" }],
  },
  {
    name: "43rd round: 'ok go ahead with cancelling the yoga mat' after a rule asked is its yes",
    who: INGRID,
    style: "side question, the change said again",
    turns: [
      { say: "cancel ORD-11220", proposes: "cancel_order", mention: ["Yoga Mat"] },
      {
        say: "whats your return policy on jackets btw",
        proposes: "cancel_order",
        mention: ["30 days"],
      },
      {
        say: "ok go ahead with cancelling the yoga mat",
        proposes: null,
        mention: ["ORD-11220 is cancelled"],
      },
      { say: "ty!", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11220" }],
  },
  {
    name: "43rd round: 'just drop the glass containers' while the whole order's cancellation waits",
    who: FATIMA,
    style: "narrowing a cancellation",
    turns: [
      { say: "cancel ORD-11232", proposes: "cancel_order", mention: ["393\\.75"] },
      {
        say: "no, just drop the glass containers",
        proposes: "modify_items",
        mention: ["Glass Food Containers Set"],
        avoid: ["27-inch 4K Monitor from it", "Smart LED Bulb"],
      },
      { say: "yes please", proposes: null },
      { say: "perfect thank you", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11232" }],
  },
  {
    name:
      "43rd round: one of three webcams refunded, a cancellation beside it, a second yes acting once",
    who: NOAH_A,
    style: "terse, several changes",
    turns: [
      {
        say: "one of the 3 webcams I got doesn't work",
        proposes: "refund",
        mention: ["59\\.00"],
        avoid: ["177\\.00"],
      },
      { say: "yes refund the one webcam", proposes: null, mention: ["refunded 59\\.00"] },
      {
        say: "also cancel my sleeping bag order please",
        proposes: "cancel_order",
        mention: ["ORD-11205", "189\\.00"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11205 is cancelled"] },
      { say: "yes", proposes: null, avoid: ["refunded 59", "is cancelled\\. Your refund"] },
      { say: "thanks", proposes: null },
    ],
    changes: [
      { action: "refund", target: "ORD-10874" },
      { action: "cancel_order", target: "ORD-11205" },
    ],
  },
  {
    name:
      "43rd round: a return window asked while a cancellation waits is answered; 'ok cancel it' cancels that order",
    who: OMAR,
    style: "side question typed without apostrophes",
    turns: [
      { say: "cancel the laptop stand order", proposes: "cancel_order", mention: ["ORD-11214"] },
      {
        say: "wait whats the return window on the espresso machine?",
        proposes: "cancel_order",
        mention: ["30 days", "ORD-11214"],
        avoid: ["start a return for the Espresso Machine"],
      },
      { say: "ok cancel it", proposes: null, mention: ["ORD-11214 is cancelled"] },
      { say: "thank u", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11214" }],
  },
  {
    name:
      "43rd round: a person asked, then 'nevermind, you can do it. yes change it' changes the address once",
    who: AIDEN,
    style: "a person asked for and then not needed",
    turns: [
      {
        say: "Hello, I need to change the address on my order with the router, clock and curtains",
        proposes: null,
        mention: ["ORD-11187"],
      },
      {
        say: "it's 14 Baker Street, London NW1 6XE, United Kingdom",
        proposes: "change_address",
        mention: ["London"],
      },
      {
        say: "wait can I speak to a human about this?",
        proposes: "change_address",
        handoff: "new",
      },
      {
        say: "nevermind, you can do it. yes change it",
        proposes: null,
        handoff: "withdrawn",
        mention: ["ORD-11187 will go to the new address"],
      },
      {
        say: "thanks! and my other router order?",
        proposes: null,
        facts: [{ order: "ORD-11175", field: "tracking" }],
      },
      { say: "great", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-11187" }],
  },
  {
    name:
      "43rd round: 'the whole thing or just the dock?' is answered, and only the dock comes off",
    who: MASON,
    style: "questions the proposal, then narrows it",
    turns: [
      {
        say: "can you cancel the docking station order",
        proposes: "cancel_order",
        mention: ["ORD-11233"],
      },
      {
        say: "wait, does that cancel the whole thing or just the dock?",
        proposes: "cancel_order",
        mention: ["whole order ORD-11233", "take off the USB-C Docking Station instead"],
        avoid: ["is cancelled"],
      },
      {
        say: "ok just the docking station then",
        proposes: "modify_items",
        mention: ["remove the USB-C Docking Station"],
      },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11233" }],
  },
  {
    name: "43rd round: 'the newer one' of two tablet orders is returned",
    who: NOAH,
    style: "casual",
    turns: [
      {
        say: "hey i ordered the same drawing tablet twice by mistake, can i send one back?",
        mention: ["ORD-11027", "ORD-10910"],
      },
      { say: "the newer one", proposes: "return_item", mention: ["ORD-11027"] },
      { say: "ok yes", proposes: null, mention: ["return for order ORD-11027 is open"] },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-11027" }],
  },
  {
    name:
      "43rd round: the SSD still being prepared, its cancellation offered, then 'fine, no, keep it'",
    who: KENJI,
    style: "British, terse",
    turns: [
      {
        say: "hiya, where's my SSD order?",
        handoff: "none",
        mention: ["ORD-11242", "hasn't shipped"],
        avoid: ["on its way"],
      },
      { say: "can you cancel it?", proposes: "cancel_order", mention: ["78\\.99"] },
      { say: "fine, no, keep it", proposes: null, mention: ["won't cancel order ORD-11242"] },
      { say: "ta", proposes: null },
    ],
    changes: [],
  },
  {
    name: "43rd round: 'ok a return then' to the return offered is its yes",
    who: KENJI,
    style: "short",
    turns: [
      { say: "can I return ORD-11103?", proposes: "return_item" },
      { say: "ok a return then", proposes: null, mention: ["return for order ORD-11103 is open"] },
      { say: "ta", proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-11103" }],
  },
  {
    name:
      "43rd round: ten turns over three orders — a cancellation, a refund after a side question, a line dropped, back to the first",
    who: FATIMA,
    style: "long, comes back to the first topic",
    turns: [
      { say: "can you cancel ORD-11179 please", proposes: "cancel_order" },
      { say: "yes", proposes: null, mention: ["ORD-11179 is cancelled"] },
      {
        say: "thanks. and when does the money come back for the vacuum?",
        proposes: null,
        mention: ["275\\.08"],
        avoid: ["in stock"],
      },
      { say: "the tent from ORD-11005 has a broken pole", proposes: "refund" },
      {
        say: "hmm wait, what about the earbuds order, has it been delivered?",
        proposes: "refund",
      },
      {
        say: "ok yes go ahead with the refund",
        proposes: null,
        mention: ["refunded 201\\.48 EUR for order ORD-11005"],
      },
      { say: "cancel ORD-11232", proposes: "cancel_order", mention: ["393\\.75"] },
      {
        say: "no, just drop the glass containers",
        proposes: "modify_items",
        mention: ["Glass Food Containers Set"],
        avoid: ["27-inch 4K Monitor from it"],
      },
      { say: "yes please", proposes: null, avoid: ["ORD-11232 is cancelled"] },
      {
        say: "back to the vacuum - when does the money come back?",
        proposes: null,
        mention: ["ORD-11179", "275\\.08"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
      },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-11179" },
      { action: "refund", target: "ORD-11005" },
      { action: "modify_items", target: "ORD-11232" },
    ],
  },
  {
    name:
      "43rd round: ten turns — the newer tablet returned, grinders off another order, a stray yes after thanks",
    who: NOAH,
    style: "long, casual",
    turns: [
      {
        say: "hey i ordered the same drawing tablet twice by mistake, can i send one back?",
        mention: ["ORD-11027", "ORD-10910"],
      },
      { say: "the newer one", proposes: "return_item", mention: ["ORD-11027"] },
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
      { say: "yes", proposes: null, avoid: ["Done", "new total"] },
      { say: "bye", proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-11027" },
      { action: "modify_items", target: "ORD-11198" },
    ],
  },
  {
    name:
      "43rd round: nine turns — a clock replaced, then a return window asked before the stand's cancellation",
    who: OMAR,
    style: "long, short messages",
    turns: [
      { say: "the wall clock that just arrived is cracked", mention: ["ORD-11081"] },
      { say: "ORD-11081", proposes: "refund", mention: ["47\\.99"] },
      { say: "a replacement please", proposes: "replacement", mention: ["Wall Clock Oak"] },
      { say: "yes", proposes: null, mention: ["replacement for order ORD-11081"] },
      { say: "ty, also cancel the laptop stand order", proposes: "cancel_order" },
      {
        say: "wait whats the return window on the espresso machine?",
        proposes: "cancel_order",
        mention: ["30 days"],
        avoid: ["start a return for the Espresso Machine"],
      },
      { say: "ok cancel it", proposes: null, mention: ["ORD-11214 is cancelled"] },
      { say: "thank u", proposes: null },
      {
        say: "yes",
        proposes: null,
        avoid: ["is cancelled\\. Your refund", "arranged a replacement"],
      },
    ],
    changes: [
      { action: "replacement", target: "ORD-11081" },
      { action: "cancel_order", target: "ORD-11214" },
    ],
  },
  {
    name: "43rd round: eight turns — a cancellation declined with 'fine, no', then a return agreed",
    who: KENJI,
    style: "long, British, terse",
    turns: [
      {
        say: "hiya, where's my SSD order?",
        handoff: "none",
        mention: ["hasn't shipped"],
        avoid: ["on its way"],
      },
      { say: "can you cancel it?", proposes: "cancel_order" },
      { say: "fine, no, keep it", proposes: null, mention: ["won't cancel order ORD-11242"] },
      { say: "can I return ORD-11103?", proposes: "return_item" },
      { say: "how much do I get back?", proposes: "return_item", mention: ["70\\.31"] },
      { say: "ok a return then", proposes: null, mention: ["return for order ORD-11103 is open"] },
      { say: "ta", proposes: null },
      { say: "yes", proposes: null, avoid: ["cancelled", "return for order ORD-11103 is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-11103" }],
  },
  {
    name:
      "43rd round: nine turns — a dock taken off after 'the whole thing or just the dock?', back to the monitor's speed-up",
    who: MASON,
    style: "long, switches and comes back",
    turns: [
      { say: "hey where's my monitor", facts: [{ order: "ORD-11172", field: "tracking" }] },
      { say: "can you also cancel the docking station order", proposes: "cancel_order" },
      {
        say: "wait, does that cancel the whole thing or just the dock?",
        proposes: "cancel_order",
        mention: ["whole order ORD-11233"],
      },
      { say: "ok just the docking station then", proposes: "modify_items" },
      { say: "yes", proposes: null, mention: ["246\\.99"] },
      {
        say: "back to the monitor - can you speed it up?",
        proposes: "expedite_delivery",
        mention: ["ORD-11172"],
      },
      { say: "how much is that?", proposes: "expedite_delivery", mention: ["9\\.99"] },
      { say: "ok yes", proposes: null, mention: ["sped up"] },
      { say: "thanks!", proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-11233" },
      { action: "expedite_tracking", target: "TRK5147188698" },
    ],
  },
];
