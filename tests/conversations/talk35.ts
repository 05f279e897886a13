/**
 * The thirty-fifth round (the talk35 branch): customers beyond the demo cast, played by the
 * seeded customers of the demo store (mocks/data.ts, a fixed seed: the same orders on every
 * start), whose orders stand where the cast's never do — refunded, cancelled unpaid,
 * cancelled and refunded, returned and refunded, returned and not refunded. Each state told
 * truthfully: a refund already made is told as made (never "past the 30-day window"), a
 * cancelled order says whether anything was charged, a return back with us and unrefunded is
 * owned and a colleague offered; and the ledger right after a yes.
 */
import type { Conversation } from "./schema.ts";

/** The window rule, put over a refund already made or owed: a support lead would not sign it. */
export const WINDOW = "past that window";
/** A second refund or cancellation offered for an order closed already. */
export const AGAIN = "Reply yes|shall I go ahead|would you like me to go ahead";

export const TALK35: Conversation[] = [
  {
    name: "35th round: a refund made months ago is told as made, not as past the window",
    who: "ella.walker7@example.com",
    style: "polite, vague ('any news')",
    turns: [
      {
        // Was "Refunds are possible within 30 days of delivery, and order ORD-10537 is past that window."
        say: "hi, any news on my refund for the microphone?",
        mention: ["refunded 113\\.99 USD on order ORD-10537"],
        avoid: [WINDOW],
        facts: [{ order: "ORD-10537", field: "id" }],
        proposes: null,
        handoff: "none",
      },
      { say: "ok great thanks", avoid: [WINDOW], handoff: "none" },
      { say: "bye", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'did u refund ORD-10459 or not' — yes, 247.99 USD",
    who: "lars.evans15@example.com",
    style: "terse, blunt",
    turns: [
      {
        say: "did u refund ORD-10459 or not",
        mention: ["refunded 247\\.99 USD"],
        avoid: [WINDOW],
        proposes: null,
      },
      { say: "ok", avoid: [WINDOW, "refund 247"] },
      { say: "thx", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'refund status ORD-10805' of a partly refunded EUR order: the euros told",
    who: "hannah.evans24@example.com",
    style: "keywords only",
    turns: [
      {
        say: "refund status ORD-10805",
        mention: ["refunded 306\\.70 EUR on order ORD-10805"],
        avoid: [WINDOW, "USD"],
        proposes: null,
      },
      { say: "ok thanks", avoid: [WINDOW] },
      { say: "that's all", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'can i return ORD-10467 again? lol', then 'where's my money for it then'",
    who: "liam.hill13@example.com",
    style: "joking, lower case",
    turns: [
      {
        say: "can i return ORD-10467 again? lol",
        mention: ["already been returned", "447\\.00 USD", "went back to your original payment"],
        avoid: [WINDOW, AGAIN],
        proposes: null,
      },
      {
        // Was the window rule.
        say: "where's my money for it then",
        mention: ["refunded 447\\.00 USD on order ORD-10467"],
        avoid: [WINDOW],
        proposes: null,
      },
      { say: "ah ok my bad", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: returned weeks ago and never refunded — owned, a colleague offered, yes",
    who: "oscar.campbell20@example.com",
    style: "plain, a little annoyed",
    turns: [
      {
        // Was "past that window": the return is back with us, the refund is owed.
        say: "I returned the station weeks ago, where is my money",
        mention: ["RMA-000028", "received back with us", "no refund has been issued", "colleague"],
        avoid: [WINDOW, "once the parcel is back"],
        proposes: "escalate_supervisor",
        handoff: "none",
      },
      { say: "yes please", mention: ["supervisor|colleague"], proposes: null },
      { say: "thanks", avoid: [WINDOW] },
    ],
    changes: [{ action: "customer_note", target: "CUST-0020" }],
  },
  {
    name: "35th round: 'I sent back the curtains, where's the refund' — back with us, unrefunded",
    who: "noah.clark17@example.com",
    style: "order id pasted, short",
    turns: [
      {
        // Was "the refund is issued once the parcel is back with us": it is back.
        say: "I sent back the curtains, ORD-10987, where's the refund",
        mention: ["RMA-000069", "received back with us", "no refund has been issued"],
        avoid: [WINDOW, "once the parcel is back", "I don't see a return"],
        proposes: "escalate_supervisor",
      },
      { say: "no, I'll wait a few more days", proposes: null },
      { say: "thanks bye", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name:
      "35th round: a cancelled unpaid order asked to be cancelled, then refunded: nothing charged",
    who: "ava.walker8@example.com",
    style: "short requests",
    turns: [
      {
        say: "can you cancel ORD-10522",
        mention: ["already cancelled", "didn't go through", "nothing was charged"],
        avoid: [AGAIN],
        proposes: null,
      },
      {
        say: "ok then refund it",
        mention: ["nothing was charged"],
        avoid: [AGAIN, "refunded \\d"],
        proposes: null,
      },
      { say: "oh ok fair enough", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "35th round: a refund asked for an order cancelled and refunded already: the euros told",
    who: "ava.walker8@example.com",
    style: "plain",
    turns: [
      {
        // Was only "Order ORD-10414 is already cancelled."
        say: "i want a refund for ORD-10414",
        mention: ["already cancelled", "145\\.36 EUR — all of it — went back"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "when was that?", avoid: [AGAIN, "USD"] },
      { say: "ok thanks", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'did i get my money back' for a cancelled and refunded PayPal order",
    who: "omar.garcia16@example.com",
    style: "worried",
    turns: [
      {
        say: "hi, ORD-10320 got cancelled, did i get my money back?",
        mention: ["217\\.99 USD"],
        avoid: [AGAIN, "I don't see a refund"],
        proposes: null,
      },
      { say: "ok good", avoid: [AGAIN] },
      { say: "bye", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name:
      "35th round: 'cancel ORD-10610 pls' for a cancelled order, then 'so was i charged or not'",
    who: "sophia.young21@example.com",
    style: "texting, 'pls'",
    turns: [
      {
        // Was only "Order ORD-10610 is already cancelled."
        say: "cancel ORD-10610 pls",
        mention: ["already cancelled", "nothing was charged"],
        avoid: [AGAIN],
        proposes: null,
      },
      {
        say: "so was i charged or not",
        mention: ["didn't go through", "nothing was taken"],
        avoid: [AGAIN],
        proposes: null,
      },
      { say: "great thanks", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "35th round: a VIP asks a refund of an order refunded in full already: told, not again",
    who: "kenji.hill44@example.com",
    style: "formal complaint",
    turns: [
      {
        say: "I want a refund on ORD-10185 the headphones were broken",
        mention: ["already been refunded", "335\\.98 USD — all of it — went back"],
        avoid: [AGAIN, WINDOW],
        proposes: null,
      },
      { say: "fine", proposes: null, avoid: [AGAIN] },
      { say: "that's everything", avoid: [AGAIN] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'did the refund go through?' for goods sent back and refunded: yes",
    who: "omar.baker12@example.com",
    style: "casual",
    turns: [
      {
        say: "i sent back the laptop stand ages ago, did the refund go through?",
        mention: ["refunded 59\\.99 USD on order ORD-10632"],
        avoid: [WINDOW, "I don't see a return"],
        proposes: null,
      },
      { say: "thanks", avoid: [WINDOW] },
      { say: "nope that's it", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: 'did my return for the turntable ever get refunded?' — yes, in euros",
    who: "zoe.smith14@example.com",
    style: "chatty",
    turns: [
      {
        say: "hey did my return for the turntable ever get refunded?",
        mention: ["refunded 354\\.66 EUR on order ORD-10893"],
        avoid: [WINDOW],
        proposes: null,
      },
      { say: "cool thx", avoid: [WINDOW] },
      { say: "bye!", avoid: [WINDOW] },
    ],
    changes: [],
  },
  {
    name: "35th round: a seeded customer's lost headphones refunded after a yes",
    who: "oscar.campbell20@example.com",
    style: "plain",
    turns: [
      {
        say: "my headphones never showed up",
        mention: ["lost", "54\\.98 USD"],
        facts: [{ order: "ORD-10760", field: "tracking" }],
        proposes: null,
      },
      { say: "refund please", mention: ["54\\.98 USD"], proposes: "refund" },
      { say: "yes", mention: ["refunded 54\\.98 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-10760" }],
  },
  {
    name: "35th round: a seeded EUR customer's lost docking station replaced after a yes",
    who: "lily.brown5@example.com",
    style: "impatient, short",
    turns: [
      {
        say: "where's my order",
        mention: ["ORD-10994", "lost"],
        facts: [{ order: "ORD-10994", field: "status" }],
        proposes: null,
      },
      { say: "can you just send another one", mention: ["150\\.87 EUR"], proposes: "replacement" },
      { say: "yes", mention: ["replacement for order ORD-10994"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-10994" }],
  },
  {
    name: "35th round: 'cancel my pending order please' — the only one waiting, cancelled on yes",
    who: "james.lewis6@example.com",
    style: "polite",
    turns: [
      {
        say: "cancel my pending order please",
        mention: ["ORD-11223", "cancel"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-11223 is cancelled"], proposes: null },
      { say: "thank you", avoid: ["cancel order ORD-11223\\?"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11223" }],
  },
  {
    name: "35th round: a paid pending order cancelled by id, its money told back",
    who: "aiden.nguyen66@example.com",
    style: "terse",
    turns: [
      {
        say: "cancel ORD-11227",
        mention: ["ORD-11227", "cancel", "59\\.98 USD"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-11227 is cancelled", "59\\.98 USD"], proposes: null },
      { say: "thanks", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-11227" }],
  },
  {
    name: "35th round: a delayed parcel of a seeded customer told as delayed, twice",
    who: "liam.hill13@example.com",
    style: "typo ('wheres')",
    turns: [
      {
        say: "wheres ORD-10105",
        facts: [{ order: "ORD-10105", field: "status" }, { order: "ORD-10105", field: "tracking" }],
        avoid: ["delivered on"],
        proposes: null,
      },
      { say: "when will it get here", mention: ["delay"], proposes: null },
      { say: "ok", proposes: null },
    ],
    changes: [],
  },
  {
    name: "35th round: a lost parcel named by its item among eight orders, then nothing done",
    who: "noah.clark17@example.com",
    style: "casual",
    turns: [
      {
        say: "hey whats going on with my orders",
        mention: ["ORD-10587"],
        facts: [{ order: "ORD-10587", field: "status" }],
        proposes: null,
      },
      { say: "the 4-pack one", mention: ["ORD-10587", "40\\.98 USD"], proposes: null },
      { say: "let me think about it", proposes: null },
    ],
    changes: [],
  },
  {
    name: "35th round: a refund asked again for an order refunded already, never proposed twice",
    who: "zoe.smith14@example.com",
    style: "insistent",
    turns: [
      {
        say: "I want my money back for ORD-10893",
        mention: ["already been (returned|refunded)", "354\\.66 EUR"],
        avoid: [AGAIN, WINDOW],
        proposes: null,
      },
      { say: "refund it please", avoid: [AGAIN, WINDOW], proposes: null },
      { say: "ok", avoid: [AGAIN], proposes: null },
    ],
    changes: [],
  },
];
