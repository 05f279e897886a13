/**
 * The talk55 round: long conversations judged by the ledger at the end, second pass. Seeded
 * customers beyond the cast, the cast, and guests who sign in halfway, in conversations of seven
 * to ten turns: questions, a change of mind, two orders, a complaint, a correction of something
 * said earlier, a digression, a "never mind", and two or three changes agreed at different
 * points. The ledger must hold exactly what was agreed, on the right orders.
 */
import type { Conversation } from "./schema.ts";

/** Long conversations of the talk55 branch. */
export const TALK55: Conversation[] = [
  {
    name:
      "55th round: a cancellation with its refund asked first, then a wobbly skillet: a replacement, then 'just refund the skillet'",
    who: "rafael.novak27@example.com",
    style: "several topics, a change of mind",
    turns: [
      { say: "hey, quick ones. is my water bottle order shipped yet?", proposes: null },
      {
        say: "ok can you cancel it actually, I found them cheaper",
        proposes: "cancel_order",
        mention: ["ORD-11231"],
      },
      {
        say: "hmm wait how long does a refund take for a cancelled order?",
        proposes: "cancel_order",
        mention: ["ORD-11231"],
      },
      { say: "ok yes cancel it", proposes: null, mention: ["ORD-11231"] },
      {
        say:
          "also the skillet from my other order has a wobbly base, it doesn't sit flat on the hob",
        proposes: "refund",
        mention: ["Cast Iron Skillet"],
        avoid: ["lovely to hear", "Just to make sure"],
      },
      { say: "a replacement please", proposes: "replacement", mention: ["ORD-10942"] },
      { say: "actually no, just refund the skillet", proposes: "refund", mention: ["44\\.99"] },
      { say: "yes", proposes: null, mention: ["ORD-10942"] },
      { say: "thanks, thats all", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11231" }, {
      action: "refund",
      target: "ORD-10942",
    }],
  },
  {
    name:
      "55th round: 'first, remove the frother from the air fryer order' after 'which order?' changes that order, express declined, a return",
    who: "chiara.dubois72@example.com",
    style: "two orders being prepared, a never mind",
    turns: [
      {
        say: "Hi! I have two orders being prepared and I'd like to change something on both",
        proposes: null,
      },
      {
        say: "first, remove the milk frother from the air fryer order",
        proposes: "modify_items",
        mention: ["remove the Milk Frother"],
        avoid: ["ORD-11236", "How many"],
      },
      { say: "yes please", proposes: null, mention: ["ORD-11204"] },
      {
        say: "and on the other one, can you ship it express?",
        proposes: "expedite_order",
        mention: ["ORD-11236"],
      },
      { say: "how much extra is that?", proposes: "expedite_order", mention: ["ORD-11236"] },
      { say: "never mind, standard is fine", proposes: null },
      {
        say: "oh and the yoga mat from my delivered order, I'd like to return it",
        proposes: "return_item",
        mention: ["ORD-11002"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11002"] },
      { say: "thank you", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11204" }, {
      action: "return_item",
      target: "ORD-11002",
    }],
  },
  {
    name:
      "55th round: three pairs but only need two: one pair returned, a cancellation declined, a buzzing machine refunded",
    who: "fatima.kim141@example.com",
    style: "a digression to the warranty, a no then a fault",
    turns: [
      {
        say: "hello I ordered 3 pairs of running shoes but only need two",
        proposes: "return_item",
        mention: ["1 of your 3 Trail Running Shoes"],
        avoid: ["372\\.00"],
      },
      {
        say: "how much would I get back?",
        proposes: "return_item",
        mention: ["124\\.00"],
        avoid: ["372\\.00"],
      },
      { say: "ok go ahead", proposes: null, mention: ["ORD-11091"] },
      { say: "btw is the coffee grinder shipped yet", proposes: null },
      { say: "can I cancel it", proposes: "cancel_order", mention: ["ORD-11177"] },
      { say: "no wait, keep it, I still want it", proposes: null },
      { say: "actually what's your warranty on the espresso machine", proposes: null },
      {
        say: "it's been making a loud buzzing noise since last week",
        proposes: "refund",
        mention: ["ORD-10989", "399\\.00"],
      },
      { say: "refund it please", proposes: null, mention: ["ORD-10989"] },
    ],
    changes: [{ action: "return_item", target: "ORD-11091" }, {
      action: "refund",
      target: "ORD-10989",
    }],
  },
  {
    name:
      "55th round: one of three headphones broken: a new one for that one, a complaint, then a new address",
    who: "isabella.muller196@example.com",
    style: "a complaint in the middle",
    turns: [
      {
        say: "my package came yesterday but one of the kids headphones is broken",
        proposes: "refund",
        mention: ["ORD-11136", "29\\.99"],
      },
      {
        say: "a new one please",
        proposes: "replacement",
        mention: ["29\\.99"],
        avoid: ["3× Kids", "89\\.97"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11136"] },
      { say: "ugh this is the second time something arrives broken from you guys", proposes: null },
      {
        say:
          "and can I change the address on my sleeping bag order? it's 22 Rue de Rivoli, 75001 Paris, France",
        proposes: "change_address",
        mention: ["ORD-11201"],
      },
      { say: "yes that's right", proposes: null, mention: ["ORD-11201"] },
      { say: "thanks so much", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-11136" }, {
      action: "change_address",
      target: "ORD-11201",
    }],
  },
  {
    name:
      "55th round: 'ok cancel the duvet one' after a money question cancels it; a webcam refunded; 'can I return those too?' returns the earbuds",
    who: "grace.muller238@example.com",
    style: "three changes on three orders",
    turns: [
      { say: "hi, where is my duvet cover order?", proposes: null },
      { say: "cancel it please", proposes: "cancel_order", mention: ["ORD-11209"] },
      { say: "how long until I see the money?", proposes: "cancel_order", mention: ["ORD-11209"] },
      { say: "ok cancel the duvet one", proposes: null, mention: ["is cancelled"] },
      {
        say: "the webcam from my monitor order doesn't work. it won't connect at all",
        proposes: "refund",
        mention: ["ORD-11039", "59\\.00"],
      },
      { say: "refund it please", proposes: null, mention: ["ORD-11039"] },
      {
        say: "and the earbuds from the other order, can I return those too?",
        proposes: "return_item",
        mention: ["ORD-11046"],
        avoid: ["refund 129\\.99"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11046"] },
      { say: "that's everything, thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11209" }, {
      action: "refund",
      target: "ORD-11039",
    }, { action: "return_item", target: "ORD-11046" }],
  },
  {
    name:
      "55th round: 'only need one' of three air fryers, then 'the mice down to one as well': two changes of one order, the new total",
    who: "olivia.taylor212@example.com",
    style: "counts in words, praise as a digression",
    turns: [
      {
        say: "I ordered 3 air fryers by mistake I only need one",
        proposes: "modify_items",
        mention: ["from 3 to 1"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11235"] },
      {
        say: "and can I get the mice down to one as well",
        proposes: "modify_items",
        mention: ["Ergonomic Wireless Mouse from 3 to 1"],
      },
      { say: "yes go ahead", proposes: null, mention: ["ORD-11235"] },
      { say: "what's my new total?", proposes: null, mention: ["251\\.98"] },
      { say: "the air purifier I got a couple weeks ago is great btw", proposes: null },
      { say: "when will it arrive?", proposes: null },
      { say: "great, thanks", proposes: null },
      { say: "thanks!", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11235", times: 2 }],
  },
  {
    name:
      "55th round: a guest signs in halfway, cancels one order and is refunded for curtains of the wrong colour",
    who: "unknown.shopper55@example.com",
    style: "guest who signs in",
    turns: [
      { say: "hi can you tell me where my order is? ORD-11237", proposes: null },
      { say: "lucas.scott202@example.com", proposes: null },
      { say: "{code}", proposes: null },
      { say: "ok can you cancel it then", proposes: "cancel_order", mention: ["ORD-11237"] },
      { say: "yes", proposes: null, mention: ["ORD-11237"] },
      {
        say: "and the blackout curtains I got 2 weeks ago are the wrong colour",
        proposes: "refund",
        mention: ["ORD-10975", "54\\.99"],
      },
      { say: "yes please", proposes: null, mention: ["ORD-10975"] },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11237" }, {
      action: "refund",
      target: "ORD-10975",
    }],
  },
  {
    name:
      "55th round: one laptop stand not three, a leaking jacket refunded, a replacement refused after, the stove kept",
    who: "aiden.young190@example.com",
    style: "a change of mind refused, a never mind",
    turns: [
      {
        say: "I need to change my order with the laptop stands, I only want one stand not three",
        proposes: "modify_items",
        mention: ["ORD-11194"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11194"] },
      { say: "how long till it ships?", proposes: null },
      {
        say: "and the rain jacket from my last delivery leaks at the seams",
        proposes: "refund",
        mention: ["ORD-10952", "149\\.00"],
      },
      { say: "a refund please", proposes: null, mention: ["ORD-10952"] },
      { say: "hmm actually a replacement", proposes: null },
      { say: "ok never mind then", proposes: null },
      {
        say: "can I cancel the camping stove too",
        proposes: "modify_items",
        mention: ["ORD-11194"],
      },
      { say: "no forget it, I'll keep the stove", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11194" }, {
      action: "refund",
      target: "ORD-10952",
    }],
  },
  {
    name:
      "55th round: 'take two of the air fryers off', 'same for the mice, just one', then a water bottle taken off and put back before the yes",
    who: "olivia.taylor212@example.com",
    style: "terse follow-ups",
    turns: [
      {
        say: "take two of the air fryers off my order please",
        proposes: "modify_items",
        mention: ["from 3 to 1"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11235"] },
      {
        say: "same for the mice, just one",
        proposes: "modify_items",
        mention: ["Ergonomic Wireless Mouse from 3 to 1"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11235"] },
      { say: "and take one of the water bottles off too", proposes: "modify_items" },
      { say: "actually no, leave the bottles", proposes: null },
      { say: "thanks, that's all", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-11235", times: 2 }],
  },
  {
    name:
      "55th round: a lost duvet sent again, then the kettle taken off the other order and the new total in GBP",
    who: "samuel.silva229@example.com",
    style: "a lost parcel, then a change",
    turns: [
      { say: "my duvet cover never arrived, what's going on?", proposes: null },
      { say: "can you send it again?", proposes: "replacement", mention: ["ORD-10516"] },
      { say: "yes", proposes: null, mention: ["ORD-10516"] },
      {
        say: "and please take the kettle off my other order",
        proposes: "modify_items",
        mention: ["ORD-11228"],
      },
      { say: "yes", proposes: null, mention: ["ORD-11228"] },
      { say: "what's the total now?", proposes: null },
      { say: "cheers", proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-10516" }, {
      action: "modify_items",
      target: "ORD-11228",
    }],
  },
];
